package org.maillage.core.sharing.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maillage.MemberId;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.person.LifeStage;
import org.maillage.sharing.Authority;
import org.maillage.sharing.FactAnswer;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.AgreementModel;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.BelgianSettings;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.OffenceCategory;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;
import org.maillage.testing.Weighted;

/**
 * Properties of the Belgian decision on situations composed from the fixture's parts (who speaks to whom, the
 * teenager's age and what her family said, the Belgian records of the flow, a standing fact left unrecorded, the
 * settings): it never throws, is deterministic, reads alike quietly and explained, explains itself in three
 * languages, and every answer an incomplete decision announces is the one recording that fact gives.
 */
class BelgianSharingPolicyProperties {
  private static final List<MemberId> PROFESSIONALS = List.of(Scenario.PMS, Scenario.CPAS, Scenario.TEACHER,
      Scenario.DOCTOR, Scenario.LANDLORD, Scenario.SAJ, Scenario.AMO, Scenario.GATE, Scenario.GATE2,
      Scenario.PROVIDER, Scenario.SDJ);
  private static final List<BelgianSettings> SETTINGS = List.of(BelgianSettings.defaults(),
      BelgianSettings.builder().agreementModel(AgreementModel.NO_OBJECTION).build(),
      BelgianSettings.builder().refusalBlocksYouthCare(false).build(),
      BelgianSettings.builder().consentLetsTellNotBound(true).build());
  private static final double AT_LEAST_ONCE = Double.MIN_VALUE;

  /** The Belgian record a flow carries beyond the generic one. */
  enum Special { NONE, TEXT, REPORT, REPORT_FAILED, REPORT_OPEN, CONSULTATION, CONSULTATION_OPEN, HEARD, DANGER,
    DANGER_OPEN, MAGISTRATE }

  /** Who speaks to whom. */
  record Parties(MemberId sender, List<MemberId> recipients) {}

  /** The teenager's stage and what her family said. */
  record Family(LifeStage stage, boolean young, boolean informed, int agreements, boolean objection) {}

  /** The flow's Belgian facts. */
  record Facts(Special special, Optional<Boolean> interest, Optional<Community> community, boolean extra) {}

  /** A standing fact left unrecorded, and the settings. */
  record Twist(Optional<Integer> forgotten, BelgianFact kind, int settings) {}

  /** A situation, built afresh each time it is asked for. */
  record Case(Parties parties, Family family, Facts facts, Twist twist) {
    Scenario scenario() {
      Scenario s = Scenario.pmsToCpas().settings(SETTINGS.get(twist.settings()))
          .flow(f -> f.sender(parties.sender()).recipients(parties.recipients()));
      if (family.stage() != LifeStage.MINOR || family.young()) {
        s.stage(family.stage()).bornOn(family.young() ? LocalDate.of(2016, 5, 1)
            : family.stage() == LifeStage.ADULT ? LocalDate.of(1990, 1, 1) : LocalDate.of(2007, 2, 1));
      }
      if (family.informed()) {
        s.tellFamily();
      }
      if (family.agreements() > 0) {
        s.agree(Scenario.PERSON);
      }
      if (family.agreements() > 1) {
        s.agree(Scenario.MOTHER).agree(Scenario.FATHER);
      }
      if (family.objection()) {
        s.object(Scenario.MOTHER);
      }
      s.record(r -> r.inPersonsInterest(facts.interest()));
      facts.community().ifPresent(s::community);
      if (facts.extra()) {
        s.flow(f -> f.addCategory(InformationCategory.HEALTH));
      }
      switch (facts.special()) {
        case TEXT -> s.record(r -> r.enablingText(org.maillage.sharing.be.BelgianLaw.CP_422BIS));
        case REPORT, REPORT_FAILED, REPORT_OPEN -> {
          s.flow(f -> f.recipients(List.of()).authorities(List.of(Authority.PUBLIC_PROSECUTOR))
              .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)));
          s.record(r -> r.report(facts.special() == Special.REPORT ? Scenario.report().build()
              : facts.special() == Special.REPORT_FAILED
                  ? Scenario.report().offence(OffenceCategory.NOT_ON_LIST).build()
                  : Scenario.report().danger(Optional.empty()).build()));
        }
        case CONSULTATION, CONSULTATION_OPEN -> s.consultation(Scenario.cell()
                .modalitiesSet(facts.special() == Special.CONSULTATION ? Optional.of(true) : Optional.empty())
                .addParticipants(parties.sender()).addAllParticipants(parties.recipients()).build())
            .record(r -> r.insideConsultation("CSIL-2026-03"));
        case HEARD -> s.consultation(Scenario.cell().build()).record(r -> r.heardInConsultation("CSIL-2026-03"));
        case DANGER -> s.record(r -> r.danger(Scenario.danger().build()));
        case DANGER_OPEN -> s.record(r -> r.danger(Scenario.danger().noOtherMeans(Optional.empty()).build()));
        case MAGISTRATE -> s.flow(f -> f.authorities(List.of(Authority.YOUTH_MAGISTRATE)))
            .record(r -> r.writtenRequest(Scenario.BEFORE));
        case NONE -> { }
      }
      if (twist.forgotten().isPresent()) {
        List<MemberId> all = new java.util.ArrayList<>(List.of(parties.sender()));
        all.addAll(parties.recipients());
        s.forget(twist.kind(), all.get(twist.forgotten().get() % all.size()));
      }
      return s;
    }

    @Override
    public String toString() {
      return parties + " " + family + " " + facts + " " + twist;
    }
  }

  Gen<Case> cases() {
    // mostly colleagues of one field (school and social, FWB youth aid, Flemish youth care), sometimes anyone
    Gen<List<MemberId>> field = Gen.frequency(Weighted.of(3, List.of(Scenario.PMS, Scenario.CPAS, Scenario.DOCTOR,
            Scenario.TEACHER)), Weighted.of(2, List.of(Scenario.SAJ, Scenario.AMO, Scenario.PMS)),
        Weighted.of(3, List.of(Scenario.GATE, Scenario.GATE2, Scenario.PROVIDER, Scenario.SDJ)),
        Weighted.of(1, PROFESSIONALS));
    Gen<Parties> parties = field.flatMap(members -> Gen.of(members).flatMap(sender -> Gen.subsetOf(
            members.stream().filter(p -> !p.equals(sender)).toList()).ofMinSize(1).ofMaxSize(2)
        .map(recipients -> new Parties(sender, List.copyOf(recipients)))));
    Gen<Family> family = Gen.combine(Gen.of(LifeStage.MINOR, LifeStage.MINOR, LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION,
            LifeStage.ADULT), Gen.booleans(), Gen.booleans(), Gen.integers(0, 2))
        .as((stage, young, informed, agreements) -> new Family(stage, young && stage == LifeStage.MINOR, informed,
            agreements, false))
        .flatMap(f -> Gen.integers(0, 9).map(i -> new Family(f.stage(), f.young(), f.informed(), f.agreements(),
            i == 0)));
    Gen<Special> specials = Gen.frequencyOf(Weighted.of(6, Gen.just(Special.NONE)), Weighted.of(4, Gen.of(Special.class)));
    Gen<Facts> facts = Gen.combine(specials, Gen.booleans().optional(0.9),
            Gen.of(Community.class).optional(0.7), Gen.integers(0, 9))
        .as((special, interest, community, extra) -> new Facts(special, interest, community, extra == 0));
    Gen<Twist> twist = Gen.combine(Gen.integers(0, 2).optional(0.3),
            Gen.of(BelgianFact.SECRECY_STANDING, BelgianFact.HEALTH_PROFESSIONAL, BelgianFact.YOUTH_AID_ROLE),
            Gen.integers(0, SETTINGS.size() - 1))
        .as(Twist::new);
    return Gen.combine(parties, family, facts, twist).as(Case::new);
  }

  @Property(tries = 400)
  void decides_without_throwing_alike_quietly_and_explained_in_three_languages(@ForAll("cases") Case c) {
    // given
    Scenario scenario = c.scenario();
    BelgianSharingPolicy policy = BelgianSharingPolicy.of(scenario.settingsValue());

    // when
    SharingDecision first = policy.decide(scenario.network(), scenario.flowValue());
    SharingDecision again = policy.decide(c.scenario().network(), c.scenario().flowValue());
    SharingDecision quiet = policy.outcomes(SharingRecord.of(scenario.network())).of(scenario.flowValue());

    // then
    Statistics.label("regime").collect(first.regime());
    Statistics.label("outcome").collect(first.outcome());
    for (BelgianRegime regime : BelgianRegime.values()) {
      Statistics.label("regime").coverage(regime, AT_LEAST_ONCE);
    }
    for (SharingOutcome outcome : SharingOutcome.values()) {
      Statistics.label("outcome").coverage(outcome, AT_LEAST_ONCE);
    }
    assertThat(again).isEqualTo(first);
    assertThat(quiet.outcome()).isEqualTo(first.outcome());
    assertThat(quiet.regime()).isEqualTo(first.regime());
    for (Locale locale : List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      assertThat(policy.explain(first, locale)).doesNotContain("{");
    }
    if (first.outcome() == SharingOutcome.ALLOW) {
      assertThat(first.regime()).isNotEqualTo(BelgianRegime.NO_JUSTIFICATION);
    }
  }

  @Property(tries = 400)
  void every_announced_answer_is_what_recording_the_fact_gives(@ForAll("cases") Case c) {
    // given
    SharingDecision decision = c.scenario().decide();
    Statistics.label("incomplete").collect(decision.outcome() == SharingOutcome.INCOMPLETE);
    Statistics.label("incomplete").coverage(true, 2);

    // when / then
    for (MissingFact fact : decision.missingFacts()) {
      for (FactAnswer answer : fact.answers()) {
        SharingDecision recorded = c.scenario().recordFact(fact.kind(), fact.about().orElse(null),
            answer.recording()).decide();
        assertThat(recorded.outcome()).as("%s recorded %s", fact.kind(), answer.recording())
            .isEqualTo(answer.outcome());
      }
    }
  }
}
