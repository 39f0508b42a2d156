package org.maillage.core.rules.governance;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.CMP;
import static org.maillage.core.rules.governance.GovernanceFixtures.DATE;
import static org.maillage.core.rules.governance.GovernanceFixtures.NETWORK;
import static org.maillage.core.rules.governance.GovernanceFixtures.PERSON;
import static org.maillage.core.rules.governance.GovernanceFixtures.becomes;
import static org.maillage.core.rules.governance.GovernanceFixtures.gives;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.professional;
import static org.maillage.core.rules.governance.GovernanceFixtures.relative;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class RiskOneWayRuleTest implements RuleContract {
  private static final MemberId AUNT = MemberId.of("m-aunt");
  private static final MemberId UNCLE = MemberId.of("m-uncle");

  public Rule rule() {
    return new RiskOneWayRule();
  }

  private static Network.Builder family() {
    return network().addMembers(relative("m-aunt").build(), relative("m-uncle").build());
  }

  @Test
  void firesForAMemberWhoReceivesAndGivesNothing() {
    // given: the uncle supports the aunt, who gives nothing back
    Network network = family().addTies(gives("t-1", UNCLE, AUNT, SupportType.PRACTICAL)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("RISK-ONE-WAY"));
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(AUNT));
      assertThat(f.messageKey()).isEqualTo("RISK-ONE-WAY.receives-only");
      assertThat(f.arguments()).isEqualTo(Map.of("received", 1));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void givingAnythingToAnyoneSilencesIt() {
    // given: the aunt also supports the person
    Network network = family().addTies(gives("t-1", UNCLE, AUNT, SupportType.PRACTICAL),
        gives("t-2", AUNT, PERSON, SupportType.COMPANIONSHIP)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void aMutualSupportIsGivenAndReceived() {
    // given
    Tie mutual = Tie.builder().id(TieId.of("t-1")).first(UNCLE).second(AUNT).nature(TieNature.AFFECTIVE)
        .putSupport(SupportType.EMOTIONAL, SupportDirection.MUTUAL).build();
    Network network = family().addTies(mutual).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void countsTheKindsOfSupportReceived() {
    // given: practical help from the uncle (twice), information from a professional
    Network network = family().addMember(professional("pro-1", CMP))
        .addTies(gives("t-1", UNCLE, AUNT, SupportType.PRACTICAL),
            gives("t-2", MemberId.of("pro-1"), AUNT, SupportType.INFORMATIONAL),
            gives("t-3", UNCLE, AUNT, SupportType.PRACTICAL))
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.arguments()).containsEntry("received", 2));
  }

  @Test
  void theFocalPersonIsNeverReported() {
    // given: the person receives and gives nothing
    Network network = family().addTies(gives("t-1", AUNT, PERSON, SupportType.EMOTIONAL)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void supportFromSomeoneWhoLeftDoesNotCount() {
    // given: the uncle left before the date
    Network network = network().addMember(relative("m-aunt").build())
        .addMember(relative("m-uncle").involvements(List.of(Period.of(DATE.minusYears(2), DATE.minusDays(1))))
            .build())
        .addTies(gives("t-1", UNCLE, AUNT, SupportType.PRACTICAL)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void aMemberWhoIsNotCurrentIsNotReported() {
    // given: the aunt joins after the date
    Network network = network().addMember(relative("m-aunt").involvements(List.of(Period.from(DATE.plusDays(1))))
            .build())
        .addMember(relative("m-uncle").build())
        .addTies(gives("t-1", UNCLE, AUNT, SupportType.PRACTICAL)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void judgesEveryKindOfMember() {
    // given: a volunteer and a professional who only receive
    Participant volunteer = Participant.builder().id(MemberId.of("v-1")).role(ParticipantRole.VOLUNTEER)
        .horizon(Horizon.MIDDLE).involvedFrom(DATE.minusYears(1)).build();
    Network network = family().addMembers(volunteer, professional("pro-1", CMP))
        .addTies(gives("t-1", AUNT, MemberId.of("v-1"), SupportType.COMPANIONSHIP),
            gives("t-2", UNCLE, MemberId.of("pro-1"), SupportType.INFORMATIONAL))
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).extracting(f -> f.subject().last().key()).containsExactly("pro-1", "v-1");
  }

  @Test
  void isSilentOnNetworksThatAreNotActive() {
    // given
    Network network = family().addTies(gives("t-1", UNCLE, AUNT, SupportType.PRACTICAL))
        .addStatusHistory(becomes(NetworkStatus.CLOSED)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
