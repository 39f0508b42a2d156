package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.core.NetworkAnalysis;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.validation.ValidationSettings;

/** The demo prints every scenario's summary in the language asked for, and says so when it cannot. */
class DemoTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en", "nl"})
  void the_demo_prints_every_scenario_in_the_language_asked_for(String language) {
    // given
    Locale locale = Locale.forLanguageTag(language);

    // when
    String out = run(language);

    // then
    assertThat(out).startsWith(switch (language) {
      case "fr" -> "Maillage : 6 réseaux d'exemple, lus au 1er décembre 2026\n";
      case "nl" -> "Maillage: 6 voorbeeldnetwerken, gelezen op 1 december 2026\n";
      default -> "Maillage: 6 example networks, read on 1 December 2026\n";
    });
    for (var scenario : Scenarios.all().entrySet()) {
      Network network = scenario.getValue();
      assertThat(out).contains("\n[" + scenario.getKey() + "]\n"
          + ScenarioSummary.render(network, Scenarios.AS_OF, locale) + "\n");
    }
    // the sections: each scenario, the flawed pairing, two French decisions, the Belgian pairing and its decision,
    // the command line (whose classifications print criteria as "[x]" and "[ ]": not sections)
    assertThat(out.lines().filter(l -> l.startsWith("[") && l.endsWith("]"))).hasSize(12);
    // the command line runs every command on the example networks: findings, forms and figures of each
    for (String command : List.of("validate", "classify", "metrics", "render", "report")) {
      assertThat(out).contains("\n$ maillage " + command + " --date 2026-12-01 --lang " + locale.getLanguage());
    }
    AnalysisSettings analysis = AnalysisSettings.asOf(Scenarios.AS_OF);
    for (Network example : ExportExamples.networks().values()) {
      NetworkAnalysis.render(NetworkAnalysis.classify(example, analysis), locale).lines()
          .forEach(line -> assertThat(out).contains(line + "\n"));
      if (example.focalPerson().isPresent()) {
        NetworkAnalysis.render(NetworkAnalysis.egoMetrics(example, analysis), locale).lines()
            .forEach(line -> assertThat(out).contains(line + "\n"));
      }
      assertThat(Path.of("target", "maillage-demo", example.id().value() + ".svg")).exists();
      assertThat(Path.of("target", "maillage-demo", example.id().value() + ".html")).exists();
    }
    Validator validator = Validator.standard();
    ValidationSettings settings = ValidationSettings.asOf(Scenarios.AS_OF);
    for (Network network : Scenarios.all().values()) {
      for (String line : validator.render(validator.validate(network, settings), locale)) {
        assertThat(out).contains("  " + line + "\n");
      }
    }
    for (String line : validator.render(validator.validate(Scenarios.pairingWithinOneService(), settings), locale)) {
      assertThat(out).contains("  " + line + "\n");
    }
    assertThat(out).contains(switch (language) {
      case "fr" -> "Validation : 3 constat(s)\n  erreur FORM-PAIRING network[n-pairing-flawed]";
      case "nl" -> "Toetsing: 3 vaststelling(en)\n  fout FORM-PAIRING network[n-pairing-flawed]";
      default -> "Validation: 3 finding(s)\n  error FORM-PAIRING network[n-pairing-flawed]";
    });
    assertThat(out).contains(switch (language) {
      case "fr" -> "  Décision : décision impossible en l'état du dossier : des faits sont à renseigner\n";
      case "nl" -> "  Beslissing: niet te beslissen zoals het dossier er nu uitziet: er moeten feiten genoteerd worden\n";
      default -> "  Decision: cannot be decided as the record stands: facts to record\n";
    });
    assertThat(out).contains(switch (language) {
      case "fr" -> "  Décision : transmission autorisée seulement avec un consentement préalable\n";
      case "nl" -> "  Beslissing: alleen toegestaan met voorafgaande toestemming\n";
      default -> "  Decision: allowed only with prior consent\n";
    });
    assertThat(out).contains(switch (language) {
      case "fr" -> "Réseau n-belgian-pairing\n";
      case "nl" -> "Netwerk n-belgian-pairing\n";
      default -> "Network n-belgian-pairing\n";
    });
    assertThat(out).contains(switch (language) {
      case "fr" -> "  Régime : secret professionnel partagé\n  Fondement juridique : Secret professionnel partagé";
      case "nl" -> "  Regime: gedeeld beroepsgeheim\n  Rechtsgrond: Secret professionnel partagé";
      default -> "  Regime: shared professional secrecy\n  Legal basis: Secret professionnel partagé";
    });
    assertThat(out).doesNotContain("{");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "nl"})
  void the_belgian_decision_the_readme_quotes_is_what_the_demo_prints(String language) throws IOException {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- sharing-be-" + language + ":start -->");
    int end = readme.indexOf("<!-- sharing-be-" + language + ":end -->");
    assertThat(start).as("README marker sharing-be-%s:start", language).isNotNegative();
    assertThat(end).as("README marker sharing-be-%s:end", language).isGreaterThan(start);
    List<String> quoted = readme.substring(start, end).lines()
        .filter(l -> !l.startsWith("<!--") && !l.startsWith("```") && !l.strip().equals("…"))
        .collect(Collectors.toList());

    // when
    List<String> printed = run(language).lines().collect(Collectors.toList());

    // then: each quoted line is a line of the Belgian section, in the same order
    assertThat(quoted).hasSizeGreaterThan(5);
    assertThat(printed).containsSubsequence(quoted);
  }

  @Test
  void without_arguments_the_demo_speaks_english() {
    // when
    String out = run();

    // then
    assertThat(out).isEqualTo(run("en"));
    assertThat(out).contains("Forms declared: pairing").doesNotContain("Unknown language");
  }

  @Test
  void an_unknown_language_gives_english_with_a_note() {
    // when
    String out = run("de");

    // then
    assertThat(out).startsWith("Unknown language 'de': the demo speaks English (en), French (fr) and Dutch (nl); "
        + "using English.\nMaillage: 6 example networks");
    assertThat(out.substring(out.indexOf('\n') + 1)).isEqualTo(run("en"));
  }

  @Test
  void a_regional_french_tag_is_french() {
    // then
    assertThat(run("fr-BE")).isEqualTo(run("fr"));
  }

  @Test
  void a_regional_dutch_tag_is_dutch() {
    // then
    assertThat(run("nl-BE")).isEqualTo(run("nl")).isNotEqualTo(run("en"));
    assertThat(run("nl_NL")).isEqualTo(run("nl"));
  }

  @Test
  void the_dutch_lines_the_readme_quotes_are_what_the_demo_prints() throws IOException {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- demo-output-nl:start -->");
    int end = readme.indexOf("<!-- demo-output-nl:end -->");
    assertThat(start).as("README marker <!-- demo-output-nl:start -->").isNotNegative();
    assertThat(end).as("README marker <!-- demo-output-nl:end -->").isGreaterThan(start);
    List<String> quoted = readme.substring(start, end).lines()
        .filter(l -> !l.startsWith("<!--") && !l.startsWith("```") && !l.strip().equals("…"))
        .collect(Collectors.toList());

    // when
    List<String> printed = run("nl").lines().collect(Collectors.toList());

    // then: each quoted line is a line of the output, in the same order
    assertThat(quoted).hasSizeGreaterThan(5);
    assertThat(printed).containsSubsequence(quoted);
  }

  private static String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      Demo.main(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
