package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.InvalidModelException;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.member.Competence;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.BasisKind;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Evaluation;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.network.StrategyKind;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Convention;
import org.maillage.partnership.Origin;
import org.maillage.partnership.Partnership;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.MeasureKind;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RecordedView;
import org.maillage.person.RepresentationKind;
import org.maillage.person.Stance;
import org.maillage.person.Strength;
import org.maillage.person.StrengthKind;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.QualityLevel;
import org.maillage.referent.ReferentDesignation;
import org.maillage.referent.ReferentQuality;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.fr.FrenchLaw;
import org.maillage.testing.ModelTypes;
import org.maillage.testing.PrivacyMarkers;

/**
 * Every text the model classifies as personal or free text ({@link org.maillage.Disclosure}) stays out of
 * every channel Maillage writes to: {@code toString()} of every value, the exceptions its data can provoke,
 * validation findings (arguments, French, English and Dutch renderings), sharing decisions (legal basis, reasons,
 * explanations in every language) and the log at TRACE. A hand-built network reaching every model type gets a
 * marker in every such field ({@link PrivacyMarkers}).
 */
class ModelPrivacyTest {
  private static final LocalDate DAY = Scenario.DAY;
  private static final MemberId AUNT = MemberId.of("m-aunt");
  private static final MemberId VOLUNTEER = MemberId.of("v-1");
  private static final MemberId GUARDIAN = MemberId.of("r-guardian");

  private final FrenchSharingPolicy policy = FrenchSharingPolicy.instance();
  private ListAppender<ILoggingEvent> log;

  @BeforeEach
  void captureLogs() {
    log = Channels.captureLog();
  }

  @AfterEach
  void releaseLogs() {
    Channels.release(log);
  }

  @Test
  void everyPersonalAndFreeTextFieldOfTheModelGetsAMarker() {
    // given the hand-built network
    // when it is marked
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(handBuilt());

    // then every attribute the model withholds received a marker, so the tests below look for all of them
    assertThat(marked.filled()).containsAll(ModelTypes.withheld());
    assertThat(marked.markers()).hasSizeGreaterThanOrEqualTo(ModelTypes.withheld().size());
  }

  @Test
  void noValueOfTheNetworkPrintsAMarker() {
    // given the marked network
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(handBuilt());

    // when every value reachable from it is printed
    Channels printed = new Channels().values(marked.network());

    // then none shows a marker
    assertThat(printed.written()).hasSizeGreaterThan(40);
    printed.assertNoMarkerOf(marked);
  }

  @Test
  void validationFindingsAndTheirRenderingsHoldNoMarker() {
    // given the marked network
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(handBuilt());
    Validator validator = Validator.standard();

    // when it is validated, on the day of its flows and a year later
    Channels written = new Channels();
    for (LocalDate date : List.of(DAY, DAY.plusYears(1))) {
      written.validation(validator, marked.network(), date);
    }
    written.log(log);

    // then no finding, argument, rendering or log line holds a marker
    assertThat(written.written()).extracting(Channels.Written::channel).contains("finding", "log");
    written.assertNoMarkerOf(marked);
  }

  @Test
  void sharingDecisionsAndExplanationsHoldNoMarker() {
    // given the marked network, whose flows include reports to the judge of a measure of kind OTHER
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(handBuilt());

    // when every flow is decided and explained
    Channels written = new Channels().sharing(policy, marked.network()).log(log);

    // then neither the decisions nor their grounds nor their explanations nor the log hold a marker
    assertThat(written.written()).extracting(Channels.Written::text)
        .contains(FrenchLaw.ORDERING_JUDGE_DECISION.label());
    assertThat(written.written()).extracting(Channels.Written::channel).contains("log");
    written.assertNoMarkerOf(marked);
  }

  @Test
  void exceptionsProvokedWithTheMarkedDataHoldNoMarker() {
    // given the marked network and its marked values
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(handBuilt());
    Network network = marked.network();
    Person person = network.focalPerson().orElseThrow();
    Professional educator = (Professional) network.member(Scenario.EDUC).orElseThrow();
    InformationFlow flow = network.flows().get(0);
    List<Throwable> thrown = new ArrayList<>();

    // when structural problems are provoked with that data: a member twice, a measure mandating a relative,
    // a representative twice, a flow to its own sender, a self-tie, an organisation its own parent, and a
    // decision on a flow from a stranger
    thrown.add(catching(() -> Network.builder().from(network).addMember(educator)
        .focalPerson(Person.builder().from(person).measures(List.of(JudicialMeasure.builder().from(person.measures().get(0)).mandated(List.of(AUNT)).build()))
            .build())
        .build()));
    thrown.add(catching(() -> Person.builder().from(person).addRepresentative(person.representatives().get(0))
        .build()));
    thrown.add(catching(() -> InformationFlow.builder().from(flow).addRecipient(flow.sender()).build()));
    thrown.add(catching(() -> Tie.builder().from(network.ties().get(0)).second(network.ties().get(0).first())
        .build()));
    thrown.add(catching(() -> Organisation.builder().from(network.organisations().get(0))
        .parent(network.organisations().get(0).id()).build()));
    thrown.add(catching(() -> policy.decide(network, InformationFlow.builder().from(flow)
        .sender(MemberId.of("pro-stranger")).build())));

    // then each is the model's exception (or the policy's), and no message or problem holds a marker
    assertThat(thrown).hasSize(6).allSatisfy(e -> assertThat(e).isInstanceOf(IllegalArgumentException.class));
    Channels written = new Channels();
    thrown.forEach(written::exception);
    written.assertNoMarkerOf(marked);
    assertThat(((InvalidModelException) thrown.get(0)).problems()).extracting(ModelProblem::path)
        .contains("Network.members[pro-educ]", "Network.focalPerson.measures[0].mandated");
  }

  private static Throwable catching(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  /**
   * A formal, person-centred network that reaches every model type: the person with needs, strengths, life
   * choices, a guardian, an agreement, a recorded view and a judicial measure of kind OTHER; professionals
   * with mandates, competences and a delegation, a relative and a volunteer; governance, strategy, meetings,
   * an evaluation, référents and an assessment, a project, a partnership; flows (two reports to the judge)
   * with their purposes.
   */
  private static Network handBuilt() {
    Scenario scenario = Scenario.report(ReportKind.REPORT_TO_JUDGE).measure(MeasureKind.OTHER, Scenario.EDUC)
        .flow(f -> f.sender(Scenario.EDUC).recipients(List.of(Scenario.JUDGE)))
        .editProfessional(Scenario.AS, p -> p.mandate(Mandate.of(MandateKind.ADMINISTRATIVE_DECISION, "AD-1"))
            .addCompetence(Competence.of("suivi budgétaire", LifeSphere.INCOME))
            .delegation(FormalDelegation.of("NS-2026-4", Scenario.CREATED)));
    Network base = scenario.addFlow(InformationFlow.builder().from(scenario.flow()).id(FlowId.of("f-2"))
            .recipients(List.of(Scenario.AS)).build())
        .addFlow(InformationFlow.builder().id(FlowId.of("f-3")).sender(Scenario.AS).addRecipient(Scenario.CESF)
            .about(Scenario.PERSON).date(DAY).mode(org.maillage.sharing.FlowMode.EXCHANGE)
            .purpose(Purpose.of(PurposeKind.SOCIAL_FOLLOW_UP, InformationCategory.SOCIAL_ASSESSMENT))
            .addCategory(InformationCategory.SOCIAL_ASSESSMENT).build())
        .network();
    Person person = Person.builder().from(base.focalPerson().orElseThrow())
        .addNeeds(Need.of(LifeSphere.HOUSING), Need.of(LifeSphere.SCHOOLING))
        .addStrength(Strength.of(StrengthKind.COMPETENCE, LifeSphere.SOCIAL_LIFE))
        .addRepresentative(LegalRepresentative.of(GUARDIAN, RepresentationKind.GUARDIANSHIP))
        .addAgreement(Agreement.of(GUARDIAN, Scenario.CREATED))
        .addView(RecordedView.of(Scenario.PERSON, Scenario.CREATED, Stance.FAVOURABLE))
        .build();
    return Network.builder().from(base)
        .focalPerson(person)
        .theme("protection de l'enfance").territory("Lyon 8e")
        .addForm(org.maillage.network.NetworkForm.NETWORK_INTERVENTION)
        .formality(Formality.FORMAL)
        .basis(NetworkBasis.of(BasisKind.COURT_ORDER, "TE-1"))
        .governance(Governance.builder().ethicsCharter(EthicsCharter.of(Scenario.CREATED, true)).build())
        .strategy(ConcertedStrategy.of(StrategyKind.ADVOCACY, "strategy"))
        .organisations(List.of(Organisation.builder().from(base.organisations().get(0)).territory("Lyon").build()))
        .addAllOrganisations(base.organisations().subList(1, base.organisations().size()))
        .addOrganisations(Organisation.builder().id(OrganisationId.of("o-other")).kind(OrganisationKind.ASSOCIATION)
            .sector(Sector.COMMUNITY).parent(Scenario.CCAS).build())
        .addMember(PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(Scenario.CREATED).build())
        .addMember(Participant.builder().id(VOLUNTEER).role(ParticipantRole.VOLUNTEER).horizon(Horizon.DISTANT)
            .involvedFrom(Scenario.CREATED).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(AUNT).second(Scenario.PERSON).nature(TieNature.AFFECTIVE)
            .build())
        .addMeeting(Meeting.builder().id(MeetingId.of("mt-1")).date(Scenario.BEFORE).addParticipant(Scenario.AS)
            .facilitator(Scenario.AS).build())
        .addEvaluation(Evaluation.of(Scenario.BEFORE))
        .addReferent(ReferentDesignation.of(Scenario.AS, Period.from(Scenario.CREATED)))
        .addReferentAssessment(QualityAssessment.builder().referent(Scenario.AS).quality(ReferentQuality.PROXIMITY)
            .level(QualityLevel.HIGH).assessedBy(Scenario.CESF).date(Scenario.BEFORE).build())
        .project(PersonalisedProject.builder().addObjective(Objective.builder().id(ObjectiveId.of("obj-1"))
            .sphere(LifeSphere.HOUSING).addParticipation(Participation.CO_DEFINED)
            .addMeans(Means.of(AUNT)).build()).build())
        .partnership(Partnership.builder().addOrganisation(Scenario.CCAS).addMember(Scenario.AS)
            .charter(Charter.of(Scenario.CREATED)).convention(Convention.of("CONV-1", Scenario.CREATED))
            .origin(Origin.imposedBy("CASF L226-3")).build())
        .addJurisdictionFact(org.maillage.sharing.be.CaseConsultation.builder().code("CSIL-1")
            .purpose(org.maillage.sharing.be.ConsultationPurpose.INTEGRITY_PROTECTION)
            .authorisationReference("PR-1").authorisationDate(Scenario.BEFORE)
            .addParticipants(Scenario.AS, Scenario.CESF).build())
        .build();
  }
}
