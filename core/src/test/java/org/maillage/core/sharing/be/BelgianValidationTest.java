package org.maillage.core.sharing.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.Validator;
import org.maillage.sharing.Authority;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/** The sharing rules on a Belgian network: they decide its flows under the Belgian policy. */
class BelgianValidationTest {
  private static final ValidationSettings SETTINGS = ValidationSettings.asOf(Scenario.AFTER);

  private static List<String> sharingRulesFired(Scenario scenario) {
    ValidationReport report = Validator.standard().validate(scenario.network(), SETTINGS);
    return report.findings().stream().map(f -> f.ruleId().value()).filter(id -> id.startsWith("SHARE-"))
        .distinct().toList();
  }

  @Test
  void a_flow_awaiting_the_family_agreement_is_reported_by_share_decision() {
    // given the baseline: shared professional secrecy, explicit agreement not recorded
    Scenario scenario = Scenario.pmsToCpas();

    // when
    List<String> fired = sharingRulesFired(scenario);

    // then
    assertThat(fired).contains("SHARE-DECISION");
  }

  @Test
  void the_same_flow_with_the_family_agreement_is_silent() {
    // given
    Scenario scenario = Scenario.pmsToCpas().familyAgrees().tellFamily();

    // when
    List<String> fired = sharingRulesFired(scenario);

    // then
    assertThat(fired).doesNotContain("SHARE-DECISION", "SHARE-WITHIN-SECRECY", "SHARE-RECORD-INCOMPLETE");
  }

  @Test
  void a_report_to_the_prosecutor_under_art_458bis_does_not_leave_shared_secrecy_for_the_rules() {
    // given a report to the prosecutor, not marked with a French kind of report
    Scenario scenario = Scenario.pmsToCpas().tellFamily()
        .flow(f -> f.recipients(List.of()).authorities(List.of(Authority.PUBLIC_PROSECUTOR))
            .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)))
        .record(r -> r.report(Scenario.report().build()));

    // when
    List<String> fired = sharingRulesFired(scenario);

    // then
    assertThat(fired).doesNotContain("SHARE-WITHIN-SECRECY", "SHARE-DECISION");
  }

  @Test
  void a_flow_to_the_prosecutor_without_a_report_goes_outside_the_network() {
    // given the same flow, no report recorded
    Scenario scenario = Scenario.pmsToCpas().tellFamily()
        .flow(f -> f.recipients(List.of()).authorities(List.of(Authority.PUBLIC_PROSECUTOR))
            .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)));

    // when
    List<String> fired = sharingRulesFired(scenario);

    // then
    assertThat(fired).contains("SHARE-WITHIN-SECRECY", "SHARE-DECISION");
  }

  @Test
  void a_fact_missing_for_the_decision_is_reported_as_incomplete_not_refused() {
    // given
    Scenario scenario = Scenario.pmsToCpas().familyAgrees().record(r -> r.inPersonsInterest(java.util.Optional.empty()));

    // when
    List<String> fired = sharingRulesFired(scenario);

    // then
    assertThat(fired).contains("SHARE-RECORD-INCOMPLETE").doesNotContain("SHARE-DECISION");
  }
}
