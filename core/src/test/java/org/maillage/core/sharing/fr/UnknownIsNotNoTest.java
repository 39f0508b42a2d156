package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.sharing.fr.Scenario.AS;
import static org.maillage.core.sharing.fr.Scenario.CESF;
import static org.maillage.core.sharing.fr.Scenario.DOC;
import static org.maillage.core.sharing.fr.Scenario.EDUC;
import static org.maillage.core.sharing.fr.Scenario.PERSON;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.member.SecrecyBasis;
import org.maillage.network.Network;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.FactAnswer;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * DOMAIN.md §4, "Unknown is not no": for each fact the French decision reads, a flow where that fact decides and
 * is not recorded is INCOMPLETE naming it, never DENY; recording it each way gives the answer announced for
 * that way; a condition recorded as failed settles the flow whatever else is unrecorded; a fact whose every
 * recording gives the same answer leaves nothing open.
 */
class UnknownIsNotNoTest {
  private static final FrenchSharingPolicy POLICY = FrenchSharingPolicy.instance();

  static Stream<Arguments> facts() {
    return Stream.of(
        fact("step 1: the recipient's category of the closed list", FrenchFact.REGULATORY_CATEGORY, CESF,
            () -> Scenario.general().editStanding(CESF, s -> s.regulatoryCategory(Optional.empty()))),
        fact("step 3: the sender's mission", CommonFact.MISSION_CATEGORIES, AS,
            () -> Scenario.general().editProfessional(AS, p -> p.missionCategories(Optional.empty()))),
        fact("step 6: the sender's care-team basis", FrenchFact.CARE_TEAM_BASIS, AS,
            () -> Scenario.general().editStanding(CESF, s -> s.careTeam(CareTeamBasis.SAME_ESTABLISHMENT))
                .flow(f -> f.mode(FlowMode.SHARING))),
        fact("step 6: the category of a formalised group's member (CSP L1110-12 3°)", FrenchFact.REGULATORY_CATEGORY,
            DOC, () -> Scenario.general().careTeam(CareTeamBasis.FORMALISED_GROUP)
                .editStanding(DOC, s -> s.careTeam(CareTeamBasis.FORMALISED_GROUP).regulatoryCategory(Optional.empty()))
                .flow(f -> f.mode(FlowMode.SHARING))),
        fact("child protection: the recipient's contribution (CASF L112-3)", FrenchFact.CHILD_PROTECTION_CONTRIBUTOR,
            EDUC, () -> Scenario.childProtection().object(PERSON, Scenario.BEFORE)
                .editStanding(EDUC, s -> s.childProtectionContributor(Optional.empty()))),
        fact("child protection: the recipient's secrecy", CommonFact.SECRECY, EDUC,
            () -> Scenario.childProtection().object(PERSON, Scenario.BEFORE)
                .editProfessional(EDUC, p -> p.secrecy(Optional.empty()))),
        fact("reports: whether the adult is unable to protect himself (CP 226-14 1°)",
            CommonFact.UNABLE_TO_PROTECT_THEMSELVES, PERSON, () -> Scenario.general().object(PERSON, Scenario.BEFORE)
                .flow(f -> f.report(ReportKind.ABUSE_REPORT).recipients(List.of())
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)))),
        fact("social action: the recipient's standing (CASF L116-1)", FrenchFact.SOCIAL_ACTION_PROFESSIONAL, CESF,
            () -> Scenario.socialAction().object(PERSON, Scenario.BEFORE)
                .editStanding(CESF, s -> s.socialActionProfessional(Optional.empty()))));
  }

  private static Arguments fact(String name, FactKind kind, MemberId member, Supplier<Scenario> scenario) {
    return Arguments.of(name, kind, member, scenario);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void a_deciding_fact_not_recorded_makes_the_decision_incomplete_never_a_refusal(String name, FactKind kind,
      MemberId member, Supplier<Scenario> scenario) {
    // given
    Scenario open = scenario.get();

    // when
    SharingDecision decision = open.decide();

    // then
    assertThat(decision.outcome()).as(name).isEqualTo(SharingOutcome.INCOMPLETE);
    assertThat(decision.isComplete()).isFalse();
    assertThat(decision.missingFacts()).as(name)
        .anySatisfy(f -> assertThat(f.kind()).isEqualTo(kind))
        .allSatisfy(f -> assertThat(f.about()).isPresent());
    MissingFact fact = decision.missingFacts().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    assertThat(fact.about()).contains(member);
    assertThat(Scenario.isRecorded(open.network(), kind, member)).isFalse();
    // the fact decides: its ways of being recorded do not all give one answer
    Set<SharingOutcome> answers = fact.answers().stream().map(FactAnswer::outcome)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SharingOutcome.class)));
    assertThat(answers).as(name).hasSizeGreaterThan(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void recording_the_fact_each_way_gives_the_answer_announced_for_that_way(String name, FactKind kind,
      MemberId member, Supplier<Scenario> scenario) {
    // given
    Scenario open = scenario.get();
    MissingFact fact = open.decide().missingFacts().stream().filter(f -> f.kind() == kind).findFirst()
        .orElseThrow();

    for (FactAnswer answer : fact.answers()) {
      // when
      Network recorded = Scenario.record(open.network(), kind, member, answer.recording());
      SharingDecision decision = POLICY.decide(recorded, open.flow());

      // then
      assertThat(decision.outcome()).as("%s recorded %s", name, answer.recording().name())
          .isEqualTo(answer.outcome());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void an_incomplete_decision_explains_the_facts_to_record_in_both_languages(String name, FactKind kind,
      MemberId member, Supplier<Scenario> scenario) {
    // given
    SharingDecision decision = scenario.get().decide();

    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      // when
      String text = POLICY.explain(decision, locale);

      // then
      assertThat(text).as("%s in %s", name, locale).contains(kind.label(locale)).contains(member.value())
          .doesNotContain("{");
    }
  }

  @Test
  void a_condition_recorded_as_failed_settles_the_step_whatever_else_is_unrecorded() {
    // given: the recipient's category not recorded, the sender recorded off the closed list
    Scenario scenario = Scenario.general().editStanding(CESF, s -> s.regulatoryCategory(Optional.empty()))
        .editStanding(AS, s -> s.regulatoryCategory(RegulatoryCategory.NOT_LISTED));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    assertThat(decision.decidingStep().value()).isEqualTo("general.step1");
    assertThat(decision.missingFacts()).isEmpty();
  }

  @Test
  void a_later_condition_recorded_as_failed_settles_the_flow_an_earlier_step_left_open() {
    // given: the recipient's category not recorded, and an objection recorded by the person
    Scenario scenario = Scenario.general().editStanding(CESF, s -> s.regulatoryCategory(Optional.empty()))
        .object(PERSON, Scenario.BEFORE);

    // when
    SharingDecision decision = scenario.decide();

    // then: listed or not, the flow is refused
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    assertThat(decision.decidingStep().value()).isEqualTo("general.step4");
  }

  @Test
  void child_protection_not_ruled_out_when_a_recipient_is_recorded_outside_it() {
    // given: the educator's secrecy not recorded, but the educator recorded as not contributing
    Scenario scenario = Scenario.childProtection().editProfessional(EDUC, p -> p.secrecy(Optional.empty()))
        .editStanding(EDUC, s -> s.childProtectionContributor(false));

    // when
    SharingDecision decision = scenario.decide();

    // then: the regime does not apply, whatever the secrecy; the general regime decides
    assertThat(decision.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
    assertThat(decision.isComplete()).isTrue();
  }

  @Test
  void a_fact_whose_every_recording_gives_the_same_answer_leaves_nothing_open() {
    // given: a sharing whose sender's care-team basis is not recorded, the person told and her consent in force:
    // inside a care team it is allowed once informed, and she was; outside, her consent is needed, and it is given
    Scenario scenario = Scenario.general().editStanding(CESF, s -> s.careTeam(CareTeamBasis.SAME_ESTABLISHMENT))
        .flow(f -> f.mode(FlowMode.SHARING)).consent(Scenario.consentBy(PERSON).build());

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW);
    assertThat(decision.missingFacts()).isEmpty();
    assertThat(decision.decidingReason()).map(Message::key).contains("fact.either-way");
    assertThat(POLICY.render(decision.decidingReason().orElseThrow(), Locale.ENGLISH)).contains("pro-as")
        .contains("care-team basis");
  }

  @Test
  void a_flow_carrying_more_than_its_purpose_needs_is_refused_whatever_regime_is_open() {
    // given: child protection open (a contribution not recorded), and a category the purpose does not need
    Scenario scenario = Scenario.childProtection()
        .editStanding(EDUC, s -> s.childProtectionContributor(Optional.empty()))
        .flow(f -> f.addCategory(InformationCategory.HEALTH));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.DENY);
    assertThat(decision.decidingStep().value()).endsWith(".necessity");
  }

  @Test
  void secrecy_recorded_as_none_is_a_known_no() {
    // given
    Scenario scenario = Scenario.childProtection().editProfessional(EDUC, p -> p.secrecy(SecrecyBasis.NONE));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.isComplete()).isTrue();
    assertThat(decision.reasons()).extracting(Message::key).contains("child-protection.member-out-of-scope");
  }
}
