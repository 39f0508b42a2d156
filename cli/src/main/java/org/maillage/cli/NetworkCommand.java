package org.maillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.maillage.Language;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.network.Network;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every command that reads networks shares: the input ({@code FILE} or {@code -}), the language, the output
 * format, the date, and the loop that reads the networks one at a time (constant memory for JSON Lines), reports
 * every bad input with its file, line and pointer, prints a summary for several networks and a progress line on
 * standard error when it is a terminal, and turns it all into the exit code.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
abstract class NetworkCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The network (JSON, or GraphML: .graphml) or "
      + "networks (JSON Lines: .jsonl, .ndjson; egor's tables: a folder with egos.csv, alters.csv, aaties.csv) to "
      + "read; - for standard input.")
  String file = "-";

  @Option(names = "--input", description = "The input's format, when its extension does not tell: ${COMPLETION-CANDIDATES}.")
  Inputs.@Nullable Format input;

  @Option(names = "--lang", defaultValue = "en", description = "The language of what is printed: fr, en or nl "
      + "(default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Option(names = "--date", description = "The date the networks are judged as of, ISO (default: today, printed in "
      + "the header).")
  @Nullable LocalDate date;

  private @Nullable InputStream stdin;
  private boolean several;

  /** Sets standard input, read for the file {@code -}. */
  final void stdin(InputStream in) {
    this.stdin = in;
  }

  /** @return the reader's locale */
  final Locale locale() {
    return Language.of(Locale.forLanguageTag(lang)).locale();
  }

  /**
   * Tells whether the input being read may hold several networks (JSON Lines, egor's tables): a command writing
   * one document per network then writes them into a folder.
   */
  final boolean several() {
    return several;
  }

  /** @return the date judged: the one given, else today */
  final LocalDate day() {
    return date != null ? date : LocalDate.now();
  }

  final PrintWriter out() {
    return spec().commandLine().getOut();
  }

  final PrintWriter err() {
    return spec().commandLine().getErr();
  }

  final CommandSpec spec() {
    CommandSpec s = spec;
    if (s == null) {
      throw new IllegalStateException("picocli did not inject the command's spec");
    }
    return s;
  }

  /** Called before the first network. */
  void begin(Words words) throws IOException {}

  /**
   * Handles one network.
   *
   * @return true when the network has a finding at ERROR (the commands that validate), else false
   */
  abstract boolean handle(Network network, Words words, long index) throws IOException;

  /** Called after the last network, before the summary. */
  void end(Words words) throws IOException {}

  /** @return whether the header line (command and date) is printed on standard output */
  boolean printsHeader() {
    return true;
  }

  @Override
  public final Integer call() throws IOException {
    Words words = new Words(locale());
    if (printsHeader()) {
      out().println(words.text("header", "command", spec().name(), "date", day()));
    }
    long networks = 0;
    long withErrors = 0;
    long bad = 0;
    boolean progress = System.console() != null && input != Inputs.Format.JSON && !file.equals("-");
    InputStream in = stdin != null ? stdin : System.in;
    try (Inputs inputs = Inputs.open(file, input, in)) {
      several = inputs.holdsSeveral();
      begin(words);
      while (inputs.hasNext()) {
        Network network = inputs.next();
        networks++;
        if (handle(network, words, networks)) {
          withErrors++;
        }
        if (progress && networks % 1000 == 0) {
          err().print("\r" + words.text("progress", "networks", networks, "line", inputs.line()));
          err().flush();
        }
      }
      end(words);
      for (String part : inputs.unmapped()) {
        err().println(words.text("unmapped", "file", file, "part", part));
      }
      for (FormatException e : inputs.bad()) {
        for (FormatProblem problem : e.problems()) {
          err().println(words.text("bad-input", "file", file, "problem", problem.message(locale())));
        }
      }
      bad = inputs.badCount();
    } catch (NoSuchFileException e) {
      err().println(words.text("no-such-file", "file", file));
      return Main.BAD_INPUT;
    } catch (IOException e) {
      err().println(words.text("unreadable", "file", file, "reason", String.valueOf(e.getMessage())));
      return Main.BAD_INPUT;
    }
    if (progress && networks >= 1000) {
      err().println();
    }
    if (networks + bad != 1) {
      err().println(words.text("summary", "networks", networks, "errors", withErrors, "bad", bad));
    }
    out().flush();
    return bad > 0 ? Main.BAD_INPUT : withErrors > 0 ? Main.FINDINGS : 0;
  }
}
