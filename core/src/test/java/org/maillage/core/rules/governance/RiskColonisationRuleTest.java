package org.maillage.core.rules.governance;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.ASE_NORTH;
import static org.maillage.core.rules.governance.GovernanceFixtures.ASE_SOUTH;
import static org.maillage.core.rules.governance.GovernanceFixtures.CMP;
import static org.maillage.core.rules.governance.GovernanceFixtures.DATE;
import static org.maillage.core.rules.governance.GovernanceFixtures.DEPARTEMENT;
import static org.maillage.core.rules.governance.GovernanceFixtures.HOSPITAL;
import static org.maillage.core.rules.governance.GovernanceFixtures.NETWORK;
import static org.maillage.core.rules.governance.GovernanceFixtures.SCHOOL;
import static org.maillage.core.rules.governance.GovernanceFixtures.becomes;
import static org.maillage.core.rules.governance.GovernanceFixtures.meeting;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.professional;
import static org.maillage.core.rules.governance.GovernanceFixtures.relative;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.Period;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class RiskColonisationRuleTest implements RuleContract {

  public Rule rule() {
    return new RiskColonisationRule();
  }

  /** Professionals pro-d1.. of the département's services, pro-h1.. of the hospital's CMP, pro-s1.. of the school. */
  private static Network.Builder staffed(int departement, int hospital, int school) {
    Network.Builder builder = network();
    for (int i = 1; i <= departement; i++) {
      builder.addMember(professional("pro-d" + i, i % 2 == 0 ? ASE_SOUTH : ASE_NORTH));
    }
    for (int i = 1; i <= hospital; i++) {
      builder.addMember(professional("pro-h" + i, CMP));
    }
    for (int i = 1; i <= school; i++) {
      builder.addMember(professional("pro-s" + i, SCHOOL));
    }
    return builder;
  }

  /** Monthly meetings ending on the date, facilitated in turn by the given members (null: nobody). */
  private static Network.Builder facilitated(Network.Builder builder, String... facilitators) {
    for (int i = 0; i < facilitators.length; i++) {
      builder.addMeeting(meeting("mt-" + (10 + i), DATE.minusMonths(facilitators.length - 1 - i), facilitators[i]));
    }
    return builder;
  }

  @Test
  void firesForAnInstitutionHoldingMoreThanHalfOfTheProfessionals() {
    // given: two services of the département are one institution, holding 3 of 5
    Network network = staffed(3, 2, 0).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("RISK-COLONISATION"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).organisation(DEPARTEMENT));
      assertThat(f.messageKey()).isEqualTo("RISK-COLONISATION.majority");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("professionals", 3, "total", 5));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void exactlyHalfIsNotAMajority() {
    // given
    Network half = staffed(2, 2, 0).build();
    Network belowHalf = staffed(2, 2, 1).build();
    Network aboveHalf = staffed(3, 1, 1).build();

    // when / then
    assertThat(validate(rule(), half).isEmpty()).isTrue();
    assertThat(validate(rule(), belowHalf).isEmpty()).isTrue();
    assertThat(validate(rule(), aboveHalf).count()).isEqualTo(1);
  }

  @Test
  void professionalsWithoutOrganisationCountInTheWhole() {
    // given: the département holds 2 of 3 affiliated professionals, but 2 of 4 professionals in all
    Network network = staffed(2, 1, 0).addMember(professional("pro-free").build()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
    assertThat(validate(rule(), staffed(2, 1, 0).build()).count()).isEqualTo(1);
  }

  @Test
  void isSilentWhenAllProfessionalsComeFromOneInstitution() {
    // given: both services belong to the département, so there is one institution only
    Network network = facilitated(staffed(4, 0, 0), "pro-d1", "pro-d2", "pro-d1", "pro-d2", "pro-d1", "pro-d2")
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void honoursAChangedNumberOfInstitutions() {
    // given
    Network network = staffed(3, 2, 0).build();
    ValidationSettings threeInstitutions = ValidationSettings.builder().date(DATE).colonisationMinInstitutions(3)
        .build();

    // when / then
    assertThat(validate(rule(), network, threeInstitutions).isEmpty()).isTrue();
    assertThat(validate(rule(), staffed(4, 2, 1).build(), threeInstitutions).count()).isEqualTo(1);
  }

  @Test
  void countsOnlyCurrentProfessionals() {
    // given: a third département professional left before the date
    Member left = Professional.builder().from(professional("pro-d3", ASE_NORTH))
        .involvements(List.of(Period.of(DATE.minusYears(2), DATE.minusDays(1)))).build();
    Network network = staffed(2, 2, 0).addMember(left).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void firesForAnInstitutionWhoseProfessionalsFacilitatedEachOfTheLastSixMeetings() {
    // given: balanced membership; the hospital led once, then the département's two workers six times
    Network network = facilitated(staffed(2, 2, 0), "pro-h1", "pro-d1", "pro-d2", "pro-d1", "pro-d2", "pro-d1",
        "pro-d2").build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).organisation(DEPARTEMENT));
      assertThat(f.messageKey()).isEqualTo("RISK-COLONISATION.facilitation");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("meetings", 6, "since", DATE.minusMonths(5)));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void needsAtLeastSixMeetingsHeld() {
    // given
    Network five = facilitated(staffed(2, 2, 0), "pro-d1", "pro-d2", "pro-d1", "pro-d2", "pro-d1").build();
    Network sixWithOneFuture = facilitated(staffed(2, 2, 0), "pro-d1", "pro-d2", "pro-d1", "pro-d2", "pro-d1")
        .addMeeting(meeting("mt-next", DATE.plusDays(1), "pro-d2")).build();

    // when / then
    assertThat(validate(rule(), five).isEmpty()).isTrue();
    assertThat(validate(rule(), sixWithOneFuture).isEmpty()).isTrue();
  }

  @Test
  void anotherInstitutionOrNoFacilitatorAmongTheLastSixSilencesIt() {
    // given
    Network hospital = facilitated(staffed(2, 2, 0), "pro-d1", "pro-d2", "pro-h1", "pro-d2", "pro-d1", "pro-d2")
        .build();
    Network nobody = facilitated(staffed(2, 2, 0), "pro-d1", "pro-d2", null, "pro-d2", "pro-d1", "pro-d2").build();
    Network relative = facilitated(staffed(2, 2, 0).addMember(relative("m-aunt").build()),
        "pro-d1", "pro-d2", "m-aunt", "pro-d2", "pro-d1", "pro-d2").build();
    Network unaffiliated = facilitated(staffed(2, 2, 0).addMember(professional("pro-free").build()),
        "pro-d1", "pro-d2", "pro-free", "pro-d2", "pro-d1", "pro-d2").build();

    // when / then
    assertThat(validate(rule(), hospital).isEmpty()).isTrue();
    assertThat(validate(rule(), nobody).isEmpty()).isTrue();
    assertThat(validate(rule(), relative).isEmpty()).isTrue();
    assertThat(validate(rule(), unaffiliated).isEmpty()).isTrue();
  }

  @Test
  void honoursAChangedNumberOfMeetings() {
    // given
    Network network = facilitated(staffed(2, 2, 0), "pro-d1", "pro-h1", "pro-h2", "pro-h1").build();
    ValidationSettings threeMeetings = ValidationSettings.builder().date(DATE).colonisationMeetings(3).build();

    // when
    ValidationReport report = validate(rule(), network, threeMeetings);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).organisation(HOSPITAL));
      assertThat(f.arguments()).containsEntry("meetings", 3);
    });
  }

  @Test
  void bothConditionsGiveTwoFindings() {
    // given
    Network network = facilitated(staffed(3, 2, 0), "pro-d1", "pro-d2", "pro-d3", "pro-d1", "pro-d2", "pro-d3")
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).extracting(Finding::messageKey)
        .containsExactlyInAnyOrder("RISK-COLONISATION.majority", "RISK-COLONISATION.facilitation");
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void isSilentOnNetworksThatAreNotActive() {
    // given
    Network network = staffed(3, 2, 0).addStatusHistory(becomes(NetworkStatus.CLOSED)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Property(tries = 1000)
  void theOrderOfTheListsNeverChangesTheReport(@ForAll("shuffledMeetings") List<Meeting> meetings,
      @ForAll("shuffledMembers") List<Member> members) {
    // given: meetings on the same dates, so that only ids order them
    Network listed = listed();
    Network shuffled = Network.builder().from(listed).meetings(meetings).members(members).build();

    // when
    ValidationReport expected = validate(rule(), listed);
    ValidationReport actual = validate(rule(), shuffled);

    // then
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.count()).isEqualTo(2);
  }

  private static Network listed() {
    return staffed(3, 2, 0).addMeetings(meeting("mt-a", DATE.minusMonths(2), "pro-h1"),
        meeting("mt-b", DATE.minusMonths(2), "pro-d1"), meeting("mt-c", DATE.minusMonths(2), "pro-d2"),
        meeting("mt-d", DATE.minusMonths(1), "pro-d3"), meeting("mt-e", DATE.minusMonths(1), "pro-d1"),
        meeting("mt-f", DATE, "pro-d2"), meeting("mt-g", DATE, "pro-d3")).build();
  }

  Gen<List<Meeting>> shuffledMeetings() {
    return Gen.shuffle(listed().meetings());
  }

  Gen<List<Member>> shuffledMembers() {
    return Gen.shuffle(listed().members());
  }
}
