package org.maillage.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/** What every rule family's tests do with one rule: validate with it alone, and render its findings. */
public final class RuleChecks {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private RuleChecks() {}

  /**
   * Validates a network with one rule only, through a validator, so that ids and severities flow as in
   * production.
   *
   * @param rule the rule
   * @param network the network
   * @param settings the settings
   * @return the report
   */
  public static ValidationReport validate(Rule rule, Network network, ValidationSettings settings) {
    return Validator.builder().addRule(rule).build().validate(network, settings);
  }

  /**
   * Renders every finding in French, English and Dutch and checks that no placeholder is left, that each
   * language differs from English, and that the rule has a title in each.
   *
   * @param rule the rule that made the findings
   * @param findings its findings, at least one
   */
  public static void assertRenders(Rule rule, List<Finding> findings) {
    Validator validator = Validator.builder().addRule(rule).build();
    assertThat(findings).isNotEmpty();
    for (Finding f : findings) {
      String french = validator.render(f, Locale.FRENCH);
      String english = validator.render(f, Locale.ENGLISH);
      String dutch = validator.render(f, DUTCH);
      assertThat(french).isNotBlank().doesNotContain("{").doesNotContain("}").isNotEqualTo(english);
      assertThat(dutch).isNotBlank().doesNotContain("{").doesNotContain("}").isNotEqualTo(english)
          .isNotEqualTo(french);
      assertThat(english).isNotBlank().doesNotContain("{").doesNotContain("}");
    }
    assertThat(rule.title(Locale.FRENCH)).isNotBlank().isNotEqualTo(rule.title(Locale.ENGLISH));
    assertThat(rule.title(DUTCH)).isNotBlank().isNotEqualTo(rule.title(Locale.ENGLISH));
  }

  /**
   * Renders every finding of a report; see {@link #assertRenders(Rule, List)}.
   *
   * @param rule the rule that made the report
   * @param report its report, with at least one finding
   */
  public static void assertRendersFully(Rule rule, ValidationReport report) {
    assertRenders(rule, report.findings());
  }
}
