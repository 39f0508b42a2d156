package org.maillage.testing;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.TieId;
import org.maillage.network.BasisKind;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Evaluation;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.network.NetworkForm;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.network.StrategyKind;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Convention;
import org.maillage.partnership.Origin;
import org.maillage.partnership.OriginKind;
import org.maillage.partnership.Partnership;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.QualityLevel;
import org.maillage.referent.ReferentDesignation;
import org.maillage.referent.ReferentQuality;
import org.maillage.member.RegulatoryCategory;
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
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SocialActionTrigger;

/**
 * The third stage of generation: everything that refers to the individuals and organisations of a
 * {@link Cast} (ties, meetings, flows, informings, objections, consents, référent designations, the
 * project, the partnership, the social-action trigger), then the network itself. References are drawn only
 * among the cast's ids, so that every network generated builds.
 */
final class Relations {
  private Relations() {}

  /**
   * Returns networks around a cast.
   *
   * @param cast the individuals and organisations
   * @return valid networks
   */
  static Arbitrary<Network> network(Cast cast) {
    var exchanges = Combinators.combine(
            ties(cast), meetings(cast), flowsAndInformings(cast), objections(cast), consents(cast))
        .as(Tuple::of);
    var records = Combinators.combine(
            statusHistory(cast), referents(cast), assessments(cast), project(cast), partnership(cast),
            socialActionTrigger(cast), evaluations(cast))
        .as(Tuple::of);
    var settings = Combinators.combine(
            governance(cast), strategy(cast), basis(cast), theme(cast), territory(cast),
            cast.texts().optional("netname"), Arbitraries.of(Formality.class),
            Arbitraries.subsetOf(NetworkForm.values()).ofMaxSize(3))
        .as(Tuple::of);
    Arbitrary<NetworkId> id = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
        .map(s -> NetworkId.of("n-" + s));
    return Combinators.combine(exchanges, records, settings, id).as((x, r, s, networkId) -> Network.builder()
        .id(networkId)
        .created(cast.created())
        .focalPerson(cast.person())
        .addAllOrganisations(cast.organisations())
        .addAllMembers(cast.members())
        .addAllTies(x.get1())
        .addAllMeetings(x.get2())
        .addAllFlows(x.get3().get1())
        .addAllInformings(x.get3().get2())
        .addAllObjections(x.get4())
        .addAllConsents(x.get5())
        .addAllStatusHistory(r.get1())
        .addAllReferents(r.get2())
        .addAllReferentAssessments(r.get3())
        .project(r.get4())
        .partnership(r.get5())
        .socialActionTrigger(r.get6())
        .addAllEvaluations(r.get7())
        .governance(s.get1())
        .strategy(s.get2())
        .basis(s.get3())
        .theme(s.get4())
        .territory(s.get5())
        .name(s.get6())
        .formality(s.get7())
        .addAllForms(s.get8())
        .build());
  }

  // ---- ties -----------------------------------------------------------------------------------------

  /**
   * Returns the supports a tie may carry.
   *
   * @return maps of at most three kinds of support
   */
  static Arbitrary<ImmutableMap<SupportType, SupportDirection>> supports() {
    return Arbitraries.maps(Arbitraries.of(SupportType.class), Arbitraries.of(SupportDirection.class))
        .ofMaxSize(3).map(ImmutableMap::copyOf);
  }

  /**
   * Returns tie templates between two given individuals.
   *
   * @param ends the two ends, distinct
   * @return functions from an id to a tie
   */
  static Arbitrary<Function<TieId, Tie>> tie(Arbitrary<Tuple2<MemberId, MemberId>> ends) {
    return Combinators.combine(ends, Arbitraries.of(TieNature.class), Arbitraries.of(TieQuality.class), supports())
        .as((pair, nature, quality, supports) -> id -> Tie.builder().id(id).first(pair.get1()).second(pair.get2())
            .nature(nature).quality(quality).putAllSupports(supports).build());
  }

  private static Arbitrary<List<Tie>> ties(Cast cast) {
    List<MemberId> individuals = cast.individuals();
    int n = individuals.size();
    if (n < 2) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Tuple2<MemberId, MemberId>> anyPair = Combinators.combine(Templates.choice(), Templates.choice())
        .as((a, b) -> {
          int i = a % n;
          int j = b % (n - 1);
          return Tuple.of(individuals.get(i), individuals.get(j >= i ? j + 1 : j));
        });
    Arbitrary<Tuple2<MemberId, MemberId>> pairs = anyPair;
    if (cast.person().isPresent()) {
      MemberId person = individuals.get(0);
      Arbitrary<Tuple2<MemberId, MemberId>> withPerson = Combinators.combine(Templates.choice(), Arbitraries.of(true, false))
          .as((a, personFirst) -> {
            MemberId member = individuals.get(1 + a % (n - 1));
            return personFirst ? Tuple.of(person, member) : Tuple.of(member, person);
          });
      pairs = Arbitraries.frequencyOf(Tuple.of(1, withPerson), Tuple.of(1, anyPair));
    }
    Arbitrary<Integer> count = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)), Tuple.of(9, Arbitraries.integers().between(1, Math.min(3 * n, 400))));
    Arbitrary<Function<TieId, Tie>> template = tie(pairs);
    return count.flatMap(k -> template.list().ofSize(k)).map(ts -> numbered(ts, "t-", TieId::of));
  }

  // ---- meetings -------------------------------------------------------------------------------------

  private static Arbitrary<List<Meeting>> meetings(Cast cast) {
    List<MemberId> individuals = cast.individuals();
    if (individuals.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    int days = (int) (cast.asOf().toEpochDay() - cast.created().toEpochDay()) + 60;
    Arbitrary<Function<MeetingId, Meeting>> meeting = Combinators.combine(
            Templates.dayWithin(cast.created(), days),
            Arbitraries.subsetOf(individuals).ofMaxSize(8),
            maybe(individuals, 0.7),
            Arbitraries.of(true, false),
            cast.texts().optional("minutes"))
        .as((date, participants, facilitator, present, note) -> id -> Meeting.builder().id(id).date(date)
            .addAllParticipants(participants).facilitator(facilitator).personPresent(present).note(note).build());
    Arbitrary<Integer> count = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(0)), Tuple.of(6, Arbitraries.integers().between(1, 12)));
    return count.flatMap(k -> meeting.list().ofSize(k)).map(ms -> numbered(ms, "mt-", MeetingId::of));
  }

  // ---- flows, informings, objections, consents -------------------------------------------------------

  private static Arbitrary<Tuple2<List<InformationFlow>, List<Informing>>> flowsAndInformings(Cast cast) {
    Arbitrary<List<InformationFlow>> flows = flows(cast);
    return flows.flatMap(fs -> informings(cast, fs.stream().map(InformationFlow::id).toList())
        .map(is -> Tuple.of(fs, is)));
  }

  private static Arbitrary<List<InformationFlow>> flows(Cast cast) {
    List<MemberId> individuals = cast.individuals();
    int n = individuals.size();
    if (n == 0) {
      return Arbitraries.just(List.of());
    }
    List<MemberId> speakers = cast.speakers();
    Arbitrary<MemberId> about = cast.person().isPresent()
        ? Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(individuals.get(0))), Tuple.of(2, Arbitraries.of(speakers)))
        : Arbitraries.of(speakers);
    Arbitrary<Purpose> purpose = Combinators.combine(
            Arbitraries.of(PurposeKind.class), Arbitraries.subsetOf(InformationCategory.values()).ofMaxSize(4),
            cast.texts().optional("purpose"))
        .as((kind, needs, statement) -> Purpose.builder().kind(kind).addAllNeeds(needs).statement(statement).build());
    var who = Combinators.combine(
            Templates.choice(), Arbitraries.subsetOf(individuals).ofMaxSize(3), about,
            Arbitraries.of(ReportKind.class).optional(0.15))
        .as(Tuple::of);
    var what = Combinators.combine(
            Templates.dayWithin(cast.created().minusDays(30), (int) (cast.asOf().toEpochDay() - cast.created().toEpochDay()) + 60),
            Arbitraries.of(FlowMode.class), purpose.optional(0.8),
            Arbitraries.subsetOf(InformationCategory.values()).ofMaxSize(4),
            Arbitraries.of(true, false), Arbitraries.of(NotInformedReason.class).optional(0.2),
            cast.texts().optional("flownote"))
        .as(Tuple::of);
    Arbitrary<Function<FlowId, InformationFlow>> flow = Combinators.combine(who, what).as((w, x) -> id -> {
      int senderIndex = w.get1() % n;
      MemberId sender = individuals.get(senderIndex);
      Set<MemberId> recipients = new LinkedHashSet<>(w.get2());
      recipients.remove(sender);
      Optional<ReportKind> report = w.get4();
      if (recipients.isEmpty() && report.isEmpty()) {
        if (n > 1) {
          recipients.add(individuals.get((senderIndex + 1) % n));
        } else {
          report = Optional.of(ReportKind.CHILD_CONCERN);
        }
      }
      return InformationFlow.builder().id(id).sender(sender).addAllRecipients(recipients).about(w.get3())
          .report(report).date(x.get1()).mode(x.get2()).purpose(x.get3()).addAllCategories(x.get4())
          .personPresent(x.get5()).notInformedReason(x.get6()).note(x.get7()).build();
    });
    Arbitrary<Integer> count = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(0)), Tuple.of(6, Arbitraries.integers().between(1, 8)));
    return count.flatMap(k -> flow.list().ofSize(k)).map(fs -> numbered(fs, "f-", FlowId::of));
  }

  private static Arbitrary<List<Informing>> informings(Cast cast, List<FlowId> flows) {
    List<MemberId> individuals = cast.individuals();
    List<MemberId> speakers = cast.speakers();
    if (speakers.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Optional<FlowId>> flow = flows.isEmpty()
        ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(flows).optional(0.6);
    Arbitrary<Informing> informing = Combinators.combine(
            Arbitraries.of(speakers), day(cast),
            Arbitraries.subsetOf(InformingSubject.values()).ofMinSize(1),
            maybe(individuals, 0.6), flow)
        .as((informed, date, subjects, by, f) -> Informing.builder().informed(informed).date(date)
            .addAllSubjects(subjects).by(by).flow(f).build());
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(List.<Informing>of())), Tuple.of(5, informing.list().ofMinSize(1).ofMaxSize(4)));
  }

  private static Arbitrary<List<Objection>> objections(Cast cast) {
    List<MemberId> speakers = cast.speakers();
    if (speakers.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Objection> objection = Combinators.combine(
            Arbitraries.of(speakers), day(cast), Arbitraries.subsetOf(InformationCategory.values()).ofMaxSize(3),
            Arbitraries.subsetOf(cast.individuals()).ofMaxSize(2))
        .as((by, date, categories, recipients) -> Objection.builder().by(by).date(date).addAllCategories(categories)
            .addAllRecipients(recipients).build());
    return Arbitraries.frequencyOf(
        Tuple.of(7, Arbitraries.just(List.<Objection>of())), Tuple.of(3, objection.list().ofMinSize(1).ofMaxSize(2)));
  }

  private static Arbitrary<List<Consent>> consents(Cast cast) {
    List<MemberId> speakers = cast.speakers();
    if (speakers.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Consent> consent = Combinators.combine(
            Arbitraries.of(speakers),
            Arbitraries.subsetOf(InformationCategory.values()).ofMinSize(1).ofMaxSize(4),
            Arbitraries.subsetOf(RegulatoryCategory.values()).ofMinSize(1).ofMaxSize(4),
            cast.texts().list("media", 2), cast.texts().list("security", 2), day(cast),
            Arbitraries.integers().between(0, 400).optional(0.3))
        .as((by, information, professionals, media, security, given, after) -> Consent.builder().by(by)
            .addAllInformationCategories(information).addAllProfessionalCategories(professionals)
            .addAllMedia(media).addAllSecurityMeasures(security).given(given).withdrawn(after.map(given::plusDays))
            .build());
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(List.<Consent>of())), Tuple.of(4, consent.list().ofMinSize(1).ofMaxSize(3)));
  }

  // ---- history, référents, project, partnership ------------------------------------------------------

  private static Arbitrary<List<StatusChange>> statusHistory(Cast cast) {
    Arbitrary<Tuple2<Integer, NetworkStatus>> step =
        Combinators.combine(Arbitraries.integers().between(0, 400), Arbitraries.of(NetworkStatus.class)).as(Tuple::of);
    return Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(0)), Tuple.of(5, Arbitraries.integers().between(1, 4)))
        .flatMap(k -> step.list().ofSize(k))
        .map(steps -> {
          List<StatusChange> changes = new ArrayList<>();
          LocalDate date = cast.created();
          for (Tuple2<Integer, NetworkStatus> s : steps) {
            date = date.plusDays(s.get1());
            changes.add(StatusChange.of(date, s.get2()));
          }
          return changes;
        });
  }

  private static Arbitrary<List<ReferentDesignation>> referents(Cast cast) {
    List<MemberId> professionals = cast.professionals();
    if (professionals.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<ReferentDesignation> designation = Combinators.combine(
            Arbitraries.of(professionals), Persons.periodsAround(cast.asOf()))
        .as(ReferentDesignation::of);
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(List.<ReferentDesignation>of())),
        Tuple.of(5, designation.list().ofMinSize(1).ofMaxSize(2)));
  }

  private static Arbitrary<List<QualityAssessment>> assessments(Cast cast) {
    List<MemberId> professionals = cast.professionals();
    if (professionals.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<QualityAssessment> assessment = Combinators.combine(
            Arbitraries.of(professionals), Arbitraries.of(ReferentQuality.class), Arbitraries.of(QualityLevel.class),
            Arbitraries.of(cast.individuals()), day(cast), cast.texts().optional("evidence"))
        .as((referent, quality, level, by, date, evidence) -> QualityAssessment.builder().referent(referent)
            .quality(quality).level(level).assessedBy(by).date(date).evidence(evidence).build());
    return Arbitraries.frequencyOf(
        Tuple.of(7, Arbitraries.just(List.<QualityAssessment>of())),
        Tuple.of(3, assessment.list().ofMinSize(1).ofMaxSize(3)));
  }

  private static Arbitrary<Optional<PersonalisedProject>> project(Cast cast) {
    if (cast.person().isEmpty()) {
      return Arbitraries.just(Optional.empty());
    }
    List<MemberId> individuals = cast.individuals();
    Arbitrary<Means> means = Combinators.combine(Arbitraries.of(individuals), cast.texts().optional("means"))
        .as((holder, description) -> Means.builder().holder(holder).description(description).build());
    Arbitrary<Function<ObjectiveId, Objective>> objective = Combinators.combine(
            Templates.spheres(), cast.texts().optional("objective"),
            Arbitraries.subsetOf(Participation.values()), means.list().ofMaxSize(2))
        .as((sphere, statement, participation, ms) -> id -> Objective.builder().id(id).sphere(sphere)
            .statement(statement).addAllParticipation(participation).addAllMeans(ms).build());
    Arbitrary<PersonalisedProject> project = Combinators.combine(
            Arbitraries.integers().between(0, 4).flatMap(k -> objective.list().ofSize(k))
                .map(os -> numbered(os, "obj-", ObjectiveId::of)),
            cast.texts().optional("evaluationstrategy"),
            day(cast).list().ofMaxSize(3))
        .as((objectives, strategy, reviews) -> PersonalisedProject.builder().addAllObjectives(objectives)
            .evaluationStrategy(strategy).addAllReviewDates(reviews).build());
    return project.optional(0.6);
  }

  private static Arbitrary<Optional<Partnership>> partnership(Cast cast) {
    Texts texts = cast.texts();
    Arbitrary<Origin> origin = Arbitraries.oneOf(
        Arbitraries.just(Origin.spontaneous()),
        texts.text("legalbasis").map(Origin::imposedBy),
        texts.text("commission").map(Origin::commissionedBy),
        Arbitraries.just(Origin.builder().kind(OriginKind.IMPOSED).build()));
    List<OrganisationId> organisations = cast.organisationIds();
    Arbitrary<Set<OrganisationId>> parties = organisations.isEmpty()
        ? Arbitraries.just(Set.of())
        : Arbitraries.subsetOf(organisations).ofMaxSize(4);
    Arbitrary<Set<MemberId>> members = cast.individuals().isEmpty()
        ? Arbitraries.just(Set.of())
        : Arbitraries.subsetOf(cast.individuals()).ofMaxSize(6);
    Arbitrary<Partnership> partnership = Combinators.combine(
            parties, members, texts.optional("commonproject"), day(cast).map(Charter::of).optional(0.5),
            Combinators.combine(texts.text("convention"), day(cast)).as(Convention::of).optional(0.4),
            origin.optional(0.7), Persons.periodsAround(cast.asOf()).optional(0.5))
        .as((orgs, people, common, charter, convention, o, period) -> Partnership.builder()
            .addAllOrganisations(orgs).addAllMembers(people).commonProject(common).charter(charter)
            .convention(convention).origin(o).period(period).build());
    return partnership.optional(0.25);
  }

  private static Arbitrary<Optional<SocialActionTrigger>> socialActionTrigger(Cast cast) {
    Arbitrary<SocialActionTrigger> trigger = Combinators.combine(
            day(cast), Arbitraries.of(true, false), maybe(cast.individuals(), 0.5))
        .as((recorded, informed, coordinator) -> SocialActionTrigger.builder().recorded(recorded)
            .authoritiesInformed(informed).coordinator(coordinator).build());
    return trigger.optional(0.15);
  }

  private static Arbitrary<List<Evaluation>> evaluations(Cast cast) {
    Arbitrary<Evaluation> evaluation = Combinators.combine(day(cast), cast.texts().optional("outcome"))
        .as((date, outcome) -> Evaluation.builder().date(date).outcome(outcome).build());
    return evaluation.list().ofMaxSize(3);
  }

  // ---- settings -------------------------------------------------------------------------------------

  private static Arbitrary<Governance> governance(Cast cast) {
    Texts texts = cast.texts();
    return Combinators.combine(
            texts.optional("place"), texts.list("tool", 3), texts.optional("facilitation"), texts.optional("traces"),
            Combinators.combine(day(cast), Arbitraries.of(true, false)).as(EthicsCharter::of).optional(0.4))
        .as((place, tools, facilitation, traces, charter) -> Governance.builder().place(place)
            .addAllCommunicationTools(tools).facilitation(facilitation).traces(traces).ethicsCharter(charter)
            .build());
  }

  private static Arbitrary<Optional<ConcertedStrategy>> strategy(Cast cast) {
    double presence = cast.recipe().kind() == Recipe.Kind.COLLECTIVE ? 0.7 : 0.1;
    Arbitrary<ConcertedStrategy> strategy = Combinators.combine(
            Arbitraries.of(StrategyKind.class), cast.texts().text("strategy"))
        .as(ConcertedStrategy::of);
    return cast.texts() == Texts.ALWAYS ? strategy.map(Optional::of) : strategy.optional(presence);
  }

  private static Arbitrary<Optional<NetworkBasis>> basis(Cast cast) {
    Arbitrary<NetworkBasis> basis = Arbitraries.oneOf(
        Arbitraries.just(NetworkBasis.agreement()),
        cast.texts().text("order").map(r -> NetworkBasis.of(BasisKind.COURT_ORDER, r)),
        cast.texts().text("decision").map(r -> NetworkBasis.of(BasisKind.ADMINISTRATIVE_DECISION, r)));
    return basis.optional(0.5);
  }

  private static Arbitrary<Optional<String>> theme(Cast cast) {
    return cast.texts().optional("theme", cast.recipe().kind() == Recipe.Kind.INTER_SERVICE ? 0.8 : 0.2);
  }

  private static Arbitrary<Optional<String>> territory(Cast cast) {
    return cast.texts().optional("territory", cast.recipe().kind() == Recipe.Kind.INTER_SERVICE ? 0.8 : 0.3);
  }

  // ---- helpers --------------------------------------------------------------------------------------

  private static Arbitrary<LocalDate> day(Cast cast) {
    int days = (int) (cast.asOf().toEpochDay() - cast.created().toEpochDay()) + 90;
    return Templates.dayWithin(cast.created().minusDays(30), days + 30);
  }

  private static <T> Arbitrary<Optional<T>> maybe(List<T> values, double presence) {
    return values.isEmpty() ? Arbitraries.just(Optional.empty()) : Arbitraries.of(values).optional(presence);
  }

  static <I, T> List<T> numbered(List<Function<I, T>> templates, String prefix, Function<String, I> id) {
    return IntStream.range(0, templates.size()).mapToObj(i -> templates.get(i).apply(id.apply(prefix + i))).toList();
  }
}
