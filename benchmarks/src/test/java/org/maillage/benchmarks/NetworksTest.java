package org.maillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Message;
import org.maillage.core.Validator;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Evaluation;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.person.Person;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class NetworksTest {
  private static final LocalDate AS_OF = Networks.AS_OF;

  @Test
  void theSixtyMemberNetworkHasTheAnnouncedShape() {
    // given
    Network network = Networks.personCentred(60);

    // when
    Person person = network.focalPerson().orElseThrow();

    // then
    assertThat(network.primaryMembers()).hasSize(35);
    assertThat(network.professionals()).hasSize(25);
    assertThat(network.organisations()).hasSize(12);
    assertThat(network.organisations()).filteredOn(o -> o.parent().isPresent()).isNotEmpty();
    assertThat(network.ties()).hasSize(150);
    assertThat(network.meetings()).hasSize(20);
    assertThat(network.flows()).hasSize(30);
    assertThat(network.flows()).extracting(InformationFlow::mode).contains(FlowMode.EXCHANGE, FlowMode.SHARING);
    assertThat(network.flows()).allSatisfy(f -> assertThat(f.purpose()).isPresent());
    assertThat(network.project().orElseThrow().objectives()).hasSize(10)
        .allSatisfy(o -> assertThat(o.means()).isNotEmpty())
        .allSatisfy(o -> assertThat(o.participation()).isNotEmpty());
    assertThat(person.needSpheres()).hasSize(3);
    assertThat(person.strengths()).isNotEmpty();
    assertThat(person.agreements()).anyMatch(a -> a.isInForceOn(AS_OF));
    assertThat(network.referents()).anyMatch(r -> r.isInForceOn(AS_OF));
    assertThat(network.governance().place()).isPresent();
    assertThat(network.governance().communicationTools()).isNotEmpty();
    assertThat(network.governance().facilitation()).isPresent();
    assertThat(network.governance().traces()).isPresent();
    assertThat(network.governance().ethicsCharter().orElseThrow().coversCommunication()).isTrue();
    assertThat(lastEvaluation(network)).isAfter(AS_OF.minusMonths(6));
    assertThat(network.professionals()).allSatisfy(p -> assertThat(p.delegation()).isPresent());
    assertThat(network.consents()).anyMatch(c -> c.isInForceOn(AS_OF));
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 60, 400})
  void everySizeKeepsTheProportions(int members) {
    // given
    Network network = Networks.personCentred(members);

    // when
    int professionals = network.professionals().size();

    // then
    assertThat(network.members()).hasSize(members);
    assertThat(network.primaryMembers()).hasSize((int) Math.round(members * 35 / 60.0));
    assertThat(professionals).isEqualTo(members - network.primaryMembers().size());
    assertThat(network.ties()).hasSize((int) Math.round(members * 2.5));
    assertThat(network.meetings()).hasSize(20);
    assertThat(network.flows()).hasSize(members / 2);
    assertThat(network.project().orElseThrow().objectives()).hasSize(10);
    assertThat(facilitators(network)).hasSizeGreaterThan(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 60, 400})
  void theSameSizeAlwaysGivesTheSameNetwork(int members) {
    // given
    Network first = Networks.personCentred(members);

    // when
    Network second = Networks.personCentred(members);

    // then
    assertThat(second).isEqualTo(first);
    assertThat(Networks.clean(members)).isEqualTo(Networks.clean(members));
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 60, 400})
  void theNetworkBuiltFromItsPartsEqualsTheNetwork(int members) {
    // given the parts of a network, as the build benchmark takes them
    Network network = Networks.personCentred(members);
    Networks.Parts parts = Networks.Parts.of(network);

    // when two new values are built from them
    Network built = parts.build();
    Network again = parts.build();

    // then each is a new value equal to the network, and validates as it does
    assertThat(built).isEqualTo(network).isNotSameAs(network);
    assertThat(again).isEqualTo(network).isNotSameAs(built);
    Validator validator = Validator.standard();
    ValidationSettings settings = ValidationSettings.asOf(AS_OF);
    assertThat(validator.validate(built, settings)).isEqualTo(validator.validate(network, settings));
  }

  @Test
  void tooSmallASizeIsRefused() {
    // given
    int members = Networks.MIN_MEMBERS - 1;

    // when
    Throwable personCentred = catchThrowable(() -> Networks.personCentred(members));
    Throwable clean = catchThrowable(() -> Networks.clean(members));

    // then
    assertThat(personCentred).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least " + Networks.MIN_MEMBERS);
    assertThat(clean).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 60, 400})
  void theCleanNetworkMeetsTheConditionsOfTheCatalogue(int members) {
    // given
    Network network = Networks.clean(members);
    List<Professional> professionals = network.professionalsOn(AS_OF);
    MemberId person = network.focalPerson().orElseThrow().id();

    // when
    ReferentDesignation referent = network.referents().stream().filter(r -> r.isInForceOn(AS_OF)).findFirst()
        .orElseThrow();

    // then: the person (consent, strengths, needs) and the primary network
    Person focal = network.focalPerson().orElseThrow();
    assertThat(focal.agreements()).anyMatch(a -> a.by().equals(person) && a.isInForceOn(AS_OF));
    assertThat(focal.representatives()).isEmpty();
    assertThat(focal.strengths()).isNotEmpty();
    assertThat(focal.needSpheres()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(professionals).hasSizeBetween(3, 8);
    assertThat(professionals.size()).isLessThanOrEqualTo(3 * network.mobilisedPrimaryMembers(AS_OF).size());
    // the project and the secondary network
    assertThat(network.project().orElseThrow().evaluationStrategy()).isPresent();
    assertThat(network.project().orElseThrow().objectives()).isNotEmpty()
        .allSatisfy(o -> assertThat(o.means()).isNotEmpty())
        .allSatisfy(o -> assertThat(o.participation()).isNotEmpty());
    assertThat(professionals).allSatisfy(p -> {
      assertThat(p.competences()).isNotEmpty();
      assertThat(p.organisation()).isPresent();
      assertThat(p.delegation()).isPresent();
    });
    // governance and risks
    assertThat(network.governance().ethicsCharter().orElseThrow().coversCommunication()).isTrue();
    assertThat(lastEvaluation(network)).isAfter(AS_OF.minusMonths(6));
    assertThat(longestFacilitationRun(network)).isLessThanOrEqualTo(3);
    Map<OrganisationId, Integer> byInstitution = new HashMap<>();
    professionals.forEach(p -> byInstitution.merge(network.institutionOf(p).orElseThrow(), 1, Integer::sum));
    assertThat(byInstitution).hasSizeGreaterThanOrEqualTo(2);
    assertThat(byInstitution.values()).allSatisfy(n -> assertThat(2 * n).isLessThanOrEqualTo(professionals.size()));
    assertThat(lastSixFacilitatingInstitutions(network)).hasSizeGreaterThan(1);
    assertThat(network.members()).anyMatch(m -> m.involvements().stream()
        .anyMatch(p -> !p.start().isBefore(AS_OF.minusMonths(12)) && !p.start().isAfter(AS_OF)));
    for (Member m : network.currentMembers(AS_OF)) {
      if (!network.supportReceivedBy(m.id(), AS_OF).isEmpty()) {
        assertThat(network.supportGivenBy(m.id(), AS_OF)).as("support given by %s", m.id()).isNotEmpty();
      }
    }
    // the référent
    List<Tie> referentTies = network.tiesOf(referent.professional());
    assertThat(referentTies).anyMatch(t -> t.involves(person));
    long tiedMembers = referentTies.stream().map(t -> t.other(referent.professional()))
        .filter(id -> !id.equals(person)).distinct().count();
    assertThat(2 * tiedMembers).isGreaterThanOrEqualTo(network.members().size() - 1);
    assertThat(referent.period().isOpen()).isTrue();
    assertThat(network.member(referent.professional()).orElseThrow().involvements().get(0).isOpen()).isTrue();
    // the flows
    assertThat(network.flows()).isNotEmpty().allSatisfy(f -> assertFlowIsAllowed(network, f));
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 60, 400})
  void theStandardCatalogueFindsNothingInTheCleanNetwork(int members) {
    // given
    Network network = Networks.clean(members);

    // when
    ValidationReport report = Validator.standard().validate(network, ValidationSettings.asOf(AS_OF));

    // then
    assertThat(report.findings()).as("findings by rule: %s", report.countsByRule()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 12, 1000})
  void theReferentsNetworkGrowsByItsReferentsOnly(int referents) {
    // given
    Network network = Networks.referents(referents);

    // when
    long inForce = network.referents().stream().filter(r -> r.isInForceOn(AS_OF)).map(ReferentDesignation::professional)
        .distinct().count();

    // then
    assertThat(network.professionalsOn(AS_OF)).hasSize(referents);
    assertThat(inForce).isEqualTo(referents);
    assertThat(network.primaryMembers()).hasSize(Networks.REFERENTS_PRIMARY_MEMBERS);
    assertThat(network.ties()).hasSize(referents + Networks.REFERENTS_PRIMARY_MEMBERS);
    assertThat(network.meetings()).hasSize(Networks.MEETINGS);
    assertThat(network.flows()).isEmpty();
    assertThat(Networks.referents(referents)).isEqualTo(network);
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 16000})
  void everyReferentIsJudgedOnceByTheReferentRules(int referents) {
    // given
    Network network = Networks.referents(referents);

    // when
    ValidationReport report = Validator.standard().validate(network, ValidationSettings.asOf(AS_OF));

    // then: each référent is tied to the person only, so REFERENT-CENTRAL names each of them once; every
    // designation and involvement is open, so REFERENT-PERMANENT names none; no rule failed
    Map<String, Long> byRule = new HashMap<>();
    report.findings().forEach(f -> byRule.merge(f.ruleId().value(), 1L, Long::sum));
    assertThat(byRule).containsEntry("REFERENT-CENTRAL", (long) referents)
        .doesNotContainKeys("REFERENT-PERMANENT", "REFERENT-DESIGNATED");
    assertThat(report.findings()).extracting(f -> f.messageKey()).doesNotContain(Validator.RULE_FAILED);
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().equals("REFERENT-CENTRAL"))
        .extracting(f -> f.subject().toString()).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 12, 2000})
  void theFlowsNetworkGrowsByItsFlowsEachWithAnObjectionAndAConsent(int flows) {
    // given
    Network network = Networks.flows(flows);
    Network referents = Networks.referents(Networks.FLOW_PROFESSIONALS);

    // when
    FrenchSharingPolicy policy = FrenchSharingPolicy.instance();
    SharingRecord record = SharingRecord.of(network);

    // then: only the flows, objections and consents grow, one each by the person; no objection blocks a flow,
    // so every one is read, and each flow is allowed on a consent in force
    assertThat(network.flows()).hasSize(flows);
    assertThat(network.objections()).hasSize(flows).allSatisfy(o -> assertThat(o.by()).isEqualTo(Networks.PERSON));
    assertThat(network.consents()).hasSize(flows).allSatisfy(c -> assertThat(c.by()).isEqualTo(Networks.PERSON));
    assertThat(network.members()).isEqualTo(referents.members());
    assertThat(network.ties()).isEqualTo(referents.ties());
    for (InformationFlow flow : network.flows()) {
      assertThat(network.objections()).noneMatch(o -> o.blocks(flow, network));
      SharingDecision decision = policy.decide(record, flow);
      assertThat(decision.outcome()).as("flow %s", flow.id()).isEqualTo(SharingOutcome.ALLOW);
      assertThat(decision.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
      assertThat(decision.reasons()).extracting(Message::key).contains("general.step7.consent");
    }
    assertThat(Networks.flows(flows)).isEqualTo(network);
  }

  private static void assertFlowIsAllowed(Network network, InformationFlow flow) {
    Professional sender = professional(network, flow.sender());
    assertThat(sender.isCurrentOn(flow.date())).isTrue();
    assertThat(Networks.category(sender).isOnClosedList()).isTrue();
    assertThat(flow.purpose()).isPresent();
    assertThat(flow.purpose().orElseThrow().needs()).containsAll(flow.categories());
    assertThat(sender.missionCategories().orElseThrow()).containsAll(flow.categories());
    for (MemberId to : flow.recipients()) {
      Professional recipient = professional(network, to);
      assertThat(recipient.isBoundBySecrecy()).isTrue();
      assertThat(recipient.isCurrentOn(flow.date())).isTrue();
      assertThat(Networks.category(recipient).isOnClosedList()).isTrue();
      assertThat(recipient.missionCategories().orElseThrow()).containsAll(flow.categories());
    }
    List<InformingSubject> told = new ArrayList<>();
    for (Informing i : network.informings()) {
      if (i.informed().equals(flow.about()) && i.covers(flow)) {
        told.addAll(i.subjects());
      }
    }
    assertThat(told).contains(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RECIPIENTS,
        InformingSubject.RIGHT_TO_OBJECT);
    assertThat(network.objections()).isEmpty();
    if (flow.mode() == FlowMode.SHARING) {
      Optional<Consent> consent = network.consents().stream()
          .filter(c -> c.by().equals(flow.about()) && c.isInForceOn(flow.date())).findFirst();
      assertThat(consent).isPresent();
      assertThat(consent.get().informationCategories()).containsAll(flow.categories());
      for (MemberId to : flow.recipients()) {
        assertThat(consent.get().professionalCategories()).contains(Networks.category(professional(network, to)));
      }
      assertThat(network.informings()).anyMatch(i -> i.subjects().contains(InformingSubject.CONSENT_TERMS)
          && !i.date().isAfter(consent.get().given()));
    }
  }

  private static Professional professional(Network network, MemberId id) {
    return (Professional) network.member(id).orElseThrow();
  }

  private static LocalDate lastEvaluation(Network network) {
    return network.evaluations().stream().map(Evaluation::date).max(LocalDate::compareTo).orElseThrow();
  }

  private static List<MemberId> facilitators(Network network) {
    return network.meetings().stream().flatMap(m -> m.facilitator().stream()).distinct().toList();
  }

  private static int longestFacilitationRun(Network network) {
    List<Meeting> meetings = network.meetings().stream().filter(m -> !m.date().isAfter(AS_OF))
        .sorted((a, b) -> a.date().compareTo(b.date())).toList();
    int longest = 0;
    int run = 0;
    Optional<MemberId> previous = Optional.empty();
    for (Meeting m : meetings) {
      run = m.facilitator().isPresent() && m.facilitator().equals(previous) ? run + 1 : 1;
      previous = m.facilitator();
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private static List<OrganisationId> lastSixFacilitatingInstitutions(Network network) {
    List<Meeting> meetings = network.meetings().stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    return meetings.subList(meetings.size() - 6, meetings.size()).stream()
        .map(m -> network.institutionOf(professional(network, m.facilitator().orElseThrow())).orElseThrow())
        .distinct().toList();
  }
}
