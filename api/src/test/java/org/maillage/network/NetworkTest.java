package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.person.Agreement;
import org.maillage.person.LifeSphere;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationFlow;

class NetworkTest {
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  private static final LocalDate ASOF = LocalDate.of(2026, 6, 1);
  private static final Person LEA = Person.builder().id(MemberId.of("u-lea")).build();
  private static final MemberId AUNT = MemberId.of("m-aunt");

  private static PrimaryMember.Builder aunt() {
    return PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE).involvedFrom(CREATED);
  }

  private static Network.Builder network() {
    return Network.builder().id(NetworkId.of("n-lea")).created(CREATED).focalPerson(LEA);
  }

  private static Tie tie(MemberId first, MemberId second, SupportDirection direction) {
    return Tie.builder().id(TieId.of("t-" + first + "-" + second)).first(first).second(second)
        .nature(TieNature.AFFECTIVE).putSupport(SupportType.EMOTIONAL, direction).build();
  }

  // ---- agreements and outside recipients ------------------------------------------------------------

  @Test
  void aRelativeMayAnswerForTheNetworkButAStrangerMayNot() {
    // given the aunt, a relative of the network, who refused it, and a stranger who agreed
    Person refusedByAunt = Person.builder().from(LEA).addAgreement(Agreement.refusal(AUNT, CREATED)).build();
    Person agreedByStranger = Person.builder().from(LEA).addAgreement(Agreement.of(MemberId.of("m-x"), CREATED))
        .build();

    // when the networks are built
    Network withAunt = network().focalPerson(refusedByAunt).addMember(aunt().build()).build();

    // then the aunt's refusal is kept as her answer, and the stranger's agreement fails naming the field
    assertThat(withAunt.focalPerson().orElseThrow().answerOn(AUNT, ASOF)).hasValueSatisfying(
        a -> assertThat(a.refused()).isTrue());
    assertThatThrownBy(() -> network().focalPerson(agreedByStranger).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("focalPerson.agreements[0].by")
        .hasMessageContaining("'m-x'");
  }

  @Test
  void anOutsideProfessionalIsNotAMemberOfTheNetwork() {
    // given a flow from the aunt naming the person, an individual of the network, as an outside professional
    InformationFlow flow = InformationFlow.builder().id(FlowId.of("f-1")).sender(AUNT).about(LEA.id()).date(ASOF)
        .mode(FlowMode.EXCHANGE).addOutsideProfessional(OutsideProfessional.builder().id(LEA.id()).build()).build();

    // when the network is built, then it fails naming the flow's field and the member
    assertThatThrownBy(() -> network().addMember(aunt().build()).addFlow(flow).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("flows[f-1].outsideProfessionals")
        .hasMessageContaining("'u-lea'");
  }

  // ---- status ---------------------------------------------------------------------------------------

  @Test
  void theStatusIsTheLatestChangeOnOrBeforeTheDate() {
    // given a network suspended in March and active again in May
    Network n = network().addStatusHistory(StatusChange.of(LocalDate.of(2026, 3, 1), NetworkStatus.SUSPENDED))
        .addStatusHistory(StatusChange.of(LocalDate.of(2026, 5, 1), NetworkStatus.ACTIVE)).build();

    // when its status is read on days around the changes
    // then it is active until the first change, suspended from it, and active again from the second
    assertThat(n.statusOn(LocalDate.of(2026, 2, 28))).isEqualTo(NetworkStatus.ACTIVE);
    assertThat(n.statusOn(LocalDate.of(2026, 3, 1))).isEqualTo(NetworkStatus.SUSPENDED);
    assertThat(n.statusOn(LocalDate.of(2026, 4, 30))).isEqualTo(NetworkStatus.SUSPENDED);
    assertThat(n.statusOn(LocalDate.of(2026, 5, 1))).isEqualTo(NetworkStatus.ACTIVE);
    assertThat(n.isActiveOn(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(n.isActiveOn(LocalDate.of(2026, 5, 2))).isTrue();
  }

  @Test
  void aNetworkIsNotActiveBeforeItsCreationNorOnceClosed() {
    // given a network closed in April
    Network n = network().addStatusHistory(StatusChange.of(LocalDate.of(2026, 4, 1), NetworkStatus.CLOSED)).build();

    // when judged before creation, on creation, and after closing
    // then it is active only between creation and closing
    assertThat(n.isActiveOn(CREATED.minusDays(1))).isFalse();
    assertThat(n.isActiveOn(CREATED)).isTrue();
    assertThat(n.isActiveOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(n.isActiveOn(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(n.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(NetworkStatus.CLOSED);
  }

  @Test
  void twoChangesOnOneDayKeepTheLastOne() {
    // given two changes recorded on the creation day
    Network n = network().addStatusHistory(StatusChange.of(CREATED, NetworkStatus.SUSPENDED),
        StatusChange.of(CREATED, NetworkStatus.CLOSED)).build();

    // when the status is read that day, then the last change wins
    assertThat(n.statusOn(CREATED)).isEqualTo(NetworkStatus.CLOSED);
  }

  @Test
  void aStatusChangeBeforeCreationIsRejected() {
    // given a change the day before creation

    // when the network is built, then it fails naming the history and the date
    assertThatThrownBy(() -> network()
            .addStatusHistory(StatusChange.of(CREATED.minusDays(1), NetworkStatus.ACTIVE)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.statusHistory")
        .hasMessageContaining("2026-01-04")
        .hasMessageContaining("'n-lea'");
  }

  // ---- mobilisation ---------------------------------------------------------------------------------

  @Test
  void aPrimaryMemberGivingSupportToThePersonIsMobilised() {
    // given an aunt supporting Léa, along a tie written in either direction or as mutual
    PrimaryMember aunt = aunt().build();

    // when mobilisation is judged, then she is mobilised in each case
    assertThat(network().addMember(aunt).addTie(tie(AUNT, LEA.id(), SupportDirection.FROM_FIRST)).build()
        .isMobilised(aunt, ASOF)).isTrue();
    assertThat(network().addMember(aunt).addTie(tie(LEA.id(), AUNT, SupportDirection.FROM_SECOND)).build()
        .isMobilised(aunt, ASOF)).isTrue();
    assertThat(network().addMember(aunt).addTie(tie(AUNT, LEA.id(), SupportDirection.MUTUAL)).build()
        .isMobilised(aunt, ASOF)).isTrue();
  }

  @Test
  void aPrimaryMemberOnlyReceivingOrTiedToOthersIsNotMobilised() {
    // given an aunt who only receives support from Léa, and an aunt supporting a cousin but not Léa
    PrimaryMember aunt = aunt().build();
    PrimaryMember cousin = PrimaryMember.builder().id(MemberId.of("m-cousin")).relation(Relation.COUSIN)
        .horizon(Horizon.MIDDLE).involvedFrom(CREATED).build();
    Tie conflict = Tie.builder().id(TieId.of("t-c")).first(AUNT).second(LEA.id()).nature(TieNature.CONFLICT).build();

    // when mobilisation is judged, then she is not mobilised
    assertThat(network().addMember(aunt).addTie(tie(LEA.id(), AUNT, SupportDirection.FROM_FIRST)).build()
        .isMobilised(aunt, ASOF)).isFalse();
    assertThat(network().addMembers(aunt, cousin).addTie(tie(AUNT, cousin.id(), SupportDirection.FROM_FIRST)).build()
        .isMobilised(aunt, ASOF)).isFalse();
    assertThat(network().addMember(aunt).addTie(conflict).build().isMobilised(aunt, ASOF)).isFalse();
    assertThat(network().addMember(aunt).build().isMobilised(aunt, ASOF)).isFalse();
  }

  @Test
  void aDormantDeceasedUnreachableOrFormerMemberIsNotMobilised() {
    // given aunts who support Léa but are dormant, deceased, unreachable, or no longer involved
    Tie support = tie(AUNT, LEA.id(), SupportDirection.FROM_FIRST);
    PrimaryMember dormant = aunt().dormant(true).build();
    PrimaryMember deceased = aunt().alive(false).build();
    PrimaryMember unreachable = aunt().reachable(false).build();
    PrimaryMember former = aunt().involvements(java.util.List.of(Period.of(CREATED, ASOF.minusDays(1)))).build();

    // when mobilisation is judged, then none is mobilised
    for (PrimaryMember aunt : java.util.List.of(dormant, deceased, unreachable, former)) {
      Network n = network().addMember(aunt).addTie(support).build();
      assertThat(n.isMobilised(aunt, ASOF)).as("%s", aunt).isFalse();
    }
    assertThat(network().addMember(former).addTie(support).build().isMobilised(former, ASOF.minusDays(1))).isTrue();
  }

  @Test
  void aPrimaryMemberHoldingAMeansOfTheProjectIsMobilised() {
    // given an aunt with no tie who holds a means of one objective
    PrimaryMember aunt = aunt().build();
    PersonalisedProject project = PersonalisedProject.builder().addObjective(Objective.builder()
        .id(ObjectiveId.of("obj-1")).sphere(LifeSphere.HOUSING).addMeans(Means.of(AUNT)).build()).build();

    // when mobilisation is judged, then she is mobilised, unless dormant
    assertThat(network().addMember(aunt).project(project).build().isMobilised(aunt, ASOF)).isTrue();
    PrimaryMember dormant = aunt().dormant(true).build();
    assertThat(network().addMember(dormant).project(project).build().isMobilised(dormant, ASOF)).isFalse();
  }

  // ---- neighbours ------------------------------------------------------------------------------------

  @Test
  void neighboursCountOnceHoweverManyTiesJoinThem() {
    // given the person tied twice to her aunt, and once to a cousin, and a member tied to nobody
    MemberId cousin = MemberId.of("m-cousin");
    MemberId alone = MemberId.of("m-alone");
    Tie emotional = tie(LEA.id(), AUNT, SupportDirection.MUTUAL);
    Tie practical = Tie.builder().id(TieId.of("t-practical")).first(AUNT).second(LEA.id())
        .nature(TieNature.SUPPORT).putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST).build();
    Tie cousinTie = tie(LEA.id(), cousin, SupportDirection.FROM_FIRST);
    Network n = network()
        .addMembers(aunt().build(),
            PrimaryMember.builder().id(cousin).relation(Relation.COUSIN).horizon(Horizon.MIDDLE)
                .involvedFrom(CREATED).build(),
            PrimaryMember.builder().id(alone).relation(Relation.FRIEND).horizon(Horizon.MIDDLE)
                .involvedFrom(CREATED).build())
        .addTies(emotional, practical, cousinTie).build();

    // when neighbours are read
    // then the aunt appears once, in the order of the first ties, and the lone member has none
    assertThat(n.neighboursOf(LEA.id())).containsExactly(AUNT, cousin);
    assertThat(n.neighboursOf(AUNT)).containsExactly(LEA.id());
    assertThat(n.neighboursOf(alone)).isEmpty();
  }

  // ---- members, organisations, institutions ----------------------------------------------------------

  @Test
  void currentMembersAreThoseInvolvedOnTheDate() {
    // given an aunt involved from creation and a professional who left in March
    Professional educator = Professional.builder().id(MemberId.of("pro-1")).sector(Sector.CHILD_PROTECTION)
        .horizon(Horizon.MIDDLE).addInvolvement(Period.of(CREATED, LocalDate.of(2026, 3, 1))).build();
    Network n = network().addMembers(aunt().build(), educator).build();

    // when current members are read, then the professional counts only until March
    assertThat(n.currentMembers(ASOF)).extracting(m -> m.id()).containsExactly(AUNT);
    assertThat(n.currentMembers(LocalDate.of(2026, 2, 1))).hasSize(2);
    assertThat(n.currentMembers(CREATED.minusDays(1))).isEmpty();
    assertThat(n.hasIndividual(LEA.id())).isTrue();
    assertThat(n.hasIndividual(MemberId.of("pro-1"))).isTrue();
    assertThat(n.member(LEA.id())).isEmpty();
    assertThat(n.professionals()).containsExactly(educator);
    assertThat(n.primaryMembers()).hasSize(1);
    assertThat(n.participants()).isEmpty();
  }

  @Test
  void theInstitutionIsTheParentBodyWhenRecordedElseTheOrganisation() {
    // given two services of one département, a practice, and a professional in each and one in none
    Organisation ase = Organisation.builder().id(OrganisationId.of("o-ase")).kind(OrganisationKind.SERVICE)
        .sector(Sector.CHILD_PROTECTION).parent(OrganisationId.of("o-dept")).build();
    Organisation pmi = Organisation.builder().id(OrganisationId.of("o-pmi")).kind(OrganisationKind.SERVICE)
        .sector(Sector.HEALTH).parent(OrganisationId.of("o-dept")).build();
    Organisation practice = Organisation.builder().id(OrganisationId.of("o-cab")).kind(OrganisationKind.PRIVATE_PRACTICE)
        .sector(Sector.HEALTH).build();
    Professional a = professional("pro-a", "o-ase");
    Professional b = professional("pro-b", "o-pmi");
    Professional c = professional("pro-c", "o-cab");
    Professional loose = Professional.builder().id(MemberId.of("pro-d")).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .involvedFrom(CREATED).build();
    Network n = network().addOrganisations(ase, pmi, practice).addMembers(a, b, c, loose).build();

    // when institutions are read, then both services are the département, and the practice is itself
    assertThat(n.institutionOf(a)).contains(OrganisationId.of("o-dept"));
    assertThat(n.institutionOf(b)).isEqualTo(n.institutionOf(a));
    assertThat(n.institutionOf(c)).contains(OrganisationId.of("o-cab"));
    assertThat(n.institutionOf(loose)).isEmpty();
  }

  @Test
  void aNetworkWithoutFocalPersonIsNotPersonCentred() {
    // given an inter-service network with a theme and a territory
    Network n = Network.builder().id(NetworkId.of("n-theme")).created(CREATED).theme("maltraitance")
        .territory("Lille").addForm(NetworkForm.INTER_INSTITUTIONAL).build();

    // when read, then it has no person, and defaults hold
    assertThat(n.isPersonCentred()).isFalse();
    assertThat(n.formality()).isEqualTo(Formality.INFORMAL);
    assertThat(n.governance()).isEqualTo(Governance.none());
    assertThat(n.graph().individuals()).isEmpty();
    assertThat(network().build().isPersonCentred()).isTrue();
  }

  @Test
  void aBlankStrategyStatementIsRejected() {
    // given a blank statement
    // when a strategy is made, then it fails naming the field
    assertThatThrownBy(() -> ConcertedStrategy.of(StrategyKind.ADVOCACY, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ConcertedStrategy.statement");
  }

  @Test
  void theFocalPersonsIdCannotBeAMembersId() {
    // given a member who reuses Léa's id
    PrimaryMember impostor = PrimaryMember.builder().id(LEA.id()).relation(Relation.SIBLING).horizon(Horizon.CLOSE)
        .involvedFrom(CREATED).build();

    // when the network is built, then it fails naming the members and the id
    assertThatThrownBy(() -> network().addMember(impostor).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.members")
        .hasMessageContaining("'u-lea'");
  }

  @Test
  void aNetworkWithoutIdOrCreationDateIsRejected() {
    // given builders missing the id or the creation day

    // when built, then each fails with the model's exception naming the type and the missing attribute
    assertThatThrownBy(() -> Network.builder().created(CREATED).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("Network.id");
    assertThatThrownBy(() -> Network.builder().id(NetworkId.of("n-1")).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("Network.created");
    assertThatThrownBy(() -> StatusChange.of(null, NetworkStatus.ACTIVE)).isInstanceOf(NullPointerException.class);
  }

  private static Professional professional(String id, String organisation) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .organisation(OrganisationId.of(organisation)).involvedFrom(CREATED).build();
  }
}
