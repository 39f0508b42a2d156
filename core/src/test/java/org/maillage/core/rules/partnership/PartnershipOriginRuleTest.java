package org.maillage.core.rules.partnership;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.partnership.PartnershipFixtures.NETWORK;
import static org.maillage.core.rules.partnership.PartnershipFixtures.network;
import static org.maillage.core.rules.partnership.PartnershipFixtures.partnership;
import static org.maillage.core.rules.partnership.PartnershipFixtures.validate;
import static org.maillage.core.rules.partnership.PartnershipFixtures.with;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.partnership.Origin;
import org.maillage.partnership.OriginKind;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class PartnershipOriginRuleTest implements RuleContract {

  public Rule rule() {
    return new PartnershipOriginRule();
  }

  @Test
  void firesWhenTheOriginIsNotStated() {
    // given
    Network network = with(partnership().origin(Optional.empty()).build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("PARTNERSHIP-ORIGIN"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).partnership());
      assertThat(f.messageKey()).isEqualTo("PARTNERSHIP-ORIGIN.not-stated");
      assertThat(f.arguments()).isEmpty();
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void aSpontaneousOriginSilencesIt() {
    // given
    Network network = with(partnership().origin(Origin.spontaneous()).build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void firesForAnImposedOriginNamingNeitherBasisNorCommission() {
    // given
    Origin imposed = Origin.builder().kind(OriginKind.IMPOSED).build();

    // when
    ValidationReport report = validate(rule(), with(partnership().origin(imposed).build()));

    // then
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.messageKey()).isEqualTo("PARTNERSHIP-ORIGIN.imposed-without-basis"));
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void anImposedOriginNamingALegalBasisOrACommissionIsStated() {
    // given
    Origin byLaw = Origin.imposedBy("CASF L226-3");
    Origin byCommission = Origin.commissionedBy("contrat local de santé");

    // when / then
    assertThat(validate(rule(), with(partnership().origin(byLaw).build())).isEmpty()).isTrue();
    assertThat(validate(rule(), with(partnership().origin(byCommission).build())).isEmpty()).isTrue();
  }

  @Test
  void blankBasisAndCommissionAreNotNamed() {
    // given
    Origin blank = Origin.builder().kind(OriginKind.IMPOSED).legalBasis(" ").commission("").build();

    // when
    ValidationReport report = validate(rule(), with(partnership().origin(blank).build()));

    // then
    assertThat(report.count()).isEqualTo(1);
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
