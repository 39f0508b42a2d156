package org.maillage.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.person.LifeSphere;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

class MemberTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);
  private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);

  @Test
  void aMemberWhoLeftAndRejoinedIsCurrentOnlyDuringTheirPeriods() {
    // given an aunt involved in the first half of 2025, then again from September
    PrimaryMember aunt = PrimaryMember.builder().id(MemberId.of("m-aunt")).relation(Relation.AUNT)
        .horizon(Horizon.CLOSE).addInvolvement(Period.of(JAN_1, JUN_30)).involvedFrom(SEP_1).build();

    // when she is judged on days in and between her periods
    // then she is current in each period, bounds included, and not in the gap or before joining
    assertThat(aunt.isCurrentOn(JAN_1)).isTrue();
    assertThat(aunt.isCurrentOn(JUN_30)).isTrue();
    assertThat(aunt.isCurrentOn(JUN_30.plusDays(1))).isFalse();
    assertThat(aunt.isCurrentOn(SEP_1.minusDays(1))).isFalse();
    assertThat(aunt.isCurrentOn(SEP_1)).isTrue();
    assertThat(aunt.isCurrentOn(SEP_1.plusYears(10))).isTrue();
    assertThat(aunt.isCurrentOn(JAN_1.minusDays(1))).isFalse();
  }

  @Test
  void aMemberWhoLeftIsNotCurrentAfterwards() {
    // given a participant whose only period ended
    Participant volunteer = Participant.builder().id(MemberId.of("pt-1")).role(ParticipantRole.VOLUNTEER)
        .horizon(Horizon.MIDDLE).addInvolvement(Period.of(JAN_1, JUN_30)).build();

    // when judged after the end, then not current
    assertThat(volunteer.isCurrentOn(JUN_30.plusDays(1))).isFalse();
    assertThat(volunteer.sector()).isEqualTo(Sector.COMMUNITY);
  }

  @Test
  void onlyAnAliveAndReachableMemberIsMobilisable() {
    // given members alive and reachable, deceased, and unreachable
    PrimaryMember.Builder base = PrimaryMember.builder().id(MemberId.of("m-1")).relation(Relation.FATHER)
        .horizon(Horizon.CLOSE).involvedFrom(JAN_1);

    // when asked whether they can be mobilised, then only the first can
    assertThat(base.build().isMobilisable()).isTrue();
    assertThat(base.alive(false).build().isMobilisable()).isFalse();
    assertThat(base.alive(true).reachable(false).build().isMobilisable()).isFalse();
    assertThat(base.reachable(true).build().sector()).isEqualTo(Sector.FAMILY);
  }

  @Test
  void aMemberWithoutInvolvementIsRejected() {
    // given a primary member with no period

    // when built, then it fails naming the field and the member
    assertThatThrownBy(() -> PrimaryMember.builder().id(MemberId.of("m-none")).relation(Relation.FRIEND)
            .horizon(Horizon.DISTANT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PrimaryMember.involvements")
        .hasMessageContaining("'m-none'");
  }

  @Test
  void overlappingOrUnorderedOrOpenEarlierPeriodsAreRejected() {
    // given histories whose periods overlap, touch on one day, come out of order, or leave an earlier one open
    Professional.Builder professional = Professional.builder().id(MemberId.of("pro-x")).sector(Sector.SOCIAL)
        .horizon(Horizon.MIDDLE);

    // when built, then each fails naming the field and the member
    assertThatThrownBy(() -> professional.involvements(java.util.List.of(Period.of(JAN_1, JUN_30),
            Period.from(JUN_30))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Professional.involvements")
        .hasMessageContaining("'pro-x'");
    assertThatThrownBy(() -> professional.involvements(java.util.List.of(Period.from(SEP_1),
            Period.of(JAN_1, JUN_30))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Professional.involvements");
    assertThatThrownBy(() -> professional.involvements(java.util.List.of(Period.from(JAN_1), Period.from(SEP_1)))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Professional.involvements");
    assertThatThrownBy(() -> Participant.builder().id(MemberId.of("pt-x")).role(ParticipantRole.INHABITANT)
            .horizon(Horizon.CLOSE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Participant.involvements")
        .hasMessageContaining("'pt-x'");
  }

  @Test
  void periodsOneDayApartAreAccepted() {
    // given a period ending the day before the next starts
    Professional professional = Professional.builder().id(MemberId.of("pro-y")).sector(Sector.HEALTH)
        .horizon(Horizon.MIDDLE).addInvolvement(Period.of(JAN_1, JUN_30)).involvedFrom(JUN_30.plusDays(1)).build();

    // when judged, then the member is current on both days
    assertThat(professional.isCurrentOn(JUN_30)).isTrue();
    assertThat(professional.isCurrentOn(JUN_30.plusDays(1))).isTrue();
  }

  @Test
  void anOrganisationIsItsOwnInstitutionUnlessItNamesAParent() {
    // given a service with a parent body and a practice without
    Organisation service = Organisation.builder().id(OrganisationId.of("o-ase")).kind(OrganisationKind.SERVICE)
        .sector(Sector.CHILD_PROTECTION).parent(OrganisationId.of("o-dept-59")).build();
    Organisation practice = Organisation.builder().id(OrganisationId.of("o-cab")).kind(OrganisationKind.PRIVATE_PRACTICE)
        .sector(Sector.HEALTH).build();

    // when their institutions are read, then the parent, else the organisation itself
    assertThat(service.institution()).isEqualTo(OrganisationId.of("o-dept-59"));
    assertThat(practice.institution()).isEqualTo(OrganisationId.of("o-cab"));
  }

  @Test
  void anOrganisationCannotBeItsOwnParent() {
    // given an organisation naming itself as parent

    // when built, then it fails naming the field and the id
    assertThatThrownBy(() -> Organisation.builder().id(OrganisationId.of("o-1")).kind(OrganisationKind.SERVICE)
            .sector(Sector.SOCIAL).parent(OrganisationId.of("o-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Organisation.parent")
        .hasMessageContaining("'o-1'");
  }

  @Test
  void blankReferencesAndRolesAreRejected() {
    // given blank texts where a reference or role is required
    // when the values are made, then each fails naming its field
    assertThatThrownBy(() -> Mandate.of(MandateKind.COURT_ORDER, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mandate.reference");
    assertThatThrownBy(() -> Competence.of("", LifeSphere.HOUSING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Competence.role");
    assertThatThrownBy(() -> FormalDelegation.of("\t", JAN_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FormalDelegation.reference");
  }

  @Test
  void mandatesAreTheSameWhenTheirReferencesAre() {
    // given mandates of different kinds with equal references, and one with another reference
    Mandate order = Mandate.of(MandateKind.COURT_ORDER, "TE-2026-118");
    Mandate contract = Mandate.of(MandateKind.CONTRACT, "TE-2026-118");
    Mandate other = Mandate.of(MandateKind.COURT_ORDER, "TE-2026-119");

    // when compared, then sameness follows the reference only
    assertThat(order.isSameAs(contract)).isTrue();
    assertThat(order.isSameAs(other)).isFalse();
  }

  @Test
  void aProfessionalCoversTheSpheresOfTheirCompetences() {
    // given a professional with two competences
    Professional p = Professional.builder().id(MemberId.of("pro-z")).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .addCompetence(Competence.of("budget", LifeSphere.INCOME, LifeSphere.HOUSING))
        .addCompetence(Competence.of("logement", LifeSphere.HOUSING)).involvedFrom(JAN_1).build();

    // when the spheres are read, then they are the union, and defaults hold
    assertThat(p.coveredSpheres()).containsExactlyInAnyOrder(LifeSphere.INCOME, LifeSphere.HOUSING);
    assertThat(p.isBoundBySecrecy()).isFalse();
    assertThat(p.standings()).isEmpty();
    assertThat(FrenchStanding.of(p).regulatoryCategory()).isEmpty();
  }

  @Test
  void aProfessionalsFrenchStandingIsFoundByItsTypeAndEachFactRecordedOrNot() {
    // given a professional whose French standing records a category and a care-team basis only
    FrenchStanding standing = FrenchStanding.builder().regulatoryCategory(RegulatoryCategory.ESSMS_STAFF)
        .careTeam(CareTeamBasis.SAME_ESTABLISHMENT).build();
    Professional p = Professional.builder().id(MemberId.of("pro-y")).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .addStanding(standing).involvedFrom(JAN_1).build();

    // when it is read back
    // then the standing is the one recorded, and the facts it does not record are empty, not "no"
    assertThat(p.standing(FrenchStanding.class)).contains(standing);
    assertThat(FrenchStanding.of(p)).isSameAs(standing);
    assertThat(FrenchStanding.of(p).childProtectionContributor()).isEmpty();
    assertThat(FrenchStanding.of(p).socialActionProfessional()).isEmpty();
    assertThat(FrenchStanding.of(p).jurisdiction()).isEqualTo(org.maillage.sharing.Jurisdiction.FRANCE);
  }

  @Test
  void twoStandingsUnderOneJurisdictionAreRejectedWithTheirPath() {
    // given two French standings for one professional
    Professional.Builder b = Professional.builder().id(MemberId.of("pro-x")).sector(Sector.SOCIAL)
        .horizon(Horizon.MIDDLE).involvedFrom(JAN_1)
        .addStanding(FrenchStanding.builder().socialActionProfessional(true).build())
        .addStanding(FrenchStanding.builder().socialActionProfessional(false).build());

    // when it is built, then the problem names the second standing and the fix
    assertThatThrownBy(b::build).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("standings[1]").hasMessageContaining("pro-x")
        .hasMessageContaining("one standing per jurisdiction");
  }
}
