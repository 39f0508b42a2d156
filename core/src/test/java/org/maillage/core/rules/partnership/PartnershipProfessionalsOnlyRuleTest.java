package org.maillage.core.rules.partnership;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.partnership.PartnershipFixtures.AUNT;
import static org.maillage.core.rules.partnership.PartnershipFixtures.NETWORK;
import static org.maillage.core.rules.partnership.PartnershipFixtures.PERSON;
import static org.maillage.core.rules.partnership.PartnershipFixtures.VOLUNTEER;
import static org.maillage.core.rules.partnership.PartnershipFixtures.network;
import static org.maillage.core.rules.partnership.PartnershipFixtures.partnership;
import static org.maillage.core.rules.partnership.PartnershipFixtures.validate;
import static org.maillage.core.rules.partnership.PartnershipFixtures.with;

import org.junit.jupiter.api.Test;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class PartnershipProfessionalsOnlyRuleTest implements RuleContract {

  public Rule rule() {
    return new PartnershipProfessionalsOnlyRule();
  }

  @Test
  void firesForARelativeRecordedAsAParty() {
    // given
    Network network = with(partnership().addMember(AUNT).build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("PARTNERSHIP-PROFESSIONALS-ONLY"));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).partnership().member(AUNT));
      assertThat(f.messageKey()).isEqualTo("PARTNERSHIP-PROFESSIONALS-ONLY.primary-member");
      assertThat(f.arguments()).isEmpty();
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void firesForAParticipantRecordedAsAParty() {
    // given
    Network network = with(partnership().addMember(VOLUNTEER).build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).partnership().member(VOLUNTEER));
      assertThat(f.messageKey()).isEqualTo("PARTNERSHIP-PROFESSIONALS-ONLY.participant");
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void firesForThePersonRecordedAsAParty() {
    // given
    Network network = with(partnership().addMember(PERSON).build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).partnership().person(PERSON));
      assertThat(f.messageKey()).isEqualTo("PARTNERSHIP-PROFESSIONALS-ONLY.person");
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void organisationsAndProfessionalsAreAllowedParties() {
    // given: the fixture's partnership has only organisations and professionals
    Network network = with(partnership().build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void firesOncePerPartyThatIsNotAProfessional() {
    // given
    Network network = with(partnership().addMembers(AUNT, VOLUNTEER, PERSON).build());

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).extracting(Finding::messageKey).containsExactlyInAnyOrder(
        "PARTNERSHIP-PROFESSIONALS-ONLY.primary-member", "PARTNERSHIP-PROFESSIONALS-ONLY.participant",
        "PARTNERSHIP-PROFESSIONALS-ONLY.person");
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
