package org.maillage.core.rules.partnership;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.partnership.PartnershipFixtures.DATE;
import static org.maillage.core.rules.partnership.PartnershipFixtures.NETWORK;
import static org.maillage.core.rules.partnership.PartnershipFixtures.network;
import static org.maillage.core.rules.partnership.PartnershipFixtures.partnership;
import static org.maillage.core.rules.partnership.PartnershipFixtures.validate;
import static org.maillage.core.rules.partnership.PartnershipFixtures.with;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Convention;
import org.maillage.partnership.Partnership;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class PartnershipFormalisedRuleTest implements RuleContract {

  public Rule rule() {
    return new PartnershipFormalisedRule();
  }

  private static Partnership.Builder unformalised() {
    return partnership().charter(Optional.empty());
  }

  @Test
  void firesForAPartnershipWithNeitherCharterNorConvention() {
    // given
    Network network = with(unformalised().build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("PARTNERSHIP-FORMALISED"));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).partnership());
      assertThat(f.messageKey()).isEqualTo("PARTNERSHIP-FORMALISED.missing");
      assertThat(f.arguments()).isEmpty();
    });
    RuleChecks.assertRendersFully(rule(), report);
    assertThat(report.isAcceptable()).isFalse();
  }

  @Test
  void aCharterOrAConventionSilencesIt() {
    // given
    Partnership charter = unformalised().charter(Charter.of(DATE.minusDays(1))).build();
    Partnership convention = unformalised().convention(Convention.of("CONV-12", DATE.minusYears(2))).build();

    // when / then
    assertThat(validate(rule(), with(charter)).isEmpty()).isTrue();
    assertThat(validate(rule(), with(convention)).isEmpty()).isTrue();
  }

  @Test
  void aCharterAdoptedOnTheDateFormalisesIt() {
    // given
    Partnership partnership = unformalised().charter(Charter.of(DATE)).build();

    // when
    ValidationReport report = validate(rule(), with(partnership));

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void textsDatedAfterTheDateDoNotFormaliseItYet() {
    // given
    Partnership partnership = unformalised().charter(Charter.of(DATE.plusDays(10)))
        .convention(Convention.of("CONV-12", DATE.plusDays(1))).build();

    // when
    ValidationReport report = validate(rule(), with(partnership));

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("PARTNERSHIP-FORMALISED.not-yet");
      assertThat(f.arguments()).isEqualTo(Map.of("formalised", DATE.plusDays(1)));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void oneTextInForceIsEnoughEvenIfTheOtherIsLater() {
    // given
    Partnership partnership = unformalised().charter(Charter.of(DATE.plusDays(10)))
        .convention(Convention.of("CONV-12", DATE.minusDays(1))).build();

    // when
    ValidationReport report = validate(rule(), with(partnership));

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void isSilentOnNetworksWithoutPartnership() {
    // given
    Network network = network().build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
