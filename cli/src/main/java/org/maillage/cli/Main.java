package org.maillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line ({@code maillage}): validate, classify, measure, decide, draw, report on and convert networks
 * read from JSON or JSON Lines files, without writing Java.
 *
 * <pre>
 * java -jar maillage-cli.jar validate --lang fr network.json
 * java -jar maillage-cli.jar report --out report.html network.json
 * java -jar maillage-cli.jar validate --format json networks.jsonl &gt; results.jsonl
 * </pre>
 *
 * <p>Exit codes: 0 when every input was read and no network has a finding at ERROR, 1 when a network has one
 * (commands that validate), 2 when an input is bad (a file that cannot be read, a document or a line refused,
 * each reported with its file, line and JSON Pointer).
 *
 * @since 0.2
 */
@Command(name = "maillage", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Typed, validated network practice (travail en réseau): validate, classify, measure, decide, "
        + "draw, report on and convert networks.",
    subcommands = {ValidateCommand.class, ClassifyCommand.class, MetricsCommand.class, DecideCommand.class,
        RenderCommand.class, ReportCommand.class, ConvertCommand.class, PseudonymiseCommand.class,
        AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input read, no finding at ERROR", "1:a network has a finding at ERROR",
        "2:an input is bad (unreadable file, refused document or line)"})
public final class Main {
  /** Exit code: a network has a finding at ERROR. */
  public static final int FINDINGS = 1;
  /** Exit code: an input is bad. */
  public static final int BAD_INPUT = 2;

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // the library logs through the SLF4J API only and the command line ships no binding: SLF4J's notice that
    // none was found is not for the user (the property is read by SLF4J itself, the process is ours)
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.in));
  }

  /**
   * Runs the command line on given streams, without exiting: what tests and embedding programs call.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param in standard input, read for the file {@code -}
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    for (CommandLine sub : line.getSubcommands().values()) {
      if (sub.getCommand() instanceof NetworkCommand command) {
        command.stdin(in);
      }
    }
    line.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version, from the jar's build properties. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"maillage " + properties.getProperty("version", "unknown")};
    }
  }
}
