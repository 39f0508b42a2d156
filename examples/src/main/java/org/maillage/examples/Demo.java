package org.maillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.core.NetworkAnalysis;
import org.maillage.core.SharingPolicies;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.sharing.SharingDecision;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * The demo of the README (<i>démonstration</i>): prints, in French, English or Dutch, the summary and the
 * validation report of every example network of {@link Scenarios} as of {@link Scenarios#AS_OF}, the findings
 * of a flawed pairing, one information-sharing decision with its reasons, the analysis of the network
 * intervention, and last a Belgian pairing (a PMS centre and a CPAS around a teenager) validated and one
 * decision under Belgian law explained.
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

    Network analysed = Scenarios.networkIntervention();
    AnalysisSettings analysis = AnalysisSettings.asOf(Scenarios.AS_OF);
    out.println();
    out.println(texts.format("demo.classification", Map.of()));
    NetworkAnalysis.render(NetworkAnalysis.classify(analysed, analysis), reader).lines()
        .forEach(line -> out.println("  " + line));
    out.println();
    out.println(texts.format("demo.metrics", Map.of()));
    NetworkAnalysis.render(NetworkAnalysis.egoMetrics(analysed, analysis), reader).lines()
        .forEach(line -> out.println("  " + line));

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
    out.flush();
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
