package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.QuotedInput;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.partnership.Partnership;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.MeasureKind;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.QualityLevel;
import org.maillage.referent.ReferentDesignation;
import org.maillage.referent.ReferentQuality;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Objection;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/**
 * Each structural invariant of {@link Network}, broken in an otherwise valid generated network: building
 * throws {@link IllegalArgumentException} naming the field and quoting the offending id.
 */
class NetworkInvariantsProperties {
  private static final int TRIES = 15;
  private static final LocalDate DAY = NetworkGenerators.REFERENCE_DATE;

  // ---- members and organisations --------------------------------------------------------------------

  @Property(tries = TRIES)
  void aMemberIdUsedTwiceIsRejected(@ForAll("withIndividual") Network network) {
    // given a valid network and a new member reusing the id of one of its individuals
    List<MemberId> individuals = individuals(network);
    MemberId reused = individuals.get(individuals.size() - 1);

    // when the member is added, then building fails naming the members and the id
    assertThatThrownBy(() -> Network.builder().from(network).addMember(primary(reused)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.members")
        .hasMessageContaining("'" + reused + "'")
        .hasMessageContaining(network.id().value());
  }

  @Property(tries = TRIES)
  void aProfessionalInAnUnlistedOrganisationIsRejected(@ForAll("networks") Network network,
      @ForAll("ghostOrganisations") OrganisationId unlisted) {
    // given a valid network and a professional of an organisation it does not list
    Professional professional = Professional.builder().id(MemberId.of("pro-new")).sector(Sector.SOCIAL)
        .horizon(Horizon.MIDDLE).organisation(unlisted).involvedFrom(DAY).build();

    // when the professional is added, then building fails naming the field and the organisation
    assertThatThrownBy(() -> Network.builder().from(network).addMember(professional).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.members[pro-new].organisation")
        .hasMessageContaining("'" + unlisted + "'");
  }

  @Property(tries = TRIES)
  void anOrganisationListedTwiceIsRejected(@ForAll("withOrganisations") Network network) {
    // given a valid network with organisations
    var twice = network.organisations().get(0);

    // when one is listed again, then building fails naming the organisations and the id
    assertThatThrownBy(() -> Network.builder().from(network).addOrganisation(twice).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.organisations")
        .hasMessageContaining("'" + twice.id() + "'");
  }

  // ---- ties -----------------------------------------------------------------------------------------

  @Property(tries = TRIES)
  void aTieToAnUnknownIndividualIsRejected(@ForAll("withIndividual") Network network, @ForAll("ghosts") MemberId ghost,
      @ForAll boolean ghostFirst) {
    // given a valid network and a tie between one of its individuals and an unknown id
    List<MemberId> individuals = individuals(network);
    MemberId known = individuals.get(0);
    Tie tie = Tie.builder().id(TieId.of("t-ghost")).first(ghostFirst ? ghost : known)
        .second(ghostFirst ? known : ghost).nature(TieNature.AFFECTIVE).build();

    // when the tie is added, then building fails naming the tie's end and quoting the id
    assertThatThrownBy(() -> Network.builder().from(network).addTie(tie).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ties[t-ghost]." + (ghostFirst ? "first" : "second"))
        .hasMessageContaining("'" + ghost + "'");
  }

  @Property(tries = TRIES)
  void aTieIdUsedTwiceIsRejected(@ForAll("withTies") Network network) {
    // given a valid network with ties
    Tie tie = network.ties().get(0);
    Tie reversed = Tie.builder().from(tie).first(tie.second()).second(tie.first()).build();

    // when a tie with the same id is added, then building fails naming the ties and the id
    assertThatThrownBy(() -> Network.builder().from(network).addTie(reversed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.ties")
        .hasMessageContaining("'" + tie.id() + "'");
  }

  @Property(tries = TRIES)
  void aSelfTieIsRejected(@ForAll("memberIds") MemberId member, @ForAll("tieIds") TieId id) {
    // given one individual at both ends

    // when the tie is built, then it fails naming the tie and the individual
    assertThatThrownBy(() -> Tie.builder().id(id).first(member).second(member).nature(TieNature.SUPPORT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Tie.second")
        .hasMessageContaining("'" + id + "'")
        .hasMessageContaining("'" + member + "'");
  }

  // ---- meetings -------------------------------------------------------------------------------------

  @Property(tries = TRIES)
  void aMeetingWithAnUnknownParticipantOrFacilitatorIsRejected(@ForAll("networks") Network network,
      @ForAll("ghosts") MemberId ghost, @ForAll boolean asFacilitator) {
    // given a valid network and a meeting naming an unknown individual
    Meeting.Builder meeting = Meeting.builder().id(MeetingId.of("mt-ghost")).date(DAY);
    if (asFacilitator) {
      meeting.facilitator(ghost);
    } else {
      meeting.addParticipant(ghost);
    }
    Meeting corrupt = meeting.build();

    // when the meeting is added, then building fails naming the field and the id
    assertThatThrownBy(() -> Network.builder().from(network).addMeeting(corrupt).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meetings[mt-ghost]." + (asFacilitator ? "facilitator" : "participants"))
        .hasMessageContaining("'" + ghost + "'");
  }

  @Property(tries = TRIES)
  void aMeetingIdUsedTwiceIsRejected(@ForAll("withMeetings") Network network) {
    // given a valid network with meetings
    Meeting meeting = network.meetings().get(0);

    // when another meeting with its id is added, then building fails naming the meetings and the id
    Meeting again = Meeting.builder().from(meeting).date(meeting.date().plusDays(1)).build();
    assertThatThrownBy(() -> Network.builder().from(network).addMeeting(again).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.meetings")
        .hasMessageContaining("'" + meeting.id() + "'");
  }

  // ---- status history -------------------------------------------------------------------------------

  @Property(tries = TRIES)
  void aStatusChangeBeforeCreationOrOutOfOrderIsRejected(@ForAll("networks") Network network,
      @ForAll("daysBefore") int daysBefore) {
    // given a valid network and a change dated before its creation or its last change
    LocalDate last = network.statusHistory().isEmpty()
        ? network.created()
        : network.statusHistory().get(network.statusHistory().size() - 1).date();
    LocalDate early = last.minusDays(daysBefore);

    // when the change is appended, then building fails naming the history and the date
    assertThatThrownBy(() -> Network.builder().from(network)
            .addStatusHistory(StatusChange.of(early, NetworkStatus.SUSPENDED)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.statusHistory")
        .hasMessageContaining(early.toString());
  }

  // ---- référents ------------------------------------------------------------------------------------

  @Property(tries = TRIES)
  void aDesignationOrAssessmentOfANonProfessionalIsRejected(@ForAll("networks") Network network,
      @ForAll("ghosts") MemberId ghost, @ForAll boolean assessment) {
    // given a valid network and an individual who is not one of its professionals
    List<MemberId> candidates = new ArrayList<>();
    candidates.add(ghost);
    network.focalPerson().ifPresent(p -> candidates.add(p.id()));
    network.members().stream().filter(m -> !(m instanceof Professional)).map(Member::id).forEach(candidates::add);
    MemberId notProfessional = candidates.get(candidates.size() - 1);
    Network.Builder builder = Network.builder().from(network);
    if (assessment) {
      builder.addReferentAssessment(QualityAssessment.builder().referent(notProfessional)
          .quality(ReferentQuality.PROXIMITY).level(QualityLevel.HIGH).assessedBy(notProfessional).date(DAY).build());
    } else {
      builder.addReferent(ReferentDesignation.of(notProfessional, Period.from(DAY)));
    }

    // when it is designated or assessed as référent, then building fails naming the field and the id
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(assessment ? "Network.referentAssessments.referent" : "Network.referents")
        .hasMessageContaining("'" + notProfessional + "'")
        .hasMessageContaining("not a professional");
  }

  @Property(tries = TRIES)
  void aMeasureMandatingANonProfessionalIsRejected(@ForAll("personCentred") Network network,
      @ForAll("ghosts") MemberId ghost) {
    // given a person-centred network and a judicial measure mandating someone who is not a professional
    Person person = network.focalPerson().orElseThrow();
    JudicialMeasure measure = JudicialMeasure.builder().reference("TE-1-personal-reference").kind(MeasureKind.PLACEMENT)
        .period(Period.from(DAY)).addMandated(ghost).build();
    Person corrupt = Person.builder().from(person).addMeasure(measure).build();

    // when the person is replaced, then building fails naming the measure by its position (its reference is
    // personal) and the id
    assertThatThrownBy(() -> Network.builder().from(network).focalPerson(corrupt).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("focalPerson.measures[" + person.measures().size() + "].mandated")
        .hasMessageNotContaining("TE-1-personal-reference")
        .hasMessageContaining(QuotedInput.quote(ghost));
  }

  // ---- project and partnership ----------------------------------------------------------------------

  @Property(tries = TRIES)
  void aMeansHeldByAnUnknownIndividualIsRejected(@ForAll("networks") Network network,
      @ForAll("ghosts") MemberId ghost) {
    // given a valid network and an objective whose means an unknown id holds
    PersonalisedProject project = PersonalisedProject.builder()
        .from(network.project().orElse(PersonalisedProject.builder().build()))
        .addObjective(Objective.builder().id(ObjectiveId.of("obj-ghost"))
            .sphere(org.maillage.person.LifeSphere.HOUSING).addMeans(Means.of(ghost)).build())
        .build();

    // when the project is set, then building fails naming the means and the id
    assertThatThrownBy(() -> Network.builder().from(network).project(project).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project.objectives[obj-ghost].means.holder")
        .hasMessageContaining("'" + ghost + "'");
  }

  @Property(tries = TRIES)
  void anObjectiveIdUsedTwiceIsRejected(@ForAll("networks") Network network) {
    // given a valid network and a project listing one objective twice
    Objective objective = Objective.builder().id(ObjectiveId.of("obj-twice"))
        .sphere(org.maillage.person.LifeSphere.INCOME).build();
    PersonalisedProject project = PersonalisedProject.builder().addObjectives(objective, objective).build();

    // when the project is set, then building fails naming the objectives and the id
    assertThatThrownBy(() -> Network.builder().from(network).project(project).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.project.objectives")
        .hasMessageContaining("'obj-twice'");
  }

  @Property(tries = TRIES)
  void aPartnershipPartyOutsideTheNetworkIsRejected(@ForAll("networks") Network network,
      @ForAll("ghosts") MemberId ghost, @ForAll("ghostOrganisations") OrganisationId unlisted,
      @ForAll boolean organisation) {
    // given a valid network and a partnership naming an unknown member or an unlisted organisation
    Partnership partnership = organisation
        ? Partnership.builder().addOrganisation(unlisted).build()
        : Partnership.builder().addMember(ghost).build();

    // when the partnership is set, then building fails naming the field and the id
    assertThatThrownBy(() -> Network.builder().from(network).partnership(partnership).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(organisation ? "Network.partnership.organisations" : "Network.partnership.members")
        .hasMessageContaining("'" + (organisation ? unlisted.toString() : ghost.toString()) + "'");
  }

  // ---- flows and what the person said ---------------------------------------------------------------

  @Property(tries = TRIES)
  void aFlowFromOrToAnUnknownIndividualIsRejected(@ForAll("withIndividual") Network network,
      @ForAll("ghosts") MemberId ghost, @ForAll boolean unknownSender) {
    // given a valid network with an individual, and a flow whose sender or recipient is unknown
    List<MemberId> individuals = individuals(network);
    MemberId known = individuals.get(0);
    InformationFlow corrupt = InformationFlow.builder().id(FlowId.of("f-ghost")).date(DAY)
        .mode(FlowMode.EXCHANGE).addCategory(InformationCategory.HEALTH).about(known)
        .sender(unknownSender ? ghost : known).addRecipient(unknownSender ? known : ghost).build();

    // when it is added, then building fails naming the flow's field and quoting the id
    assertThatThrownBy(() -> Network.builder().from(network).addFlow(corrupt).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flows[f-ghost]." + (unknownSender ? "sender" : "recipients"))
        .hasMessageContaining("'" + ghost + "'");
  }

  @Property(tries = TRIES)
  void aFlowAboutAnUnknownIndividualIsRejected(@ForAll("withTwoIndividuals") Network network,
      @ForAll("ghosts") MemberId ghost) {
    // given a valid network with two individuals, and a flow between them about an unknown id
    List<MemberId> individuals = individuals(network);
    InformationFlow corrupt = InformationFlow.builder().id(FlowId.of("f-ghost")).date(DAY)
        .mode(FlowMode.SHARING).sender(individuals.get(0)).addRecipient(individuals.get(1)).about(ghost).build();

    // when it is added, then building fails naming the subject and quoting the id
    assertThatThrownBy(() -> Network.builder().from(network).addFlow(corrupt).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flows[f-ghost].about")
        .hasMessageContaining("'" + ghost + "'");
  }

  @Property(tries = TRIES)
  void aFlowIdUsedTwiceIsRejected(@ForAll("withFlows") Network network) {
    // given a valid network with flows
    InformationFlow flow = network.flows().get(0);
    InformationFlow again = InformationFlow.builder().from(flow).date(flow.date().plusDays(1)).build();

    // when a flow with its id is added, then building fails naming the flows and the id
    assertThatThrownBy(() -> Network.builder().from(network).addFlow(again).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.flows")
        .hasMessageContaining("'" + flow.id() + "'");
  }

  @Property(tries = TRIES)
  void whatThePersonSaidMustComeFromTheNetwork(@ForAll("withIndividual") Network network,
      @ForAll("ghosts") MemberId ghost, @ForAll("speechFields") String field) {
    // given a valid network and an informing, objection, consent or trigger naming an unknown id
    Network.Builder builder = Network.builder().from(network);
    String expectedField;
    switch (field) {
      case "informed" -> {
        builder.addInforming(Informing.builder().informed(ghost).date(DAY)
            .addSubject(InformingSubject.RIGHT_TO_OBJECT).build());
        expectedField = "Network.informings.informed";
      }
      case "by" -> {
        List<MemberId> individuals = individuals(network);
        builder.addInforming(Informing.builder().informed(individuals.get(0)).by(ghost).date(DAY)
            .addSubject(InformingSubject.RECIPIENTS).build());
        expectedField = "Network.informings.by";
      }
      case "objection" -> {
        builder.addObjection(Objection.builder().by(ghost).date(DAY).build());
        expectedField = "Network.objections.by";
      }
      case "consent" -> {
        builder.addConsent(Consent.builder().by(ghost).given(DAY).addInformationCategory(InformationCategory.HEALTH)
            .addProfessionalCategory(RegulatoryCategory.HEALTH_PROFESSIONAL).build());
        expectedField = "Network.consents.by";
      }
      default -> {
        builder.addJurisdictionFact(SocialActionTrigger.builder().recorded(DAY).coordinator(ghost).build());
        expectedField = "Network.jurisdictionFacts[" + network.jurisdictionFacts().size() + "].coordinator";
      }
    }

    // when the network is built, then it fails naming the field and quoting the id
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(expectedField)
        .hasMessageContaining("'" + ghost + "'");
  }

  @Property(tries = TRIES)
  void anInformingAboutAnUnknownFlowIsRejected(@ForAll("withIndividual") Network network) {
    // given a valid network with an individual, and an informing about a flow it does not record
    List<MemberId> individuals = individuals(network);
    Informing informing = Informing.builder().informed(individuals.get(0)).date(DAY)
        .addSubject(InformingSubject.NATURE_OF_INFORMATION).flow(FlowId.of("f-unrecorded")).build();

    // when it is added, then building fails naming the field and the flow
    assertThatThrownBy(() -> Network.builder().from(network).addInforming(informing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Network.informings.flow")
        .hasMessageContaining("'f-unrecorded'");
  }

  // ---- helpers and generators -----------------------------------------------------------------------

  private static List<MemberId> individuals(Network network) {
    List<MemberId> ids = new ArrayList<>();
    network.focalPerson().ifPresent(p -> ids.add(p.id()));
    network.members().forEach(m -> ids.add(m.id()));
    return ids;
  }

  private static PrimaryMember primary(MemberId id) {
    return PrimaryMember.builder().id(id).relation(Relation.COUSIN).horizon(Horizon.DISTANT).involvedFrom(DAY)
        .build();
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  // networks that have what a property corrupts, filtered rather than assumed, so that every try checks
  // something: the conditions hold for most networks, so the filters draw again rarely

  Gen<Network> withIndividual() {
    return NetworkGenerators.networks().filter(n -> !individuals(n).isEmpty());
  }

  Gen<Network> withTwoIndividuals() {
    return NetworkGenerators.networks().filter(n -> individuals(n).size() >= 2);
  }

  Gen<Network> withOrganisations() {
    return NetworkGenerators.networks().filter(n -> !n.organisations().isEmpty());
  }

  Gen<Network> withTies() {
    return NetworkGenerators.networks().filter(n -> !n.ties().isEmpty());
  }

  Gen<Network> withMeetings() {
    return NetworkGenerators.networks().filter(n -> !n.meetings().isEmpty());
  }

  Gen<Network> withFlows() {
    return NetworkGenerators.networks().filter(n -> !n.flows().isEmpty());
  }

  Gen<Network> personCentred() {
    return NetworkGenerators.personCentredNetworks();
  }

  Gen<MemberId> ghosts() {
    return Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.of('-', '_', '.'))).ofMinSize(1).ofMaxSize(30)
        .map(s -> MemberId.of("ghost-" + s));
  }

  Gen<OrganisationId> ghostOrganisations() {
    return Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.chars('A', 'Z'), Gen.chars('0', '9')))
        .ofMinSize(1).ofMaxSize(30).map(s -> OrganisationId.of("o-ghost-" + s));
  }

  Gen<MemberId> memberIds() {
    return NetworkGenerators.memberIds();
  }

  Gen<TieId> tieIds() {
    return NetworkGenerators.tieIds();
  }

  Gen<Integer> daysBefore() {
    return Gen.integers(1, 2000);
  }

  Gen<String> speechFields() {
    return Gen.of("informed", "by", "objection", "consent", "trigger");
  }
}
