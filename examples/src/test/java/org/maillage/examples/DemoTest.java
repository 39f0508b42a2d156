package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.validation.ValidationSettings;

/** The demo prints every scenario's summary in the language asked for, and says so when it cannot. */
class DemoTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void the_demo_prints_every_scenario_in_the_language_asked_for(String language) {
    // given
    Locale locale = Locale.forLanguageTag(language);

    // when
    String out = run(language);

    // then
    assertThat(out).startsWith(language.equals("fr")
        ? "Maillage : 6 réseaux d'exemple, lus au 1er décembre 2026\n"
        : "Maillage: 6 example networks, read on 1 December 2026\n");
    for (var scenario : Scenarios.all().entrySet()) {
      Network network = scenario.getValue();
      assertThat(out).contains("\n[" + scenario.getKey() + "]\n"
          + ScenarioSummary.render(network, Scenarios.AS_OF, locale) + "\n");
    }
    assertThat(out.lines().filter(l -> l.startsWith("["))).hasSize(9);
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
    assertThat(out).contains(language.equals("fr")
        ? "Validation : 3 constat(s)\n  erreur FORM-PAIRING network[n-pairing-flawed]"
        : "Validation: 3 finding(s)\n  error FORM-PAIRING network[n-pairing-flawed]");
    assertThat(out).contains(language.equals("fr")
        ? "  Décision : décision impossible en l'état du dossier : des faits sont à renseigner\n"
        : "  Decision: cannot be decided as the record stands: facts to record\n");
    assertThat(out).contains(language.equals("fr")
        ? "  Décision : transmission autorisée seulement avec un consentement préalable\n"
        : "  Decision: allowed only with prior consent\n");
    assertThat(out).doesNotContain("{");
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
    assertThat(out).startsWith("Unknown language 'de': the demo speaks English (en) and French (fr); using English.\n"
        + "Maillage: 6 example networks");
    assertThat(out.substring(out.indexOf('\n') + 1)).isEqualTo(run("en"));
  }

  @Test
  void a_regional_french_tag_is_french() {
    // then
    assertThat(run("fr-BE")).isEqualTo(run("fr"));
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
