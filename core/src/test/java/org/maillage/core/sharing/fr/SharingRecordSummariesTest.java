package org.maillage.core.sharing.fr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.member.Horizon;
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
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.ProfessionalCategory;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.testing.Seeds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sharing record's summaries of objections, consents and measures answer as the plain definitions do
 * ({@link Objection#blocks}, {@link Consent#isInForceOn}, {@link Person#measuresOn}), read one by one for each
 * flow as the decision once did: on seeded random records with many objections, consents and measures, every
 * flow gets the same decision, reasons and legal bases through the summaries as through {@link Plain}, and
 * every author's summary gives the same answers. Fresh seeds each run; a failure names its seed, and
 * {@code -Dmaillage.seed=SEED} replays it.
 */
class SharingRecordSummariesTest {
  private static final FrenchSharingPolicy POLICY = FrenchSharingPolicy.instance();
  private static final LocalDate D0 = LocalDate.of(2026, 3, 2);
  private static final MemberId PERSON = MemberId.of("p-0");
  private static final List<MemberId> PROFESSIONALS =
      List.of(MemberId.of("pro-0"), MemberId.of("pro-1"), MemberId.of("pro-2"), MemberId.of("pro-3"));
  private static final List<MemberId> RELATIVES = List.of(MemberId.of("m-0"), MemberId.of("m-1"));
  /** A few categories, so that scopes meet often. */
  private static final List<InformationCategory> CATEGORIES = List.of(InformationCategory.IDENTITY,
      InformationCategory.HEALTH, InformationCategory.HOUSING, InformationCategory.FINANCIAL);
  private static final int RECORDS = 300;
  private static final int FLOWS = 40;

  @Test
  void everyFlowIsDecidedThroughTheSummariesAsThroughThePlainDefinitions() {
    long replayed = Seeds.replayed().orElse(0);
    boolean replay = Seeds.replayed().isPresent();
    Set<String> reached = new HashSet<>();
    for (int r = 0; r < (replay ? 1 : RECORDS); r++) {
      long seed = replay ? replayed : Seeds.fresh();
      try {
        checkRecord(new SplittableRandom(seed), reached);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + " (replay with -Dmaillage.seed=" + seed + "): " + e.getMessage(),
            e);
      }
    }
    if (!replay) {
      // the generator reaches the cases the summaries must get right
      assertThat(reached).contains("general.step4.objection", "child-protection.objection-not-applicable",
          "general.step7.consent", "general.step7.withdrawn", "general.step7.incomplete",
          "general.step7.too-narrow", "general.step7.missing", "report.judge.applies",
          "report.judge.not-to-judge", "report.abuse.applies-vulnerable");
    }
  }

  private static void checkRecord(SplittableRandom random, Set<String> reached) {
    // given
    Network network = network(random);
    SharingRecord summarised = SharingRecord.of(network);
    SharingRecord plain = SharingRecord.reading(network, new Plain(network));
    List<MemberId> authors = new ArrayList<>(PROFESSIONALS);
    authors.add(PERSON);
    authors.addAll(RELATIVES);
    for (int f = 0; f < FLOWS; f++) {
      InformationFlow flow = flow(random);

      // when
      SharingDecision decision = POLICY.decide(summarised, flow);

      // then
      assertThat(decision).as("flow %s", flow).isEqualTo(POLICY.decide(plain, flow));
      assertThat(POLICY.outcome(summarised, flow)).isEqualTo(POLICY.outcome(plain, flow));
      decision.reasons().forEach(m -> reached.add(m.key()));
      Set<RegulatoryCategory> to = EnumSet.noneOf(RegulatoryCategory.class);
      flow.recipients().forEach(id -> to.add(network.member(id).filter(Professional.class::isInstance)
          .map(Professional.class::cast).flatMap(p -> FrenchStanding.of(p).regulatoryCategory())
          .orElse(RegulatoryCategory.NOT_LISTED)));
      for (MemberId author : authors) {
        assertThat(summarised.firstBlockingObjection(author, flow)).as("objection by %s", author)
            .isEqualTo(plain.firstBlockingObjection(author, flow));
        assertThat(summarised.consents(author, flow.date(), flow.categories(), to)).as("consents of %s", author)
            .isEqualTo(plain.consents(author, flow.date(), flow.categories(), to));
        assertThat(summarised.firstMandating(author, null, flow.date()))
            .isEqualTo(plain.firstMandating(author, null, flow.date()));
        for (MemberId judge : PROFESSIONALS) {
          assertThat(summarised.firstMandating(author, judge, flow.date()))
              .isEqualTo(plain.firstMandating(author, judge, flow.date()));
        }
      }
      for (MeasureKind kind : MeasureKind.values()) {
        assertThat(summarised.firstMeasure(kind, flow.date())).isEqualTo(plain.firstMeasure(kind, flow.date()));
      }
    }
  }

  /**
   * The plain definitions, read one by one for each question, as the decision read them before the summaries:
   * the test's reference.
   */
  private record Plain(Network network) implements SharingRecord.Addressees {
    @Override
    public @Nullable Objection firstBlocking(MemberId by, InformationFlow flow) {
      for (Objection o : network.objectionsBy(by)) {
        if (o.blocks(flow, network)) {
          return o;
        }
      }
      return null;
    }

    @Override
    public SharingRecord.ConsentReading consents(MemberId by, LocalDate date,
        Collection<InformationCategory> categories, Set<? extends ProfessionalCategory> recipients) {
      Consent inForce = null;
      Consent incomplete = null;
      Consent narrow = null;
      LocalDate lastWithdrawal = null;
      LocalDate lastGiven = null;
      for (Consent c : network.consentsBy(by)) {
        boolean covers = c.informationCategories().containsAll(categories)
            && c.professionalCategories().containsAll(recipients);
        boolean overlaps = categories.isEmpty() || categories.stream().anyMatch(c.informationCategories()::contains);
        boolean complete = !c.media().isEmpty() && !c.securityMeasures().isEmpty();
        if (c.isInForceOn(date)) {
          if (!covers) {
            narrow = narrow == null ? c : narrow;
          } else if (!complete) {
            incomplete = incomplete == null ? c : incomplete;
          } else {
            inForce = inForce == null ? c : inForce;
          }
          if (overlaps && (lastGiven == null || c.given().isAfter(lastGiven))) {
            lastGiven = c.given();
          }
        } else if (!c.given().isAfter(date) && overlaps) {
          LocalDate w = c.withdrawn().orElseThrow();
          lastWithdrawal = lastWithdrawal == null || w.isAfter(lastWithdrawal) ? w : lastWithdrawal;
        }
      }
      return new SharingRecord.ConsentReading(inForce, incomplete, narrow, lastWithdrawal, lastGiven);
    }

    @Override
    public @Nullable JudicialMeasure firstMeasure(MeasureKind kind, LocalDate date) {
      Person person = network.focalPerson().orElse(null);
      return person == null ? null
          : person.measuresOn(date).stream().filter(m -> m.kind() == kind).findFirst().orElse(null);
    }

    @Override
    public @Nullable JudicialMeasure firstMandating(MemberId mandated, @Nullable MemberId judge, LocalDate date) {
      Person person = network.focalPerson().orElse(null);
      return person == null ? null : person.measuresOn(date).stream()
          .filter(m -> m.mandated().contains(mandated) && (judge == null || judge.equals(m.judge().orElse(null))))
          .findFirst().orElse(null);
    }
  }

  // ---- generators ---------------------------------------------------------------------------------------

  private static LocalDate day(SplittableRandom random) {
    return D0.plusDays(random.nextInt(40));
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> List<T> some(SplittableRandom random, List<T> values, int max) {
    List<T> picked = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      T value = pick(random, values);
      if (!picked.contains(value)) {
        picked.add(value);
      }
    }
    return picked;
  }

  private static Network network(SplittableRandom random) {
    Person.Builder person = Person.builder().id(PERSON)
        .lifeStage(random.nextInt(4) == 0 ? pick(random, List.of(LifeStage.values())) : LifeStage.ADULT);
    for (MemberId relative : RELATIVES) {
      if (random.nextBoolean()) {
        person.addRepresentative(LegalRepresentative.of(relative, pick(random, List.of(RepresentationKind.values()))));
      }
    }
    int measures = random.nextInt(12);
    for (int i = 0; i < measures; i++) {
      LocalDate start = day(random);
      JudicialMeasure.Builder m = JudicialMeasure.builder().reference("TE-" + i)
          .kind(pick(random, List.of(MeasureKind.values()))).addAllMandated(some(random, PROFESSIONALS, 3))
          .period(random.nextBoolean() ? Period.from(start) : Period.of(start, start.plusDays(random.nextInt(15))));
      if (random.nextInt(4) > 0) {
        m.judge(pick(random, PROFESSIONALS));
      }
      person.addMeasure(m.build());
    }
    Network.Builder n = Network.builder().id(NetworkId.of("n-0")).created(D0.minusDays(30)).focalPerson(person.build())
        .addMembers(PrimaryMember.builder().id(RELATIVES.get(0)).relation(Relation.MOTHER).horizon(Horizon.CLOSE)
            .involvedFrom(D0.minusDays(30)).build())
        .addMembers(PrimaryMember.builder().id(RELATIVES.get(1)).relation(Relation.FATHER).horizon(Horizon.CLOSE)
            .involvedFrom(D0.minusDays(30)).build());
    List<RegulatoryCategory> categories = List.of(RegulatoryCategory.HEALTH_PROFESSIONAL,
        RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER,
        RegulatoryCategory.NOT_LISTED);
    for (MemberId id : PROFESSIONALS) {
      Professional.Builder p = Professional.builder().id(id).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
          .secrecy(SecrecyBasis.PROFESSION)
          .missionCovers(InformationCategory.values()).involvedFrom(D0.minusDays(30));
      FrenchStanding.Builder standing = FrenchStanding.builder()
          .regulatoryCategory(random.nextInt(6) == 0 ? RegulatoryCategory.NOT_LISTED : pick(random, categories))
          .childProtectionContributor(random.nextBoolean());
      // recognised by the person one time in five, recorded outside any care team otherwise
      standing.careTeam(random.nextInt(5) == 0 ? CareTeamBasis.RECOGNISED_BY_PERSON : CareTeamBasis.NONE);
      p.addStanding(standing.build());
      n.addMembers(p.build());
    }
    List<MemberId> authors = List.of(PERSON, PERSON, RELATIVES.get(0), RELATIVES.get(1));
    int objections = random.nextInt(25);
    for (int i = 0; i < objections; i++) {
      n.addObjections(Objection.builder().by(pick(random, authors)).date(day(random).plusDays(random.nextInt(20)))
          .addAllCategories(some(random, CATEGORIES, 2)).addAllRecipients(some(random, PROFESSIONALS, 2)).build());
    }
    int consents = random.nextInt(25);
    for (int i = 0; i < consents; i++) {
      LocalDate given = day(random).minusDays(random.nextInt(10));
      Consent.Builder c = Consent.builder().by(pick(random, authors)).given(given)
          .addAllInformationCategories(some(random, CATEGORIES, 3)).addInformationCategories(pick(random, CATEGORIES))
          .addAllProfessionalCategories(some(random, categories, 3)).addProfessionalCategories(pick(random, categories));
      if (random.nextBoolean()) {
        c.withdrawn(given.plusDays(random.nextInt(12)));
      }
      if (random.nextInt(4) > 0) {
        c.addMedia("dossier partagé").addSecurityMeasures("accès nominatif");
      }
      n.addConsents(c.build());
    }
    return n.build();
  }

  private static InformationFlow flow(SplittableRandom random) {
    MemberId sender = pick(random, PROFESSIONALS);
    List<MemberId> others = new ArrayList<>(PROFESSIONALS);
    others.remove(sender);
    List<MemberId> recipients = some(random, others, 2);
    List<InformationCategory> carried = some(random, CATEGORIES, 2);
    Set<InformationCategory> needs = EnumSet.noneOf(InformationCategory.class);
    needs.addAll(carried);
    needs.add(pick(random, CATEGORIES));
    PurposeKind kind = random.nextInt(4) == 0 ? pick(random, List.of(PurposeKind.values()))
        : pick(random, List.of(PurposeKind.CARE_COORDINATION, PurposeKind.SOCIAL_FOLLOW_UP));
    InformationFlow.Builder flow = InformationFlow.builder().id(FlowId.of("f-0")).sender(sender)
        .recipients(recipients).about(random.nextInt(8) == 0 ? RELATIVES.get(0) : PERSON)
        .mode(random.nextInt(4) == 0 ? FlowMode.EXCHANGE : FlowMode.SHARING)
        .purpose(Purpose.builder().kind(kind).addAllNeeds(needs).build()).categories(carried)
        .date(day(random).plusDays(random.nextInt(20)));
    if (recipients.isEmpty() || random.nextInt(4) == 0) {
      flow.report(recipients.isEmpty() ? ReportKind.REPORT_TO_JUDGE : pick(random, List.of(ReportKind.values())));
    }
    if (random.nextInt(6) == 0) {
      flow.notInformedReason(pick(random, List.of(NotInformedReason.values())));
    }
    return flow.build();
  }
}
