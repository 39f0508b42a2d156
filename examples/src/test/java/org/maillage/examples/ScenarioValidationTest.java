package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.core.Validator;
import org.maillage.network.Governance;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * The seed scenarios against the whole catalogue, as the domain brief says they should validate.
 *
 * <p>Each scenario was written to be sound practice on {@link Scenarios#AS_OF}: it declares one form and has
 * that form's structure (so no {@code FORM-*} finding), the person-centred ones record the agreements, strengths,
 * a complete co-elaborated project, mobilised primary members and a central référent, every network has a
 * shared ethics charter, a recent evaluation, rotating facilitation and recent joins, and every flow was told to
 * the person (or the holders of parental authority) beforehand, within the double limit of missions. So the
 * brief expects no finding at all; spoiling one element must make the matching rule fire, which shows that the
 * clean result means something.
 */
class ScenarioValidationTest {
  private static final Validator VALIDATOR = Validator.standard();

  private static List<String> rulesFired(Network network, LocalDate date) {
    ValidationReport report = VALIDATOR.validate(network, ValidationSettings.asOf(date));
    return report.findings().stream().map(f -> f.ruleId().value()).distinct().collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("org.maillage.examples.ScenariosTest#names")
  void each_scenario_validates_without_any_finding_on_the_reference_date(String name) {
    // given
    Network network = Scenarios.all().get(name);

    // when
    ValidationReport report = VALIDATOR.validate(network, ValidationSettings.asOf(Scenarios.AS_OF));

    // then
    assertThat(report.findings()).as(name + ": " + report).isEmpty();
    assertThat(report.isAcceptable()).isTrue();
  }

  @Test
  void two_years_on_with_nothing_new_recorded_the_pairing_is_overdue_for_review_and_closed_on_itself() {
    // given: the informal pairing read two years later
    LocalDate twoYearsOn = Scenarios.AS_OF.plusYears(2);

    // when
    List<String> fired = rulesFired(Scenarios.pairing(), twoYearsOn);

    // then: no review for six months, informal for over a year with two professionals, nobody joined or left
    assertThat(fired).contains("GOV-REVIEW-DUE", "SECONDARY-INFORMAL-PERSISTENT", "RISK-CLOSURE");
  }

  @Test
  void without_its_ethics_charter_the_pairing_gets_exactly_the_deontology_warning() {
    // given
    Network uncharted = Network.builder().from(Scenarios.pairing()).governance(Governance.none()).build();

    // when
    List<String> fired = rulesFired(uncharted, Scenarios.AS_OF);

    // then
    assertThat(fired).containsExactly("GOV-SHARED-DEONTOLOGY");
  }

  @Test
  void when_the_father_was_never_told_the_pairing_flows_are_not_with_the_family() {
    // given: the pairing without the information of the father, a holder of parental authority
    Network pairing = Scenarios.pairing();
    Network spoilt = Network.builder().from(pairing)
        .informings(pairing.informings().stream().filter(i -> !i.informed().equals(MemberId.of("r-father")))
            .collect(Collectors.toList()))
        .build();

    // when
    ValidationReport report = VALIDATOR.validate(spoilt, ValidationSettings.asOf(Scenarios.AS_OF));

    // then: under child protection both holders are informed beforehand, so the decision is not ALLOW
    assertThat(report.ofRule(org.maillage.validation.RuleId.of("SHARE-DECISION")))
        .extracting(Finding::messageKey).isNotEmpty().allMatch(k -> k.equals("SHARE-DECISION.inform-first"));
  }

  @Test
  void the_flawed_pairing_fails_the_pairing_form_and_the_fathers_consent() {
    // when
    ValidationReport report = VALIDATOR.validate(Scenarios.pairingWithinOneService(),
        ValidationSettings.asOf(Scenarios.AS_OF));

    // then
    assertThat(report.findings()).extracting(Finding::messageKey).containsExactlyInAnyOrder(
        "FORM-PAIRING.same-mandate", "FORM-PAIRING.same-organisation", "PERSON-CONSENT.representative-missing");
    assertThat(report.isAcceptable()).isFalse();
  }
}
