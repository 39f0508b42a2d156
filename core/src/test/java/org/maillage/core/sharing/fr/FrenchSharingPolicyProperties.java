package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.Authority;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FactAnswer;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharedRecord;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;
import org.maillage.testing.Weighted;

/**
 * Properties of the French decision on generated valid networks and flows: it never throws, it is
 * deterministic, and what §4 says holds under every regime.
 */
class FrenchSharingPolicyProperties {
  private static final FrenchSharingPolicy POLICY = FrenchSharingPolicy.instance();
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  private static final MemberId PERSON = MemberId.of("p-0");
  private static final List<MemberId> PROFESSIONALS =
      List.of(MemberId.of("pro-0"), MemberId.of("pro-1"), MemberId.of("pro-2"), MemberId.of("pro-3"));
  private static final List<MemberId> RELATIVES = List.of(MemberId.of("m-0"), MemberId.of("m-1"));
  /** The professional outside the network some flows go to. */
  private static final MemberId OUTSIDE = MemberId.of("x-0");
  private static final List<MemberId> SPEAKERS = List.of(PERSON, RELATIVES.get(0), RELATIVES.get(1));
  private static final List<OrganisationId> ORGANISATIONS =
      List.of(OrganisationId.of("o-0"), OrganisationId.of("o-1"), OrganisationId.of("o-2"));
  private static final FlowId FLOW = FlowId.of("f-0");
  /** The probability of a value in an optional field: present 19 times in 20, as the jqwik version drew it. */
  private static final double PRESENT = 0.95;
  /** A coverage requirement met by one value collected: every regime, every outcome must be reached once. */
  private static final double AT_LEAST_ONCE = Double.MIN_VALUE;
  private static final List<RegulatoryCategory> LISTED = java.util.Arrays.stream(RegulatoryCategory.values())
      .filter(RegulatoryCategory::isOnClosedList).toList();

  /** A generated network holding the flow decided. */
  record Case(Network network, InformationFlow flow) {
    @Override
    public String toString() {
      return network + " / " + flow;
    }
  }

  /** A generated network and flows decided one after the other, the network's own flow first and last. */
  record Batch(Network network, List<InformationFlow> flows) {
    @Override
    public String toString() {
      return network + " / " + flows;
    }
  }

  /** A flow's purpose and the categories it carries. */
  record Carried(Optional<Purpose> purpose, Set<InformationCategory> categories) {}

  /** The day of a flow and whether the person was present. */
  record When(LocalDate date, boolean personPresent) {}

  @Property(tries = 1000)
  void never_throws_and_is_deterministic(@ForAll("cases") Case c) {
    // when
    SharingDecision first = POLICY.decide(c.network(), c.flow());
    SharingDecision again = POLICY.decide(c.network(), c.flow());
    SharingDecision indexed = POLICY.decide(SharingRecord.of(c.network()), c.flow());

    // then
    Statistics.label("regime").collect(first.regime());
    Statistics.label("outcome").collect(first.outcome());
    for (Regime regime : FrenchRegime.values()) {
      Statistics.label("regime").coverage(regime, AT_LEAST_ONCE);
    }
    for (SharingOutcome outcome : SharingOutcome.values()) {
      Statistics.label("outcome").coverage(outcome, AT_LEAST_ONCE);
    }
    assertThat(again).isEqualTo(first);
    assertThat(indexed).isEqualTo(first);
    assertThat(first.legalBasis()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(first.reasons()).isNotEmpty();
  }

  @Property(tries = 500)
  void recording_a_missing_fact_either_way_gives_the_answer_announced_for_that_way(@ForAll("forgetful") Case c) {
    // given
    SharingDecision decision = POLICY.decide(c.network(), c.flow());
    Statistics.label("decision").collect(decision.isComplete() ? "complete" : "incomplete");
    Statistics.label("decision").coverage("incomplete", 2);

    // then: an incomplete decision names facts the record leaves unrecorded, never a refusal for want of them
    assertThat(decision.outcome() == SharingOutcome.INCOMPLETE).isEqualTo(!decision.missingFacts().isEmpty());
    // which facts go missing is collected; each kind is reached for certain by UnknownIsNotNoTest
    for (MissingFact fact : decision.missingFacts()) {
      Statistics.label("missing").collect(fact.kind());
      MemberId member = fact.about().orElseThrow();
      assertThat(Scenario.isRecorded(c.network(), fact.kind(), member)).as("%s of %s", fact.kind(), member)
          .isFalse();
      assertThat(fact.answers()).isNotEmpty();
      for (FactAnswer answer : fact.answers()) {
        // when: the fact is recorded that way in the network itself
        Network recorded = Scenario.record(c.network(), fact.kind(), member, answer.recording());
        // the facts of a professional outside the network are the flow's own: decide the flow as recorded
        InformationFlow flowAsRecorded = recorded.flows().stream().filter(f -> f.id().equals(c.flow().id()))
            .findFirst().orElseThrow();
        SharingDecision after = POLICY.decide(recorded, flowAsRecorded);

        // then
        assertThat(after.outcome()).as("%s of %s recorded %s", fact.kind(), member, answer.recording().name())
            .isEqualTo(answer.outcome());
      }
    }
  }

  @Property(tries = 500)
  void the_quiet_outcome_is_the_decision_unless_allowed_outright(@ForAll("cases") Case c) {
    // given
    SharingRecord record = SharingRecord.of(c.network());

    // when
    SharingDecision explained = POLICY.decide(record, c.flow());
    SharingDecision quiet = POLICY.outcome(record, c.flow());

    // then
    // a flow allowed although a fact is missing, every recording of it allowing it, keeps its grounds
    boolean outright = explained.outcome() == SharingOutcome.ALLOW && explained.addressees().isEmpty()
        && !explained.decidingReason().map(m -> m.key().equals("fact.either-way")).orElse(false);
    Statistics.label("allowed outright").collect(outright);
    Statistics.label("allowed outright").coverage(true, AT_LEAST_ONCE);
    Statistics.label("allowed outright").coverage(false, AT_LEAST_ONCE);
    if (outright) {
      assertThat(quiet.outcome()).isEqualTo(SharingOutcome.ALLOW);
      assertThat(quiet.regime()).isEqualTo(explained.regime());
      assertThat(quiet.requirement()).isEqualTo(explained.requirement());
      assertThat(quiet.decidingStep()).isEqualTo(explained.decidingStep());
      assertThat(quiet.decidingReason()).isEmpty();
      assertThat(quiet.addressees()).isEmpty();
      assertThat(quiet.legalBasis()).isEmpty();
      assertThat(quiet.reasons()).isEmpty();
    } else {
      assertThat(quiet).isEqualTo(explained);
    }
  }

  @Property(tries = 300)
  void one_reader_answers_each_flow_as_a_fresh_one_would(@ForAll("batches") Batch batch) {
    // given
    SharingRecord record = SharingRecord.of(batch.network());
    FrenchSharingPolicy.Outcomes reader = POLICY.outcomes(record);

    // when / then: each answer is made after the previous flow's, with the same working lists
    for (InformationFlow flow : batch.flows()) {
      SharingDecision reused = reader.of(flow);
      assertThat(reused).isEqualTo(POLICY.outcome(record, flow));
      Statistics.label("outcome").collect(reused.outcome());
    }
    for (SharingOutcome outcome : SharingOutcome.values()) {
      Statistics.label("outcome").coverage(outcome, AT_LEAST_ONCE);
    }
  }

  @Property(tries = 300)
  void carrying_more_than_the_purpose_needs_is_refused_under_every_regime(@ForAll("cases") Case c) {
    // given
    InformationFlow flow = c.flow();
    boolean overBroad = flow.purpose().map(p -> !p.needs().containsAll(flow.categories())).orElse(true);

    // when
    SharingDecision decision = POLICY.decide(c.network(), flow);

    // then
    Statistics.label("over-broad").collect(overBroad);
    if (overBroad) {
      assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    }
  }

  @Property(tries = 300)
  void addressees_go_with_the_outcome(@ForAll("cases") Case c) {
    // when
    SharingDecision decision = POLICY.decide(c.network(), c.flow());

    // then
    switch (decision.outcome()) {
      case ALLOW, DENY -> assertThat(decision.addressees()).isEmpty();
      case REQUIRE_CONSENT -> {
        assertThat(decision.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
        assertThat(decision.addressees()).isNotEmpty();
      }
      case ALLOW_AFTER_INFORMING -> assertThat(decision.regime()).isNotEqualTo(FrenchRegime.SOCIAL_ACTION);
    }
  }

  @Property(tries = 300)
  void an_objection_blocks_under_the_general_regime_even_in_an_urgency(@ForAll("objected") Case c) {
    // given a case whose person objected, on or before the flow's date, to every flow, the flow made in an
    // urgency half of the time
    boolean blocked = c.network().objections().stream()
        .anyMatch(o -> o.by().equals(c.flow().about()) && o.blocks(c.flow(), c.network()));

    // when
    SharingDecision decision = POLICY.decide(c.network(), c.flow());

    // then under the general regime the flow is denied, urgency or not
    assertThat(blocked).isTrue();
    if (decision.regime() == FrenchRegime.SHARED_SECRECY) {
      assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    }
    Statistics.label("regime").collect(decision.regime());
    Statistics.label("regime").coverage(FrenchRegime.SHARED_SECRECY, 30);
    Statistics.label("urgency under the general regime").collect(decision.regime() == FrenchRegime.SHARED_SECRECY
        && c.flow().notInformedReason().isPresent());
    Statistics.label("urgency under the general regime").coverage(true, 10);
  }

  @Property(tries = 200)
  void every_reason_renders_in_both_languages(@ForAll("cases") Case c) {
    // when
    SharingDecision decision = POLICY.decide(c.network(), c.flow());

    // then
    for (Message reason : decision.reasons()) {
      if (Scenario.renderable(reason)) {
        assertThat(POLICY.render(reason, Locale.FRENCH)).doesNotContain("{");
        assertThat(POLICY.render(reason, Locale.ENGLISH)).doesNotContain("{");
      }
    }
    if (decision.reasons().stream().allMatch(Scenario::renderable)) {
      assertThat(POLICY.explain(decision, Locale.FRENCH).lines()).hasSize(3 + decision.reasons().size()
          + (decision.addressees().isEmpty() ? 0 : 1) + decision.missingFacts().size());
    }
  }

  // ---- generators ---------------------------------------------------------------------------------------

  /** The regime a generated case leans towards; every field stays random enough to miss it. */
  enum Shape { REPORT, CHILD, SOCIAL, GENERAL }

  Gen<Case> cases() {
    return Gen.of(Shape.class).flatMap(FrenchSharingPolicyProperties::cases);
  }

  /**
   * Cases half of which leave one more fact unrecorded, of the sender, a recipient or the person, so that
   * incomplete decisions are common enough to be checked (a fact unrecorded by chance alone makes about one
   * decision in forty incomplete).
   */
  Gen<Case> forgetful() {
    List<FactKind> kinds = List.of(FrenchFact.REGULATORY_CATEGORY, FrenchFact.CHILD_PROTECTION_CONTRIBUTOR,
        FrenchFact.SOCIAL_ACTION_PROFESSIONAL, FrenchFact.CARE_TEAM_BASIS, CommonFact.SECRECY,
        CommonFact.MISSION_CATEGORIES, CommonFact.UNABLE_TO_PROTECT_THEMSELVES);
    Gen<Case> forgotten = Gen.combine(cases(), Gen.of(kinds), Gen.integers(0, 3)).as((c, kind, who) -> {
      List<MemberId> professionals = new ArrayList<>();
      if (PROFESSIONALS.contains(c.flow().sender())) {
        professionals.add(c.flow().sender());
      }
      c.flow().recipients().stream().filter(PROFESSIONALS::contains).forEach(professionals::add);
      c.flow().outsideProfessionals().forEach(o -> professionals.add(o.id()));
      if (kind == CommonFact.UNABLE_TO_PROTECT_THEMSELVES) {
        return new Case(Scenario.forget(c.network(), kind, PERSON), c.flow());
      }
      if (professionals.isEmpty()) {
        return c;
      }
      MemberId member = professionals.get(who % professionals.size());
      Network without = Scenario.forget(c.network(), kind, member);
      // an outside professional's facts are the flow's own: the case's flow is the network's, as forgotten
      return new Case(without, without.flows().stream().filter(f -> f.id().equals(c.flow().id())).findFirst()
          .orElseThrow());
    });
    return Gen.frequencyOf(Weighted.of(1, cases()), Weighted.of(1, forgotten));
  }

  /**
   * Cases of the general regime's shape whose person objected to every flow, on a day on or before the flow's,
   * the flow made in an urgency half of the time.
   */
  Gen<Case> objected() {
    return Gen.combine(cases(Shape.GENERAL), Gen.integers(0, 30), Gen.booleans()).as((c, before, urgency) -> {
      InformationFlow flow = urgency
          ? InformationFlow.builder().from(c.flow()).notInformedReason(NotInformedReason.URGENCY).build()
          : c.flow();
      Network network = Network.builder().from(c.network())
          .flows(List.of(flow))
          .addObjections(Objection.builder().by(flow.about()).date(flow.date().minusDays(before)).build())
          .build();
      return new Case(network, flow);
    });
  }

  Gen<Batch> batches() {
    return Gen.of(Shape.class).flatMap(FrenchSharingPolicyProperties::batches);
  }

  /** Mostly flows of the case's shape, so that successive flows reach the same steps; some of any shape. */
  private static Gen<Batch> batches(Shape shape) {
    Gen<InformationFlow> flow = Gen.frequencyOf(Weighted.of(3, flow(shape)),
        Weighted.of(1, Gen.of(Shape.class).flatMap(FrenchSharingPolicyProperties::flow)));
    return Gen.combine(cases(shape), flow.list().ofMinSize(1).ofMaxSize(8)).as((c, flows) -> {
      List<InformationFlow> all = new ArrayList<>();
      all.add(c.flow());
      all.addAll(flows);
      all.add(c.flow());
      return new Batch(c.network(), all);
    });
  }

  private static Gen<Case> cases(Shape shape) {
    Gen<List<Professional>> professionals = Gen.combine(professional(0, shape),
        professional(1, shape), professional(2, shape), professional(3, shape)).as(List::of);
    Gen<Person> person = person(shape);
    Gen<InformationFlow> flows = flow(shape);
    Gen<List<Informing>> informings = informing().list().ofMaxSize(5);
    Gen<List<Objection>> objections = objection().list().ofMaxSize(2);
    Gen<List<Consent>> consents = consent().list().ofMaxSize(3);
    Gen<Optional<SocialActionTrigger>> trigger = shape == Shape.SOCIAL
        ? trigger().map(Optional::of) : trigger().optional(PRESENT);
    return random -> {
      Network.Builder n = Network.builder().id(NetworkId.of("n-0")).created(CREATED).focalPerson(person.next(random))
          .addOrganisations(organisation(0, null), organisation(1, null), organisation(2, ORGANISATIONS.get(0)))
          .addAllMembers(professionals.next(random))
          .addMembers(relative(0, Relation.MOTHER), relative(1, Relation.FATHER));
      InformationFlow flow = flows.next(random);
      n.addFlows(flow).addAllInformings(informings.next(random)).addAllObjections(objections.next(random))
          .addAllConsents(consents.next(random));
      trigger.next(random).ifPresent(n::addJurisdictionFact);
      return new Case(n.build(), flow);
    };
  }

  private static Gen<Person> person(Shape shape) {
    Gen<LifeStage> stage = shape == Shape.CHILD
        ? Gen.of(LifeStage.YOUNG_CHILD, LifeStage.MINOR, LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION)
        : Gen.of(LifeStage.class);
    Gen<Person> stated = Gen.combine(stage, Gen.of(RepresentationKind.class).optional(PRESENT),
        Gen.of(RepresentationKind.class).optional(PRESENT), measure().optional(PRESENT))
        .as((lifeStage, first, second, measure) -> {
          Person.Builder p = Person.builder().id(PERSON).lifeStage(lifeStage);
          first.ifPresent(k -> p.addRepresentative(LegalRepresentative.of(RELATIVES.get(0), k)));
          second.ifPresent(k -> p.addRepresentative(LegalRepresentative.of(RELATIVES.get(1), k)));
          measure.ifPresent(p::addMeasure);
          return p.build();
        });
    // unable to protect themselves recorded half the time; a date of birth, up to 25 years back, one time in ten
    Gen<Optional<Boolean>> unable = Gen.booleans().optional(0.5);
    Gen<Optional<LocalDate>> born = Gen.integers(0, 25 * 365).map(CREATED::minusDays).optional(0.1);
    return Gen.combine(stated, unable, born).as((p, u, b) -> Person.builder().from(p)
        .unableToProtectThemselves(u).birthDate(b).build());
  }

  private static Gen<LocalDate> day() {
    return Gen.integers(0, 240).map(CREATED::plusDays);
  }

  /** Sets of distinct constants of an enumeration, of {@code min} to {@code max} elements. */
  private static <E extends Enum<E>> Gen<Set<E>> setOf(Class<E> type, int min, int max) {
    return Gen.subsetOf(type).ofMinSize(min).ofMaxSize(max).map(ImmutableSet::copyOf);
  }

  private static Gen<Set<InformationCategory>> categories(int min) {
    return setOf(InformationCategory.class, min, 4);
  }

  /** Subsets of the given values, of {@code min} to {@code max} elements. */
  private static <T> Gen<Set<T>> subsets(List<T> values, int min, int max) {
    return Gen.subsetOf(values).ofMinSize(min).ofMaxSize(max).map(ImmutableSet::copyOf);
  }

  private static Gen<JudicialMeasure> measure() {
    return Gen.combine(Gen.of(MeasureKind.class), subsets(PROFESSIONALS, 0, PROFESSIONALS.size()),
        Gen.of(PROFESSIONALS).optional(PRESENT), day())
        .as((kind, mandated, judge, start) -> JudicialMeasure.builder().reference("TE-1").kind(kind)
            .addAllMandated(mandated).judge(judge).period(Period.from(start)).build());
  }

  private static <T> Gen<T> mostly(T value, Gen<T> otherwise) {
    return Gen.frequencyOf(Weighted.of(4, Gen.just(value)), Weighted.of(1, otherwise));
  }

  private static Gen<Professional> professional(int i, Shape shape) {
    Gen<Boolean> flags = Gen.booleans();
    Gen<RegulatoryCategory> category = Gen.frequencyOf(
        Weighted.of(1, Gen.just(RegulatoryCategory.NOT_LISTED)),
        Weighted.of(12, Gen.of(LISTED)));
    Gen<Optional<SecrecyBasis>> secrecy = Gen.frequencyOf(
        Weighted.of(1, Gen.just(Optional.<SecrecyBasis>empty())),
        Weighted.of(shape == Shape.CHILD ? 20 : 5, Gen.of(SecrecyBasis.class).map(Optional::of)));
    Gen<Set<InformationCategory>> mission =
        mostly(Set.of(InformationCategory.values()), categories(0));
    Gen<Optional<Integer>> leftAfter = Gen.frequencyOf(
        Weighted.of(shape == Shape.SOCIAL ? 20 : 4, Gen.just(Optional.<Integer>empty())),
        Weighted.of(1, Gen.integers(0, 300).map(Optional::of)));
    Gen<Boolean> contributor = shape == Shape.CHILD ? mostly(true, flags) : flags;
    Gen<Boolean> socialAction = shape == Shape.SOCIAL ? mostly(true, flags) : flags;
    Gen<Optional<CareTeamBasis>> careTeam = Gen.of(CareTeamBasis.class).optional(PRESENT);
    Gen<OrganisationId> organisation = Gen.of(ORGANISATIONS);
    // each fact of the standing and the mission recorded 19 times in 20, so that unrecorded facts meet every step
    Gen<Optional<RegulatoryCategory>> recordedCategory = category.optional(PRESENT);
    Gen<Optional<Boolean>> recordedContributor = contributor.optional(PRESENT);
    Gen<Optional<Boolean>> recordedSocialAction = socialAction.optional(PRESENT);
    Gen<Optional<Set<InformationCategory>>> recordedMission = mission.optional(PRESENT);
    return random -> Professional.builder().id(PROFESSIONALS.get(i)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .addStanding(FrenchStanding.builder().regulatoryCategory(recordedCategory.next(random))
            .childProtectionContributor(recordedContributor.next(random))
            .socialActionProfessional(recordedSocialAction.next(random))
            .careTeam(careTeam.next(random)).build())
        .secrecy(secrecy.next(random)).missionCategories(recordedMission.next(random).map(ImmutableSet::copyOf))
        .organisation(organisation.next(random))
        .addInvolvement(Period.of(CREATED, leftAfter.next(random).map(CREATED::plusDays)))
        .build();
  }

  /** A professional outside the network, its facts recorded as a member's are, to the shape's odds. */
  private static Gen<OutsideProfessional> outsideProfessional(Shape shape) {
    return professional(0, shape).map(p -> OutsideProfessional.builder().id(OUTSIDE).organisation(p.organisation())
        .secrecy(p.secrecy()).missionCategories(p.missionCategories()).standings(p.standings()).build());
  }

  private static Gen<InformationFlow> flow(Shape shape) {
    List<MemberId> senders = new ArrayList<>(PROFESSIONALS);
    senders.addAll(RELATIVES);
    boolean professionalsOnly = shape == Shape.CHILD || shape == Shape.SOCIAL;
    Gen<MemberId> sender = professionalsOnly ? Gen.of(PROFESSIONALS)
        : Gen.frequencyOf(Weighted.of(6, Gen.of(PROFESSIONALS)), Weighted.of(1, Gen.of(RELATIVES)));
    Gen<Optional<ReportKind>> report = shape == Shape.REPORT
        ? Gen.of(ReportKind.class).map(Optional::of)
        : Gen.frequencyOf(Weighted.of(9, Gen.just(Optional.<ReportKind>empty())),
            Weighted.of(1, Gen.of(ReportKind.class).map(Optional::of)));
    Gen<PurposeKind> kind = switch (shape) {
      case REPORT -> mostly(PurposeKind.REPORT, Gen.of(PurposeKind.class));
      case CHILD -> Gen.of(PurposeKind.CHILD_SITUATION_ASSESSMENT, PurposeKind.CHILD_PROTECTION_ACTION);
      case SOCIAL -> mostly(PurposeKind.SOCIAL_ACTION, Gen.of(PurposeKind.class));
      case GENERAL -> Gen.frequencyOf(Weighted.of(1, Gen.of(PurposeKind.class)), Weighted.of(4,
          Gen.of(PurposeKind.CARE_COORDINATION, PurposeKind.PREVENTION, PurposeKind.SOCIAL_FOLLOW_UP)));
    };
    Gen<FlowMode> mode = shape == Shape.GENERAL ? mostly(FlowMode.SHARING, Gen.of(FlowMode.class))
        : Gen.of(FlowMode.class);
    Gen<Optional<NotInformedReason>> notInformed = Gen.of(NotInformedReason.class).optional(PRESENT);
    Gen<When> when = Gen.combine(day(), Gen.booleans()).as(When::new);
    Gen<Carried> carried = carried(kind);
    Gen<MemberId> about = Gen.of(PERSON, PERSON, RELATIVES.get(0));
    // now and then beyond the network: a professional outside it, an authority, a shared record (sharings only)
    Gen<Optional<OutsideProfessional>> outside = outsideProfessional(shape).optional(0.12);
    Gen<Optional<Authority>> authority = Gen.of(Authority.class).optional(0.06);
    Gen<Optional<SharedRecord>> record = Gen.combine(Gen.of(LISTED), Gen.of(LISTED))
        .as((a, b) -> SharedRecord.builder().addProfessionalCategories(a, b).build()).optional(0.15);
    return sender.flatMap(from -> {
      List<MemberId> colleagues = new ArrayList<>(PROFESSIONALS);
      colleagues.remove(from);
      List<MemberId> anyone = new ArrayList<>(senders);
      anyone.remove(from);
      anyone.add(PERSON);
      Gen<Set<MemberId>> recipients = professionalsOnly
          ? subsets(colleagues, 1, 2)
          : Gen.frequencyOf(Weighted.of(5, subsets(colleagues, 1, 2)), Weighted.of(1, subsets(anyone, 0, 2)));
      return random -> {
        Set<MemberId> to = recipients.next(random);
        Optional<ReportKind> reported = report.next(random);
        MemberId subject = about.next(random);
        FlowMode flowMode = mode.next(random);
        Carried what = carried.next(random);
        Optional<NotInformedReason> reason = notInformed.next(random);
        When day = when.next(random);
        Optional<OutsideProfessional> beyond = outside.next(random);
        Optional<Authority> toAuthority = authority.next(random);
        Optional<SharedRecord> intoRecord = flowMode == FlowMode.SHARING ? record.next(random) : Optional.empty();
        boolean elsewhere = beyond.isPresent() || toAuthority.isPresent() || intoRecord.isPresent();
        return InformationFlow.builder().id(FLOW).sender(from).recipients(to)
            .report(to.isEmpty() && !elsewhere ? Optional.of(reported.orElse(ReportKind.ABUSE_REPORT)) : reported)
            .about(subject).mode(flowMode).purpose(what.purpose()).categories(what.categories())
            .notInformedReason(reason).date(day.date()).personPresent(day.personPresent())
            .outsideProfessionals(beyond.stream().toList()).authorities(toAuthority.stream().toList())
            .sharedRecord(intoRecord).build();
      };
    });
  }

  /** A purpose and what a flow carries: mostly what the purpose needs, sometimes more, sometimes no purpose. */
  private static Gen<Carried> carried(Gen<PurposeKind> kind) {
    Gen<Purpose> purpose = Gen.combine(kind, categories(1))
        .as((k, needs) -> Purpose.builder().kind(k).addAllNeeds(needs).build());
    return Gen.frequencyOf(
        Weighted.of(8, purpose.flatMap(p -> Gen.frequencyOf(
            Weighted.of(4, subsets(List.copyOf(p.needs()), 0, p.needs().size())), Weighted.of(1, categories(0)))
            .map(c -> new Carried(Optional.of(p), c)))),
        Weighted.of(1, categories(0).map(c -> new Carried(Optional.empty(), c))));
  }

  private static Gen<Informing> informing() {
    return Gen.combine(Gen.of(SPEAKERS), day(),
        setOf(InformingSubject.class, 1, InformingSubject.values().length), Gen.booleans())
        .as((who, date, subjects, forTheFlow) -> {
          Informing.Builder i = Informing.builder().informed(who).date(date).addAllSubjects(subjects);
          if (forTheFlow) {
            i.flow(FLOW);
          }
          return i.build();
        });
  }

  private static Gen<Objection> objection() {
    return Gen.combine(Gen.of(SPEAKERS), day(), setOf(InformationCategory.class, 0, 2), subsets(PROFESSIONALS, 0, 1))
        .as((by, date, scope, recipients) -> Objection.builder().by(by).date(date).addAllCategories(scope)
            .addAllRecipients(recipients).build());
  }

  private static Gen<Consent> consent() {
    Gen<MemberId> by = Gen.of(SPEAKERS);
    Gen<Set<InformationCategory>> information = categories(1);
    Gen<Set<RegulatoryCategory>> professionals = setOf(RegulatoryCategory.class, 1, 5);
    Gen<LocalDate> given = day();
    Gen<Optional<Integer>> withdrawnAfter = Gen.integers(0, 200).optional(PRESENT);
    Gen<Boolean> complete = Gen.booleans();
    return random -> {
      Consent.Builder c = Consent.builder().by(by.next(random))
          .addAllInformationCategories(information.next(random))
          .addAllProfessionalCategories(professionals.next(random));
      LocalDate day = given.next(random);
      c.given(day).withdrawn(withdrawnAfter.next(random).map(day::plusDays));
      if (complete.next(random)) {
        c.addMedia("dossier partagé").addSecurityMeasures("accès nominatif");
      }
      return c.build();
    };
  }

  private static Gen<SocialActionTrigger> trigger() {
    return Gen.combine(Gen.integers(0, 60).map(CREATED::plusDays), Gen.booleans(),
        Gen.of(PROFESSIONALS).optional(PRESENT))
        .as((recorded, informed, coordinator) -> SocialActionTrigger.builder().recorded(recorded)
            .authoritiesInformed(informed).coordinator(coordinator).build());
  }

  private static Organisation organisation(int i, OrganisationId parent) {
    Organisation.Builder o = Organisation.builder().id(ORGANISATIONS.get(i)).kind(OrganisationKind.SERVICE)
        .sector(Sector.SOCIAL);
    if (parent != null) {
      o.parent(parent);
    }
    return o.build();
  }

  private static PrimaryMember relative(int i, Relation relation) {
    return PrimaryMember.builder().id(RELATIVES.get(i)).relation(relation).horizon(Horizon.CLOSE)
        .involvedFrom(CREATED).build();
  }
}
