package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.CareTeamBasis;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.RegulatoryCategory;
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
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.SocialActionTrigger;

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
  private static final List<MemberId> SPEAKERS = List.of(PERSON, RELATIVES.get(0), RELATIVES.get(1));
  private static final List<OrganisationId> ORGANISATIONS =
      List.of(OrganisationId.of("o-0"), OrganisationId.of("o-1"), OrganisationId.of("o-2"));
  private static final FlowId FLOW = FlowId.of("f-0");
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
    Statistics.label("regime").coverage(coverage -> {
      for (Regime regime : Regime.values()) {
        coverage.check(regime).count(n -> n > 0);
      }
    });
    Statistics.label("outcome").coverage(coverage -> {
      for (SharingOutcome outcome : SharingOutcome.values()) {
        coverage.check(outcome).count(n -> n > 0);
      }
    });
    assertThat(again).isEqualTo(first);
    assertThat(indexed).isEqualTo(first);
    assertThat(first.legalBasis()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(first.reasons()).isNotEmpty();
  }

  @Property(tries = 500)
  void the_quiet_outcome_is_the_decision_unless_allowed_outright(@ForAll("cases") Case c) {
    // given
    SharingRecord record = SharingRecord.of(c.network());

    // when
    SharingDecision explained = POLICY.decide(record, c.flow());
    SharingDecision quiet = POLICY.outcome(record, c.flow());

    // then
    boolean outright = explained.outcome() == SharingOutcome.ALLOW && explained.addressees().isEmpty();
    Statistics.label("allowed outright").collect(outright);
    Statistics.label("allowed outright").coverage(coverage -> {
      coverage.check(true).count(n -> n > 0);
      coverage.check(false).count(n -> n > 0);
    });
    if (outright) {
      assertThat(quiet.outcome()).isEqualTo(SharingOutcome.ALLOW);
      assertThat(quiet.regime()).isEqualTo(explained.regime());
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
    Statistics.label("outcome").coverage(coverage -> {
      for (SharingOutcome outcome : SharingOutcome.values()) {
        coverage.check(outcome).count(n -> n > 0);
      }
    });
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
        assertThat(decision.regime()).isEqualTo(Regime.SHARED_SECRECY);
        assertThat(decision.addressees()).isNotEmpty();
      }
      case ALLOW_AFTER_INFORMING -> assertThat(decision.regime()).isNotEqualTo(Regime.SOCIAL_ACTION);
    }
  }

  @Property(tries = 300)
  void an_objection_blocks_under_the_general_regime_even_in_an_urgency(@ForAll("cases") Case c) {
    // given
    boolean blocked = c.network().objections().stream()
        .anyMatch(o -> o.by().equals(c.flow().about()) && o.blocks(c.flow()));

    // when
    SharingDecision decision = POLICY.decide(c.network(), c.flow());

    // then
    Statistics.label("blocked").collect(blocked && decision.regime() == Regime.SHARED_SECRECY);
    if (blocked && decision.regime() == Regime.SHARED_SECRECY) {
      assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    }
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
          + (decision.addressees().isEmpty() ? 0 : 1));
    }
  }

  // ---- generators ---------------------------------------------------------------------------------------

  /** The regime a generated case leans towards; every field stays random enough to miss it. */
  enum Shape { REPORT, CHILD, SOCIAL, GENERAL }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(Shape.class).flatMap(FrenchSharingPolicyProperties::cases);
  }

  @Provide
  Arbitrary<Batch> batches() {
    return Arbitraries.of(Shape.class).flatMap(FrenchSharingPolicyProperties::batches);
  }

  /** Mostly flows of the case's shape, so that successive flows reach the same steps; some of any shape. */
  private static Arbitrary<Batch> batches(Shape shape) {
    Arbitrary<InformationFlow> flow = Arbitraries.frequencyOf(Tuple.of(3, flow(shape)),
        Tuple.of(1, Arbitraries.of(Shape.class).flatMap(FrenchSharingPolicyProperties::flow)));
    return Combinators.combine(cases(shape), flow.list().ofMinSize(1).ofMaxSize(8)).as((c, flows) -> {
      List<InformationFlow> all = new ArrayList<>();
      all.add(c.flow());
      all.addAll(flows);
      all.add(c.flow());
      return new Batch(c.network(), all);
    });
  }

  private static Arbitrary<Case> cases(Shape shape) {
    Arbitrary<List<Professional>> professionals = Combinators.combine(professional(0, shape),
        professional(1, shape), professional(2, shape), professional(3, shape)).as(List::of);
    Arbitrary<List<Informing>> informings = informing().list().ofMaxSize(5);
    Arbitrary<List<Objection>> objections = objection().list().ofMaxSize(2);
    Arbitrary<List<Consent>> consents = consent().list().ofMaxSize(3);
    Arbitrary<Optional<SocialActionTrigger>> trigger = shape == Shape.SOCIAL
        ? trigger().map(Optional::of) : trigger().optional();
    return Combinators.combine(person(shape), professionals, flow(shape), informings, objections, consents, trigger)
        .as((p, pros, flow, infos, objs, cons, t) -> {
          Network.Builder n = Network.builder().id(NetworkId.of("n-0")).created(CREATED).focalPerson(p)
              .addOrganisations(organisation(0, null), organisation(1, null), organisation(2, ORGANISATIONS.get(0)))
              .addAllMembers(pros)
              .addMembers(relative(0, Relation.MOTHER), relative(1, Relation.FATHER))
              .addFlows(flow).addAllInformings(infos).addAllObjections(objs).addAllConsents(cons);
          t.ifPresent(n::socialActionTrigger);
          return new Case(n.build(), flow);
        });
  }

  private static Arbitrary<Person> person(Shape shape) {
    Arbitrary<LifeStage> stage = shape == Shape.CHILD
        ? Arbitraries.of(LifeStage.YOUNG_CHILD, LifeStage.MINOR, LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION)
        : Arbitraries.of(LifeStage.class);
    return Combinators.combine(stage, Arbitraries.of(RepresentationKind.class).optional(),
        Arbitraries.of(RepresentationKind.class).optional(), measure().optional())
        .as((lifeStage, first, second, measure) -> {
          Person.Builder p = Person.builder().id(PERSON).lifeStage(lifeStage);
          first.ifPresent(k -> p.addRepresentative(LegalRepresentative.of(RELATIVES.get(0), k)));
          second.ifPresent(k -> p.addRepresentative(LegalRepresentative.of(RELATIVES.get(1), k)));
          measure.ifPresent(p::addMeasure);
          return p.build();
        });
  }

  private static Arbitrary<LocalDate> day() {
    return Arbitraries.integers().between(0, 240).map(CREATED::plusDays);
  }

  private static Arbitrary<Set<InformationCategory>> categories(int min) {
    return Arbitraries.of(InformationCategory.class).set().ofMinSize(min).ofMaxSize(4);
  }

  private static Arbitrary<JudicialMeasure> measure() {
    return Combinators.combine(Arbitraries.of(MeasureKind.class), Arbitraries.subsetOf(PROFESSIONALS),
        Arbitraries.of(PROFESSIONALS).optional(), day())
        .as((kind, mandated, judge, start) -> JudicialMeasure.builder().reference("TE-1").kind(kind)
            .addAllMandated(mandated).judge(judge).period(Period.from(start)).build());
  }

  private static <T> Arbitrary<T> mostly(T value, Arbitrary<T> otherwise) {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(value)), Tuple.of(1, otherwise));
  }

  private static Arbitrary<Professional> professional(int i, Shape shape) {
    Arbitrary<Boolean> flags = Arbitraries.of(true, false);
    Arbitrary<RegulatoryCategory> category = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(RegulatoryCategory.NOT_LISTED)),
        Tuple.of(12, Arbitraries.of(LISTED)));
    Arbitrary<Optional<SecrecyBasis>> secrecy = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Optional.<SecrecyBasis>empty())),
        Tuple.of(shape == Shape.CHILD ? 20 : 5, Arbitraries.of(SecrecyBasis.class).map(Optional::of)));
    Arbitrary<Set<InformationCategory>> mission =
        mostly(Set.of(InformationCategory.values()), categories(0));
    Arbitrary<Optional<Integer>> leftAfter = Arbitraries.frequencyOf(
        Tuple.of(shape == Shape.SOCIAL ? 20 : 4, Arbitraries.just(Optional.<Integer>empty())),
        Tuple.of(1, Arbitraries.integers().between(0, 300).map(Optional::of)));
    Arbitrary<Boolean> contributor = shape == Shape.CHILD ? mostly(true, flags) : flags;
    Arbitrary<Boolean> socialAction = shape == Shape.SOCIAL ? mostly(true, flags) : flags;
    return Combinators.combine(category, secrecy, contributor, socialAction, mission,
        Arbitraries.of(CareTeamBasis.class).optional(), Arbitraries.of(ORGANISATIONS), leftAfter)
        .as((regulatory, bound, child, social, missions, careTeam, organisation, left) ->
            Professional.builder().id(PROFESSIONALS.get(i)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
                .regulatoryCategory(regulatory).secrecy(bound).childProtectionContributor(child)
                .socialActionProfessional(social).missionCategories(missions).careTeam(careTeam)
                .organisation(organisation)
                .addInvolvement(Period.of(CREATED, left.map(CREATED::plusDays)))
                .build());
  }

  private static Arbitrary<InformationFlow> flow(Shape shape) {
    List<MemberId> senders = new ArrayList<>(PROFESSIONALS);
    senders.addAll(RELATIVES);
    boolean professionalsOnly = shape == Shape.CHILD || shape == Shape.SOCIAL;
    Arbitrary<MemberId> sender = professionalsOnly ? Arbitraries.of(PROFESSIONALS)
        : Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(PROFESSIONALS)), Tuple.of(1, Arbitraries.of(RELATIVES)));
    Arbitrary<Optional<ReportKind>> report = shape == Shape.REPORT
        ? Arbitraries.of(ReportKind.class).map(Optional::of)
        : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(Optional.<ReportKind>empty())),
            Tuple.of(1, Arbitraries.of(ReportKind.class).map(Optional::of)));
    Arbitrary<PurposeKind> kind = switch (shape) {
      case REPORT -> mostly(PurposeKind.REPORT, Arbitraries.of(PurposeKind.class));
      case CHILD -> Arbitraries.of(PurposeKind.CHILD_SITUATION_ASSESSMENT, PurposeKind.CHILD_PROTECTION_ACTION);
      case SOCIAL -> mostly(PurposeKind.SOCIAL_ACTION, Arbitraries.of(PurposeKind.class));
      case GENERAL -> Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(PurposeKind.class)), Tuple.of(4,
          Arbitraries.of(PurposeKind.CARE_COORDINATION, PurposeKind.PREVENTION, PurposeKind.SOCIAL_FOLLOW_UP)));
    };
    return sender.flatMap(from -> {
      List<MemberId> colleagues = new ArrayList<>(PROFESSIONALS);
      colleagues.remove(from);
      List<MemberId> anyone = new ArrayList<>(senders);
      anyone.remove(from);
      anyone.add(PERSON);
      Arbitrary<Set<MemberId>> recipients = professionalsOnly
          ? Arbitraries.subsetOf(colleagues).ofMinSize(1).ofMaxSize(2)
          : Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.subsetOf(colleagues).ofMinSize(1).ofMaxSize(2)),
              Tuple.of(1, Arbitraries.subsetOf(anyone).ofMaxSize(2)));
      return Combinators.combine(recipients, report, Arbitraries.of(PERSON, PERSON, RELATIVES.get(0)),
          shape == Shape.GENERAL ? mostly(FlowMode.SHARING, Arbitraries.of(FlowMode.class))
              : Arbitraries.of(FlowMode.class), carried(kind), Arbitraries.of(NotInformedReason.class).optional(),
          Combinators.combine(day(), Arbitraries.of(true, false)).as(When::new))
          .as((to, reported, about, mode, carried, reason, when) -> InformationFlow.builder().id(FLOW)
              .sender(from).recipients(to)
              .report(to.isEmpty() ? Optional.of(reported.orElse(ReportKind.ABUSE_REPORT)) : reported)
              .about(about).mode(mode).purpose(carried.purpose()).categories(carried.categories())
              .notInformedReason(reason).date(when.date()).personPresent(when.personPresent()).build());
    });
  }

  /** A purpose and what a flow carries: mostly what the purpose needs, sometimes more, sometimes no purpose. */
  private static Arbitrary<Carried> carried(Arbitrary<PurposeKind> kind) {
    Arbitrary<Purpose> purpose = Combinators.combine(kind, categories(1))
        .as((k, needs) -> Purpose.builder().kind(k).addAllNeeds(needs).build());
    return Arbitraries.frequencyOf(
        Tuple.of(8, purpose.flatMap(p -> Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.subsetOf(p.needs())), Tuple.of(1, categories(0)))
            .map(c -> new Carried(Optional.of(p), c)))),
        Tuple.of(1, categories(0).map(c -> new Carried(Optional.empty(), c))));
  }

  private static Arbitrary<Informing> informing() {
    return Combinators.combine(Arbitraries.of(SPEAKERS), day(),
        Arbitraries.of(InformingSubject.class).set().ofMinSize(1), Arbitraries.of(true, false))
        .as((who, date, subjects, forTheFlow) -> {
          Informing.Builder i = Informing.builder().informed(who).date(date).addAllSubjects(subjects);
          if (forTheFlow) {
            i.flow(FLOW);
          }
          return i.build();
        });
  }

  private static Arbitrary<Objection> objection() {
    return Combinators.combine(Arbitraries.of(SPEAKERS), day(), Arbitraries.of(InformationCategory.class).set()
        .ofMaxSize(2), Arbitraries.subsetOf(PROFESSIONALS).ofMaxSize(1))
        .as((by, date, scope, recipients) -> Objection.builder().by(by).date(date).addAllCategories(scope)
            .addAllRecipients(recipients).build());
  }

  private static Arbitrary<Consent> consent() {
    return Combinators.combine(Arbitraries.of(SPEAKERS), categories(1),
        Arbitraries.of(RegulatoryCategory.class).set().ofMinSize(1).ofMaxSize(5), day(),
        Arbitraries.integers().between(0, 200).optional(), Arbitraries.of(true, false))
        .as((by, information, professionals, given, withdrawnAfter, complete) -> {
          Consent.Builder c = Consent.builder().by(by).addAllInformationCategories(information)
              .addAllProfessionalCategories(professionals).given(given)
              .withdrawn(withdrawnAfter.map(given::plusDays));
          if (complete) {
            c.addMedia("dossier partagé").addSecurityMeasures("accès nominatif");
          }
          return c.build();
        });
  }

  private static Arbitrary<SocialActionTrigger> trigger() {
    return Combinators.combine(Arbitraries.integers().between(0, 60).map(CREATED::plusDays),
        Arbitraries.of(true, false), Arbitraries.of(PROFESSIONALS).optional())
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
