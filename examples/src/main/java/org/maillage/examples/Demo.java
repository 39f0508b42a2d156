package org.maillage.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maillage.cli.Main;
import org.maillage.core.SharingPolicies;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.sharing.SharingDecision;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * The demo of the README (<i>démonstration</i>): prints, in French, English or Dutch, the summary and the
 * validation report of every example network of {@link Scenarios} as of {@link Scenarios#AS_OF}, the findings
 * of a flawed pairing, one information-sharing decision with its reasons, a Belgian pairing (a PMS centre and a
 * CPAS around a teenager) validated and one decision under Belgian law explained; and last the command line
 * ({@code maillage}, run in this process) on the example networks ({@value #EXAMPLES}): their findings,
 * classifications and metrics, then each one's ecomap and one-page report written into {@code
 * target/maillage-demo}, with where each file is.
 *
 * <pre>{@code
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args=fr
 * }</pre>
 *
 * <p>The output is written to {@link System#out} encoded in UTF-8, whatever the platform's default charset, so
 * that French accents survive a terminal or a CI log set to another locale.
 *
 * @since 0.1
 */
public final class Demo {
  /** The example networks as JSON Lines, committed with the project ({@link ExportExamples} writes them). */
  static final String EXAMPLES = "examples/networks/examples.jsonl";

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args the language as the first argument: {@code fr}, {@code nl} or {@code en} (the default); any
   *     other value prints a note and falls back to English
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String requested = args.length > 0 ? args[0] : "en";
    Locale locale = language(requested);
    if (locale == null) {
      out.println(Texts.of(Locale.ENGLISH).format("demo.unknownLanguage", Map.of("language", requested)));
      locale = Locale.ENGLISH;
    }
    Locale reader = locale;
    Texts texts = Texts.of(locale);
    Map<String, Network> scenarios = Scenarios.all();
    out.println(texts.format("demo.header",
        Map.of("count", scenarios.size(), "date", texts.date(Scenarios.AS_OF))));
    Validator validator = Validator.standard();
    ValidationSettings settings = ValidationSettings.asOf(Scenarios.AS_OF);
    scenarios.forEach((name, network) -> {
      out.println();
      out.println(texts.format("demo.scenario", Map.of("scenario", name)));
      ScenarioSummary.lines(network, Scenarios.AS_OF, reader).forEach(out::println);
      printReport(out, texts, validator, validator.validate(network, settings), reader);
    });

    out.println();
    out.println(texts.format("demo.counterexample", Map.of()));
    printReport(out, texts, validator, validator.validate(Scenarios.pairingWithinOneService(), settings), reader);

    out.println();
    out.println(texts.format("demo.decision", Map.of()));
    SharingDecision decision = SharingPolicies.france().decide(Scenarios.networkIntervention(),
        Scenarios.consentQuestion());
    SharingPolicies.explain(decision, reader).lines().forEach(line -> out.println("  " + line));

    out.println();
    out.println(texts.format("demo.decision.completed", Map.of()));
    SharingDecision completed = SharingPolicies.france().decide(Scenarios.networkInterventionOutsideCareTeam(),
        Scenarios.consentQuestion());
    SharingPolicies.explain(completed, reader).lines().forEach(line -> out.println("  " + line));

    Network belgian = Scenarios.belgianPairing();
    out.println();
    out.println(texts.format("demo.belgium", Map.of()));
    ScenarioSummary.lines(belgian, Scenarios.AS_OF, reader).forEach(out::println);
    printReport(out, texts, validator, validator.validate(belgian, settings), reader);
    out.println();
    out.println(texts.format("demo.decision.belgium", Map.of()));
    SharingDecision belgianDecision = SharingPolicies.belgium().decide(Scenarios.belgianPairingWithQuestion(),
        Scenarios.belgianQuestion());
    SharingPolicies.explain(belgianDecision, reader).lines().forEach(line -> out.println("  " + line));

    // the command line on the example networks, as a user runs it from the project's folder: its findings,
    // classifications and metrics, then each ecomap and report written into the build's output folder (never
    // the source tree)
    out.println();
    out.println(texts.format("demo.cli", Map.of("file", EXAMPLES)));
    PrintWriter console = new PrintWriter(out, true, StandardCharsets.UTF_8);
    String folder = Path.of("target", "maillage-demo").toString();
    List<List<String>> commands = List.of(List.of("validate"), List.of("classify"), List.of("metrics"),
        List.of("render", "--out", folder), List.of("report", "--out", folder));
    for (List<String> command : commands) {
      List<String> line = new ArrayList<>(List.of(command.get(0), "--date", Scenarios.AS_OF.toString(), "--lang",
          reader.getLanguage()));
      line.addAll(command.subList(1, command.size()));
      out.println();
      out.println("$ maillage " + String.join(" ", line) + " " + EXAMPLES);
      line.add(examples().toString());
      int code = Main.run(line.toArray(new String[0]), console, console, InputStream.nullInputStream());
      console.flush();
      out.println(texts.format("demo.cli.exit." + code, Map.of()));
    }
    out.flush();
  }

  /**
   * The example networks as JSON Lines, from the project's folder (where the README runs the demo) or from the
   * examples module's own (where its tests run).
   */
  private static Path examples() {
    Path fromProject = Path.of(EXAMPLES);
    return Files.exists(fromProject) ? fromProject : Path.of("networks", "examples.jsonl");
  }

  private static void printReport(
      PrintStream out, Texts texts, Validator validator, ValidationReport report, Locale locale) {
    if (report.isEmpty()) {
      out.println(texts.format("demo.validation.clean", Map.of()));
      return;
    }
    out.println(texts.format("demo.validation.findings", Map.of("count", report.count())));
    validator.render(report, locale).forEach(line -> out.println("  " + line));
  }

  /** Returns the locale of a language tag the demo speaks ({@code fr}, {@code nl-BE}, {@code en-GB}...), or null. */
  private static @Nullable Locale language(String tag) {
    Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
    return switch (locale.getLanguage()) {
      case "fr", "nl", "en" -> locale;
      default -> null;
    };
  }
}
