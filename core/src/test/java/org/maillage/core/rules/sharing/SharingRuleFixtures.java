package org.maillage.core.rules.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.maillage.core.Validator;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.ValidationSettings;

/** Runs one sharing rule through the validator, as in production, and renders its findings. */
final class SharingRuleFixtures {
  private SharingRuleFixtures() {}

  /** Validates a network with one rule only, as of a date. */
  static List<Finding> validate(Rule rule, Network network, LocalDate date) {
    return Validator.builder().addRule(rule).build().validate(network, ValidationSettings.asOf(date)).findings();
  }

  /** Validates a scenario's network with one rule only, as of the flow's day. */
  static List<Finding> validate(Rule rule, Scenario scenario) {
    return validate(rule, scenario.network(), Scenario.DAY);
  }

  /** Renders findings in French, English and Dutch and checks every placeholder is filled. */
  static void assertRenders(Rule rule, List<Finding> findings) {
    Validator validator = Validator.builder().addRule(rule).build();
    assertThat(findings).isNotEmpty();
    for (Finding f : findings) {
      if (!Scenario.renderable(f.arguments())) {
        continue;
      }
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String text = validator.render(f, locale);
        assertThat(text).as("%s in %s", f, locale).isNotBlank().doesNotContain("{").doesNotContain("}")
            .contains(f.arguments().get("flow").toString());
      }
    }
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      assertThat(rule.title(locale)).isNotBlank();
    }
  }
}
