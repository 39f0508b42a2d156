package org.maillage.testing;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.OutsideProfessional;
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
import org.maillage.sharing.Authority;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharedRecord;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;

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
  static Gen<Network> network(Cast cast) {
    Gen<List<Tie>> ties = ties(cast);
    Gen<List<Meeting>> meetings = meetings(cast);
    Gen<List<InformationFlow>> flows = flows(cast);
    Gen<List<Objection>> objections = objections(cast);
    Gen<List<Consent>> consents = consents(cast);
    Gen<List<StatusChange>> statusHistory = statusHistory(cast);
    Gen<List<ReferentDesignation>> referents = referents(cast);
    Gen<List<QualityAssessment>> assessments = assessments(cast);
    Gen<Optional<PersonalisedProject>> project = project(cast);
    Gen<Optional<Partnership>> partnership = partnership(cast);
    Gen<Optional<SocialActionTrigger>> trigger = socialActionTrigger(cast);
    // France, the one jurisdiction with a policy, nine times in ten; none recorded otherwise
    Gen<Optional<Jurisdiction>> jurisdiction = Gen.just(Jurisdiction.FRANCE).optional(0.9);
    Gen<List<Evaluation>> evaluations = evaluations(cast);
    Gen<Governance> governance = governance(cast);
    Gen<Optional<ConcertedStrategy>> strategy = strategy(cast);
    Gen<Optional<NetworkBasis>> basis = basis(cast);
    Gen<Optional<String>> theme = theme(cast);
    Gen<Optional<String>> territory = territory(cast);
    Gen<Optional<String>> name = cast.texts().optional("netname");
    Gen<Formality> formality = Gen.of(Formality.class);
    Gen<List<NetworkForm>> forms = Gen.subsetOf(NetworkForm.class).ofMaxSize(3);
    Gen<NetworkId> id = Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.chars('A', 'Z'), Gen.chars('0', '9')))
        .ofMinSize(1).ofMaxSize(12).map(s -> NetworkId.of("n-" + s));
    return random -> {
      Network.Builder builder = Network.builder()
          .created(cast.created())
          .focalPerson(cast.person())
          .addAllOrganisations(cast.organisations())
          .addAllMembers(cast.members())
          .addAllTies(ties.next(random))
          .addAllMeetings(meetings.next(random));
      List<InformationFlow> drawnFlows = flows.next(random);
      builder.addAllFlows(drawnFlows)
          .addAllInformings(informings(cast, drawnFlows.stream().map(InformationFlow::id).toList()).next(random))
          .addAllObjections(objections.next(random))
          .addAllConsents(consents.next(random))
          .addAllStatusHistory(statusHistory.next(random))
          .addAllReferents(referents.next(random))
          .addAllReferentAssessments(assessments.next(random))
          .project(project.next(random))
          .partnership(partnership.next(random))
          .jurisdictionFacts(trigger.next(random).map(List::of).orElse(List.of()))
          .jurisdiction(jurisdiction.next(random))
          .addAllEvaluations(evaluations.next(random))
          .governance(governance.next(random))
          .strategy(strategy.next(random))
          .basis(basis.next(random))
          .theme(theme.next(random))
          .territory(territory.next(random))
          .name(name.next(random))
          .formality(formality.next(random))
          .addAllForms(forms.next(random));
      return builder.id(id.next(random)).build();
    };
  }

  // ---- ties -----------------------------------------------------------------------------------------

  /**
   * Returns the supports a tie may carry.
   *
   * @return maps of at most three kinds of support, each with a direction
   */
  static Gen<ImmutableMap<SupportType, SupportDirection>> supports() {
    Gen<SupportDirection> directions = Gen.of(SupportDirection.class);
    return Gen.of(SupportType.class).uniqueList().ofMaxSize(3).flatMap(types -> random -> {
      ImmutableMap.Builder<SupportType, SupportDirection> supports = ImmutableMap.builder();
      types.forEach(type -> supports.put(type, directions.next(random)));
      return supports.build();
    });
  }

  /**
   * Returns tie templates between two given individuals.
   *
   * @param ends the two ends, distinct: the first as the key, the second as the value
   * @return functions from an id to a tie
   */
  static Gen<Function<TieId, Tie>> tie(Gen<Map.Entry<MemberId, MemberId>> ends) {
    return Gen.combine(ends, Gen.of(TieNature.class), Gen.of(TieQuality.class), supports())
        .as((pair, nature, quality, supports) -> id -> Tie.builder().id(id).first(pair.getKey())
            .second(pair.getValue()).nature(nature).quality(quality).putAllSupports(supports).build());
  }

  private static Gen<List<Tie>> ties(Cast cast) {
    List<MemberId> individuals = cast.individuals();
    int n = individuals.size();
    if (n < 2) {
      return Gen.just(List.of());
    }
    Gen<Map.Entry<MemberId, MemberId>> anyPair = Gen.combine(Templates.choice(), Templates.choice())
        .as((a, b) -> {
          int i = a % n;
          int j = b % (n - 1);
          return Map.entry(individuals.get(i), individuals.get(j >= i ? j + 1 : j));
        });
    Gen<Map.Entry<MemberId, MemberId>> pairs = anyPair;
    if (cast.person().isPresent()) {
      MemberId person = individuals.get(0);
      Gen<Map.Entry<MemberId, MemberId>> withPerson = Gen.combine(Templates.choice(), Gen.booleans())
          .as((a, personFirst) -> {
            MemberId member = individuals.get(1 + a % (n - 1));
            return personFirst ? Map.entry(person, member) : Map.entry(member, person);
          });
      pairs = Gen.frequencyOf(Weighted.of(1, withPerson), Weighted.of(1, anyPair));
    }
    Gen<Integer> count = Gen.frequencyOf(
        Weighted.of(1, Gen.just(0)), Weighted.of(9, Gen.integers(1, Math.min(3 * n, 400))));
    Gen<Function<TieId, Tie>> template = tie(pairs);
    return count.flatMap(k -> template.list().ofSize(k)).map(ts -> numbered(ts, "t-", TieId::of));
  }

  // ---- meetings -------------------------------------------------------------------------------------

  private static Gen<List<Meeting>> meetings(Cast cast) {
    List<MemberId> individuals = cast.individuals();
    if (individuals.isEmpty()) {
      return Gen.just(List.of());
    }
    int days = (int) (cast.asOf().toEpochDay() - cast.created().toEpochDay()) + 60;
    Gen<LocalDate> dates = Templates.dayWithin(cast.created(), days);
    Gen<List<MemberId>> participants = Gen.subsetOf(individuals).ofMaxSize(8);
    Gen<Optional<MemberId>> facilitators = maybe(individuals, 0.7);
    Gen<Boolean> present = Gen.booleans();
    Gen<Optional<String>> notes = cast.texts().optional("minutes");
    Gen<Function<MeetingId, Meeting>> meeting = random -> {
      LocalDate date = dates.next(random);
      List<MemberId> who = participants.next(random);
      Optional<MemberId> facilitator = facilitators.next(random);
      boolean personPresent = present.next(random);
      Optional<String> note = notes.next(random);
      return id -> Meeting.builder().id(id).date(date).addAllParticipants(who).facilitator(facilitator)
          .personPresent(personPresent).note(note).build();
    };
    Gen<Integer> count = Gen.frequencyOf(Weighted.of(4, Gen.just(0)), Weighted.of(6, Gen.integers(1, 12)));
    return count.flatMap(k -> meeting.list().ofSize(k)).map(ms -> numbered(ms, "mt-", MeetingId::of));
  }

  // ---- flows, informings, objections, consents -------------------------------------------------------

  private static Gen<List<InformationFlow>> flows(Cast cast) {
    List<MemberId> individuals = cast.individuals();
    int n = individuals.size();
    if (n == 0) {
      return Gen.just(List.of());
    }
    List<MemberId> speakers = cast.speakers();
    Gen<MemberId> abouts = cast.person().isPresent()
        ? Gen.frequencyOf(Weighted.of(8, Gen.just(individuals.get(0))), Weighted.of(2, Gen.of(speakers)))
        : Gen.of(speakers);
    Gen<Purpose> purpose = Gen.combine(
            Gen.of(PurposeKind.class), Gen.subsetOf(InformationCategory.class).ofMaxSize(4),
            cast.texts().optional("purpose"))
        .as((kind, needs, statement) -> Purpose.builder().kind(kind).addAllNeeds(needs).statement(statement).build());
    Gen<Integer> senders = Templates.choice();
    Gen<List<MemberId>> recipientLists = Gen.subsetOf(individuals).ofMaxSize(3);
    Gen<Optional<ReportKind>> reports = Gen.of(ReportKind.class).optional(0.15);
    Gen<LocalDate> dates = Templates.dayWithin(cast.created().minusDays(30),
        (int) (cast.asOf().toEpochDay() - cast.created().toEpochDay()) + 60);
    Gen<FlowMode> modes = Gen.of(FlowMode.class);
    Gen<Optional<Purpose>> purposes = purpose.optional(0.8);
    Gen<List<InformationCategory>> categories = Gen.subsetOf(InformationCategory.class).ofMaxSize(4);
    Gen<Boolean> present = Gen.booleans();
    Gen<Optional<NotInformedReason>> notInformed = Gen.of(NotInformedReason.class).optional(0.2);
    Gen<Optional<String>> notes = cast.texts().optional("flownote");
    // recipients outside the network: an authority, a professional outside it, a shared record (sharings only)
    Gen<List<Authority>> authorities = Gen.noneOr(9, 1, Gen.subsetOf(Authority.class).ofMinSize(1).ofMaxSize(2));
    Gen<List<BiFunction<MemberId, List<OrganisationId>, OutsideProfessional>>> outsiders =
        Gen.noneOr(9, 1, Templates.outsideProfessional().list().ofMinSize(1).ofMaxSize(2));
    Gen<Optional<SharedRecord>> records = Gen.combine(Gen.of("DMP", "DUI").optional(0.7),
            Gen.subsetOf(RegulatoryCategory.class).ofMinSize(1).ofMaxSize(3))
        .as((name, open) -> SharedRecord.builder().name(name).addAllProfessionalCategories(open).build())
        .optional(0.15);
    List<OrganisationId> organisationIds = cast.organisationIds();
    Gen<List<MemberId>> ownReasonsFor = Gen.noneOr(8, 2, Gen.subsetOf(speakers).ofMinSize(1).ofMaxSize(2));
    Gen<NotInformedReason> ownReasons = Gen.of(NotInformedReason.class);
    Gen<Function<FlowId, InformationFlow>> flow = random -> {
      int senderIndex = senders.next(random) % n;
      MemberId sender = individuals.get(senderIndex);
      Set<MemberId> recipients = new LinkedHashSet<>(recipientLists.next(random));
      MemberId about = abouts.next(random);
      Optional<ReportKind> drawnReport = reports.next(random);
      recipients.remove(sender);
      if (recipients.isEmpty() && drawnReport.isEmpty()) {
        if (n > 1) {
          recipients.add(individuals.get((senderIndex + 1) % n));
        } else {
          drawnReport = Optional.of(ReportKind.CHILD_CONCERN);
        }
      }
      Optional<ReportKind> report = drawnReport;
      LocalDate date = dates.next(random);
      FlowMode mode = modes.next(random);
      Optional<Purpose> why = purposes.next(random);
      List<InformationCategory> what = categories.next(random);
      boolean personPresent = present.next(random);
      Optional<NotInformedReason> reason = notInformed.next(random);
      Optional<String> note = notes.next(random);
      Map<MemberId, NotInformedReason> reasonsFor = new LinkedHashMap<>();
      for (MemberId owed : ownReasonsFor.next(random)) {
        reasonsFor.put(owed, ownReasons.next(random));
      }
      List<Authority> toAuthorities = authorities.next(random);
      List<BiFunction<MemberId, List<OrganisationId>, OutsideProfessional>> toOutside = outsiders.next(random);
      Optional<SharedRecord> intoRecord = mode == FlowMode.SHARING ? records.next(random) : Optional.empty();
      return id -> {
        List<OutsideProfessional> outside = new ArrayList<>();
        for (int k = 0; k < toOutside.size(); k++) {
          outside.add(toOutside.get(k).apply(MemberId.of("x-" + id.value() + "-" + k), organisationIds));
        }
        return InformationFlow.builder().id(id).sender(sender).addAllRecipients(recipients).about(about)
            .report(report).date(date).mode(mode).purpose(why).addAllCategories(what)
            .personPresent(personPresent).notInformedReason(reason).putAllNotInformedReasons(reasonsFor).note(note)
            .addAllAuthorities(toAuthorities).addAllOutsideProfessionals(outside).sharedRecord(intoRecord).build();
      };
    };
    Gen<Integer> count = Gen.frequencyOf(Weighted.of(4, Gen.just(0)), Weighted.of(6, Gen.integers(1, 8)));
    return count.flatMap(k -> flow.list().ofSize(k)).map(fs -> numbered(fs, "f-", FlowId::of));
  }

  private static Gen<List<Informing>> informings(Cast cast, List<FlowId> flows) {
    List<MemberId> individuals = cast.individuals();
    List<MemberId> speakers = cast.speakers();
    if (speakers.isEmpty()) {
      return Gen.just(List.of());
    }
    Gen<Optional<FlowId>> flow = flows.isEmpty()
        ? Gen.just(Optional.empty())
        : Gen.of(flows).optional(0.6);
    Gen<MemberId> informed = Gen.of(speakers);
    Gen<LocalDate> dates = day(cast);
    Gen<List<InformingSubject>> subjects = Gen.subsetOf(InformingSubject.class).ofMinSize(1);
    Gen<Optional<MemberId>> by = maybe(individuals, 0.6);
    Gen<Informing> informing = random -> Informing.builder().informed(informed.next(random)).date(dates.next(random))
        .addAllSubjects(subjects.next(random)).by(by.next(random)).flow(flow.next(random)).build();
    return Gen.noneOr(5, 5, informing.list().ofMinSize(1).ofMaxSize(4));
  }

  private static Gen<List<Objection>> objections(Cast cast) {
    List<MemberId> speakers = cast.speakers();
    if (speakers.isEmpty()) {
      return Gen.just(List.of());
    }
    Gen<List<OrganisationId>> organisations = Gen.noneOr(8, 2, Gen.subsetOf(cast.organisationIds()).ofMaxSize(2));
    Gen<MemberId> authors = Gen.of(speakers);
    Gen<LocalDate> days = day(cast);
    Gen<List<InformationCategory>> categories = Gen.subsetOf(InformationCategory.class).ofMaxSize(3);
    Gen<List<MemberId>> recipients = Gen.subsetOf(cast.individuals()).ofMaxSize(2);
    Gen<Objection> objection = random -> Objection.builder().by(authors.next(random)).date(days.next(random))
        .addAllCategories(categories.next(random)).addAllRecipients(recipients.next(random))
        .addAllOrganisations(organisations.next(random)).build();
    return Gen.noneOr(7, 3, objection.list().ofMinSize(1).ofMaxSize(2));
  }

  private static Gen<List<Consent>> consents(Cast cast) {
    List<MemberId> speakers = cast.speakers();
    if (speakers.isEmpty()) {
      return Gen.just(List.of());
    }
    Gen<MemberId> by = Gen.of(speakers);
    Gen<List<InformationCategory>> information =
        Gen.subsetOf(InformationCategory.class).ofMinSize(1).ofMaxSize(4);
    Gen<List<RegulatoryCategory>> professionals =
        Gen.subsetOf(RegulatoryCategory.class).ofMinSize(1).ofMaxSize(4);
    Gen<List<String>> media = cast.texts().list("media", 2);
    Gen<List<String>> security = cast.texts().list("security", 2);
    Gen<LocalDate> days = day(cast);
    Gen<Optional<Integer>> withdrawnAfter = Gen.integers(0, 400).optional(0.3);
    Gen<Consent> consent = random -> {
      Consent.Builder builder = Consent.builder().by(by.next(random))
          .addAllInformationCategories(information.next(random))
          .addAllProfessionalCategories(professionals.next(random))
          .addAllMedia(media.next(random)).addAllSecurityMeasures(security.next(random));
      LocalDate given = days.next(random);
      return builder.given(given).withdrawn(withdrawnAfter.next(random).map(given::plusDays)).build();
    };
    return Gen.noneOr(6, 4, consent.list().ofMinSize(1).ofMaxSize(3));
  }

  // ---- history, référents, project, partnership ------------------------------------------------------

  /**
   * One change of a status history.
   *
   * @param days the days since the previous change (or the creation)
   * @param status the new status
   */
  private record Step(int days, NetworkStatus status) {}

  private static Gen<List<StatusChange>> statusHistory(Cast cast) {
    Gen<Step> step = Gen.combine(Gen.integers(0, 400), Gen.of(NetworkStatus.class)).as(Step::new);
    return Gen.frequencyOf(Weighted.of(5, Gen.just(0)), Weighted.of(5, Gen.integers(1, 4)))
        .flatMap(k -> step.list().ofSize(k))
        .map(steps -> {
          List<StatusChange> changes = new ArrayList<>();
          LocalDate date = cast.created();
          for (Step s : steps) {
            date = date.plusDays(s.days());
            changes.add(StatusChange.of(date, s.status()));
          }
          return changes;
        });
  }

  private static Gen<List<ReferentDesignation>> referents(Cast cast) {
    List<MemberId> professionals = cast.professionals();
    if (professionals.isEmpty()) {
      return Gen.just(List.of());
    }
    Gen<ReferentDesignation> designation = Gen.combine(Gen.of(professionals), Persons.periodsAround(cast.asOf()))
        .as(ReferentDesignation::of);
    return Gen.noneOr(5, 5, designation.list().ofMinSize(1).ofMaxSize(2));
  }

  private static Gen<List<QualityAssessment>> assessments(Cast cast) {
    List<MemberId> professionals = cast.professionals();
    if (professionals.isEmpty()) {
      return Gen.just(List.of());
    }
    Gen<MemberId> referents = Gen.of(professionals);
    Gen<ReferentQuality> qualities = Gen.of(ReferentQuality.class);
    Gen<QualityLevel> levels = Gen.of(QualityLevel.class);
    Gen<MemberId> assessors = Gen.of(cast.individuals());
    Gen<LocalDate> days = day(cast);
    Gen<Optional<String>> evidence = cast.texts().optional("evidence");
    Gen<QualityAssessment> assessment = random -> QualityAssessment.builder().referent(referents.next(random))
        .quality(qualities.next(random)).level(levels.next(random)).assessedBy(assessors.next(random))
        .date(days.next(random)).evidence(evidence.next(random)).build();
    return Gen.noneOr(7, 3, assessment.list().ofMinSize(1).ofMaxSize(3));
  }

  private static Gen<Optional<PersonalisedProject>> project(Cast cast) {
    if (cast.person().isEmpty()) {
      return Gen.just(Optional.empty());
    }
    List<MemberId> individuals = cast.individuals();
    Gen<Means> means = Gen.combine(Gen.of(individuals), cast.texts().optional("means"))
        .as((holder, description) -> Means.builder().holder(holder).description(description).build());
    Gen<Function<ObjectiveId, Objective>> objective = Gen.combine(
            Templates.spheres(), cast.texts().optional("objective"),
            Gen.subsetOf(Participation.class), means.list().ofMaxSize(2))
        .as((sphere, statement, participation, ms) -> id -> Objective.builder().id(id).sphere(sphere)
            .statement(statement).addAllParticipation(participation).addAllMeans(ms).build());
    Gen<PersonalisedProject> project = Gen.combine(
            Gen.integers(0, 4).flatMap(k -> objective.list().ofSize(k))
                .map(os -> numbered(os, "obj-", ObjectiveId::of)),
            cast.texts().optional("evaluationstrategy"),
            day(cast).list().ofMaxSize(3))
        .as((objectives, strategy, reviews) -> PersonalisedProject.builder().addAllObjectives(objectives)
            .evaluationStrategy(strategy).addAllReviewDates(reviews).build());
    return project.optional(0.6);
  }

  private static Gen<Optional<Partnership>> partnership(Cast cast) {
    Texts texts = cast.texts();
    Gen<Origin> origin = Gen.oneOf(
        Gen.just(Origin.spontaneous()),
        texts.text("legalbasis").map(Origin::imposedBy),
        texts.text("commission").map(Origin::commissionedBy),
        Gen.just(Origin.builder().kind(OriginKind.IMPOSED).build()));
    List<OrganisationId> organisations = cast.organisationIds();
    Gen<List<OrganisationId>> parties = organisations.isEmpty()
        ? Gen.just(List.of())
        : Gen.subsetOf(organisations).ofMaxSize(4);
    Gen<List<MemberId>> members = cast.individuals().isEmpty()
        ? Gen.just(List.of())
        : Gen.subsetOf(cast.individuals()).ofMaxSize(6);
    Gen<Optional<String>> common = texts.optional("commonproject");
    Gen<Optional<Charter>> charter = day(cast).map(Charter::of).optional(0.5);
    Gen<Optional<Convention>> convention =
        Gen.combine(texts.text("convention"), day(cast)).as(Convention::of).optional(0.4);
    Gen<Optional<Origin>> origins = origin.optional(0.7);
    Gen<Optional<Period>> period = Persons.periodsAround(cast.asOf()).optional(0.5);
    Gen<Partnership> partnership = random -> Partnership.builder()
        .addAllOrganisations(parties.next(random)).addAllMembers(members.next(random))
        .commonProject(common.next(random)).charter(charter.next(random)).convention(convention.next(random))
        .origin(origins.next(random)).period(period.next(random)).build();
    return partnership.optional(0.25);
  }

  private static Gen<Optional<SocialActionTrigger>> socialActionTrigger(Cast cast) {
    Gen<SocialActionTrigger> trigger = Gen.combine(day(cast), Gen.booleans(), maybe(cast.individuals(), 0.5))
        .as((recorded, informed, coordinator) -> SocialActionTrigger.builder().recorded(recorded)
            .authoritiesInformed(informed).coordinator(coordinator).build());
    return trigger.optional(0.15);
  }

  private static Gen<List<Evaluation>> evaluations(Cast cast) {
    Gen<Evaluation> evaluation = Gen.combine(day(cast), cast.texts().optional("outcome"))
        .as((date, outcome) -> Evaluation.builder().date(date).outcome(outcome).build());
    return evaluation.list().ofMaxSize(3);
  }

  // ---- settings -------------------------------------------------------------------------------------

  private static Gen<Governance> governance(Cast cast) {
    Texts texts = cast.texts();
    Gen<Optional<String>> place = texts.optional("place");
    Gen<List<String>> tools = texts.list("tool", 3);
    Gen<Optional<String>> facilitation = texts.optional("facilitation");
    Gen<Optional<String>> traces = texts.optional("traces");
    Gen<Optional<EthicsCharter>> charter =
        Gen.combine(day(cast), Gen.booleans()).as(EthicsCharter::of).optional(0.4);
    return random -> Governance.builder().place(place.next(random)).addAllCommunicationTools(tools.next(random))
        .facilitation(facilitation.next(random)).traces(traces.next(random)).ethicsCharter(charter.next(random))
        .build();
  }

  private static Gen<Optional<ConcertedStrategy>> strategy(Cast cast) {
    double presence = cast.recipe().kind() == Recipe.Kind.COLLECTIVE ? 0.7 : 0.1;
    Gen<ConcertedStrategy> strategy = Gen.combine(Gen.of(StrategyKind.class), cast.texts().text("strategy"))
        .as(ConcertedStrategy::of);
    return cast.texts() == Texts.ALWAYS ? strategy.map(Optional::of) : strategy.optional(presence);
  }

  private static Gen<Optional<NetworkBasis>> basis(Cast cast) {
    Gen<NetworkBasis> basis = Gen.oneOf(
        Gen.just(NetworkBasis.agreement()),
        cast.texts().text("order").map(r -> NetworkBasis.of(BasisKind.COURT_ORDER, r)),
        cast.texts().text("decision").map(r -> NetworkBasis.of(BasisKind.ADMINISTRATIVE_DECISION, r)));
    // the period it is in force, when recorded, from creation for a year or open
    Gen<Optional<Period>> periods = Gen.integers(0, 365).optional(0.5)
        .map(end -> Period.of(cast.created(), end.map(cast.created()::plusDays))).optional(0.4);
    return Gen.combine(basis, periods).as((b, p) -> p.isPresent() ? b.inForce(p.get()) : b).optional(0.5);
  }

  private static Gen<Optional<String>> theme(Cast cast) {
    return cast.texts().optional("theme", cast.recipe().kind() == Recipe.Kind.INTER_SERVICE ? 0.8 : 0.2);
  }

  private static Gen<Optional<String>> territory(Cast cast) {
    return cast.texts().optional("territory", cast.recipe().kind() == Recipe.Kind.INTER_SERVICE ? 0.8 : 0.3);
  }

  // ---- helpers --------------------------------------------------------------------------------------

  private static Gen<LocalDate> day(Cast cast) {
    int days = (int) (cast.asOf().toEpochDay() - cast.created().toEpochDay()) + 90;
    return Templates.dayWithin(cast.created().minusDays(30), days + 30);
  }

  private static <T> Gen<Optional<T>> maybe(List<T> values, double presence) {
    return values.isEmpty() ? Gen.just(Optional.empty()) : Gen.of(values).optional(presence);
  }

  /**
   * Applies templates to ids numbered from 0 with a prefix.
   *
   * @param templates the templates, in order
   * @param prefix the ids' prefix
   * @param id makes an id from its key
   * @return the values, in the templates' order
   */
  static <I, T> List<T> numbered(List<Function<I, T>> templates, String prefix, Function<String, I> id) {
    return IntStream.range(0, templates.size()).mapToObj(i -> templates.get(i).apply(id.apply(prefix + i))).toList();
  }
}
