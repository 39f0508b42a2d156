package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maillage.core.sharing.fr.Scenario.AFTER;
import static org.maillage.core.sharing.fr.Scenario.AS;
import static org.maillage.core.sharing.fr.Scenario.ASE;
import static org.maillage.core.sharing.fr.Scenario.BEFORE;
import static org.maillage.core.sharing.fr.Scenario.CESF;
import static org.maillage.core.sharing.fr.Scenario.DAY;
import static org.maillage.core.sharing.fr.Scenario.DOC;
import static org.maillage.core.sharing.fr.Scenario.EDUC;
import static org.maillage.core.sharing.fr.Scenario.FATHER;
import static org.maillage.core.sharing.fr.Scenario.GUARDIAN;
import static org.maillage.core.sharing.fr.Scenario.JUDGE;
import static org.maillage.core.sharing.fr.Scenario.MOTHER;
import static org.maillage.core.sharing.fr.Scenario.NURSE;
import static org.maillage.core.sharing.fr.Scenario.PERSON;
import static org.maillage.core.sharing.fr.Scenario.TEACHER;
import static org.maillage.sharing.SharingOutcome.ALLOW;
import static org.maillage.sharing.SharingOutcome.ALLOW_AFTER_INFORMING;
import static org.maillage.sharing.SharingOutcome.DENY;
import static org.maillage.sharing.SharingOutcome.INCOMPLETE;
import static org.maillage.sharing.SharingOutcome.REQUIRE_CONSENT;

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
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.Period;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.member.SecrecyBasis;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.ReportBasis;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.StepKey;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchLaw;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;

/**
 * The decision of DOMAIN.md §4, one row per step and per special regime: each row changes one thing in a small
 * network and states the outcome, the regime, the key article of the legal basis, a reason that must be given
 * and, where someone is to be informed or asked, who.
 */
class FrenchSharingPolicyTest {
  private static final FrenchSharingPolicy POLICY = FrenchSharingPolicy.instance();

  /** One row: a scenario and what the decision must be. */
  record Row(String name, Supplier<Scenario> scenario, SharingOutcome outcome, Regime regime, String article,
      String reason, Optional<Set<MemberId>> addressees) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Arguments row(String name, Supplier<Scenario> scenario, SharingOutcome outcome, Regime regime,
      String article, String reason) {
    return Arguments.of(new Row(name, scenario, outcome, regime, article, reason, Optional.empty()));
  }

  private static Arguments row(String name, Supplier<Scenario> scenario, SharingOutcome outcome, Regime regime,
      String article, String reason, Set<MemberId> addressees) {
    return Arguments.of(new Row(name, scenario, outcome, regime, article, reason, Optional.of(addressees)));
  }

  private static final Regime REPORT = FrenchRegime.REPORT;
  private static final Regime CP = FrenchRegime.CHILD_PROTECTION;
  private static final Regime SA = FrenchRegime.SOCIAL_ACTION;
  private static final Regime GEN = FrenchRegime.SHARED_SECRECY;

  static Stream<Arguments> steps() {
    return Stream.of(
        // step 0: choosing the regime, in order
        row("0 no special regime: general", Scenario::general, ALLOW, GEN, "CSP L1110-4", "general.applies",
            Set.of()),
        row("0 a report comes before child protection",
            () -> Scenario.childProtection().flow(f -> f.report(ReportKind.CHILD_CONCERN)),
            ALLOW, REPORT, "CASF L226-2-1", "report.child-concern.applies"),
        row("0 a concern about an adult is no report", () -> Scenario.general()
                .flow(f -> f.report(ReportKind.CHILD_CONCERN).recipients(List.of())
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT))),
            DENY, GEN, "CSP L1110-4", "report.child-concern.not-minor"),
        row("0 child protection comes before social action", () -> Scenario.childProtection()
                .trigger(SocialActionTrigger.of(BEFORE))
                .editStanding(ASE, s -> s.socialActionProfessional(true))
                .editStanding(EDUC, s -> s.socialActionProfessional(true)),
            ALLOW, CP, "CASF L226-2-2", "child-protection.applies"),
        row("0 child protection needs its purposes: social action next", () -> Scenario.childProtection()
                .trigger(SocialActionTrigger.of(BEFORE))
                .editStanding(ASE, s -> s.socialActionProfessional(true))
                .editStanding(EDUC, s -> s.socialActionProfessional(true))
                .flow(f -> f.purpose(Purpose.of(PurposeKind.SOCIAL_ACTION,
                    InformationCategory.EDUCATIONAL_ASSESSMENT))),
            ALLOW, SA, "CASF L121-6-2", "child-protection.purpose-out-of-scope"),
        row("0 child protection needs its purposes: general regime next", () -> Scenario.childProtection()
                .flow(f -> f.purpose(Purpose.of(PurposeKind.CARE_COORDINATION,
                    InformationCategory.EDUCATIONAL_ASSESSMENT))),
            ALLOW_AFTER_INFORMING, GEN, "CSP L1110-4", "child-protection.purpose-out-of-scope",
            Set.of(MOTHER, FATHER)),
        row("0 social action comes before the general regime", Scenario::socialAction, ALLOW, SA, "CASF L121-6-2",
            "social-action.applies"),

        // step 1: the closed list
        row("1 fails: recipient off the closed list", () -> Scenario.general()
                .flow(f -> f.recipients(List.of(TEACHER))),
            DENY, GEN, "CSP R1110-2", "general.step1.not-listed"),
        row("1 open: the recipient's category is not recorded", () -> Scenario.general()
                .editProfessional(TEACHER, p -> p.standings(List.of()))
                .flow(f -> f.recipients(List.of(TEACHER))),
            INCOMPLETE, GEN, "CSP R1110-2", "general.step1.not-recorded"),
        row("1 fails: sender not a professional", () -> Scenario.general().flow(f -> f.sender(MOTHER)),
            DENY, GEN, "CSP R1110-2", "general.step1.not-professional"),
        row("1 passes: both on the list", Scenario::general, ALLOW, GEN, "CSP R1110-2", "general.step1.listed"),

        // step 2: taking part in the care or support
        row("2 fails: recipient no longer a member", () -> Scenario.general()
                .editProfessional(CESF, p -> p.involvements(List.of(Period.of(Scenario.CREATED, BEFORE)))),
            DENY, GEN, "CSP L1110-4", "general.step2.not-current"),
        row("2 fails: no recipient", () -> Scenario.general().unableToProtect(false).flow(f -> f.recipients(List.of())
                .report(ReportKind.ABUSE_REPORT)),
            DENY, GEN, "CSP L1110-4", "general.step2.no-recipient"),
        row("2 passes: both current", Scenario::general, ALLOW, GEN, "CSP L1110-4", "general.step2.current"),

        // step 3: purpose and the double limit
        row("3 fails: a purpose the regime does not allow", () -> Scenario.general()
                .flow(f -> f.purpose(Purpose.of(PurposeKind.OTHER, InformationCategory.SOCIAL_ASSESSMENT))),
            DENY, GEN, "CSP R1110-1", "general.step3.purpose-not-allowed"),
        row("3 fails: outside the recipient's mission", () -> Scenario.general()
                .editProfessional(CESF, p -> p.missionCovers(InformationCategory.FINANCIAL)),
            DENY, GEN, "CSP R1110-1", "general.step3.outside-mission"),
        row("3 fails: the sender's mission is recorded as covering nothing", () -> Scenario.general()
                .editProfessional(AS, p -> p.missionCovers()),
            DENY, GEN, "CSP R1110-1", "general.step3.outside-mission"),
        row("3 open: the sender's mission is not recorded", () -> Scenario.general()
                .editProfessional(AS, p -> p.missionCategories(Optional.empty())),
            INCOMPLETE, GEN, "CSP R1110-1", "general.step3.mission-not-recorded"),
        row("3 passes: within both missions", Scenario::general, ALLOW, GEN, "CSP R1110-1", "general.step3.within"),

        // step 4: the right to object
        row("4 fails: an objection made before", () -> Scenario.general().object(PERSON, BEFORE),
            DENY, GEN, "CSP L1110-4", "general.step4.objection"),
        row("4 fails: an urgency does not lift an objection", () -> Scenario.general().object(PERSON, BEFORE)
                .clearInformings().flow(f -> f.notInformedReason(NotInformedReason.URGENCY)),
            DENY, GEN, "CSP L1110-4", "general.step4.objection"),
        row("4 fails: the guardian's objection", () -> Scenario.general()
                .representative(GUARDIAN, RepresentationKind.GUARDIANSHIP).object(GUARDIAN, BEFORE),
            DENY, GEN, "CSP L1110-4", "general.step4.objection"),
        row("4 passes: an objection limited to other categories", () -> Scenario.general()
                .objection(Objection.builder().by(PERSON).date(BEFORE).addCategory(InformationCategory.HEALTH).build()),
            ALLOW, GEN, "CSP L1110-4", "general.step4.no-objection"),
        row("4 passes: an objection made after the flow", () -> Scenario.general().object(PERSON, AFTER),
            ALLOW, GEN, "CSP L1110-4", "general.step4.no-objection"),
        row("4 owed: not told of the right to object", () -> Scenario.general().clearInformings()
                .tell(PERSON, InformingSubject.NATURE_OF_INFORMATION),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step4.right-to-object-owed", Set.of(PERSON)),
        row("4 owed: being present does not tell the right to object", () -> Scenario.general().clearInformings()
                .flow(f -> f.personPresent(true)),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step4.right-to-object-owed", Set.of(PERSON)),

        // step 5: an exchange
        row("5 owed: not told of the exchange", () -> Scenario.general().clearInformings()
                .tell(PERSON, InformingSubject.RIGHT_TO_OBJECT),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step5.nature-owed", Set.of(PERSON)),
        row("5 owed: told only after the flow", () -> Scenario.general().clearInformings()
                .informing(Informing.builder().informed(PERSON).date(AFTER)
                    .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT).build()),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step5.nature-owed", Set.of(PERSON)),
        row("5 owed: told of another flow only", () -> Scenario.general().clearInformings()
                .addFlow(InformationFlow.builder().from(Scenario.general().flow()).id(FlowId.of("f-2")).build())
                .informing(Informing.builder().informed(PERSON).date(BEFORE).flow(FlowId.of("f-2"))
                    .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT).build()),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step5.nature-owed", Set.of(PERSON)),
        row("5 passes: told of this very flow", () -> Scenario.general().clearInformings()
                .informing(Informing.builder().informed(PERSON).date(DAY).flow(Scenario.FLOW)
                    .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT).build()),
            ALLOW, GEN, "CSP R1110-3", "general.step5.informed"),
        row("5 passes: present, and told of the right to object", () -> Scenario.general().clearInformings()
                .tell(PERSON, InformingSubject.RIGHT_TO_OBJECT).flow(f -> f.personPresent(true)),
            ALLOW, GEN, "CSP R1110-3", "general.step5.informed"),
        row("5 owed: health and social, recipients not told", () -> Scenario.general()
                .flow(f -> f.recipients(List.of(DOC))),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step5.recipients-owed", Set.of(PERSON)),
        row("5 passes: health and social, recipients told", () -> Scenario.general()
                .tell(PERSON, InformingSubject.RECIPIENTS).flow(f -> f.recipients(List.of(DOC))),
            ALLOW, GEN, "CSP R1110-3", "general.step5.informed-mixed"),

        // step 6: a sharing inside a care team
        row("6 passes: same establishment", () -> hospitalSharing(), ALLOW, GEN, "CSP L1110-12",
            "general.step6.same-establishment"),
        row("6 owed: not told of the sharing", () -> hospitalSharing().clearInformings()
                .tell(PERSON, InformingSubject.RIGHT_TO_OBJECT),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step6.nature-owed", Set.of(PERSON)),
        row("6 passes: the same listed structure", () -> socialSharing().careTeam(CareTeamBasis.LISTED_STRUCTURE),
            ALLOW, GEN, "CSP D1110-3-4", "general.step6.listed-structure"),
        row("6 passes: recognised by the person", () -> socialSharing().careTeam(CareTeamBasis.RECOGNISED_BY_PERSON),
            ALLOW, GEN, "CSP L1110-12", "general.step6.recognised"),
        row("6 passes: a formalised group with a health professional", () -> socialSharing()
                .careTeam(CareTeamBasis.FORMALISED_GROUP)
                .editStanding(DOC, s -> s.careTeam(CareTeamBasis.FORMALISED_GROUP)),
            ALLOW, GEN, "CSP L1110-12", "general.step6.formalised-group"),
        row("6 outside: a formalised group without a health professional", () -> socialSharing()
                .careTeam(CareTeamBasis.FORMALISED_GROUP),
            REQUIRE_CONSENT, GEN, "CSP L1110-12", "general.step6.no-health-professional", Set.of(PERSON)),
        row("6 outside: two establishments", () -> socialSharing().careTeam(CareTeamBasis.SAME_ESTABLISHMENT)
                .editProfessional(CESF, p -> p.organisation(Scenario.HOSPITAL)),
            REQUIRE_CONSENT, GEN, "CSP L1110-12", "general.step6.different-structures", Set.of(PERSON)),
        row("6 outside: two grounds", () -> socialSharing().careTeam(CareTeamBasis.SAME_ESTABLISHMENT)
                .editStanding(CESF, s -> s.careTeam(CareTeamBasis.RECOGNISED_BY_PERSON)),
            REQUIRE_CONSENT, GEN, "CSP L1110-12", "general.step6.mixed-bases", Set.of(PERSON)),
        row("6 open: no care-team ground recorded", () -> Scenario.general().flow(f -> f.mode(FlowMode.SHARING)),
            INCOMPLETE, GEN, "CSP L1110-12", "general.step6.not-recorded"),
        row("6 outside: both recorded in no care team", FrenchSharingPolicyTest::socialSharing, REQUIRE_CONSENT, GEN,
            "CSP L1110-12", "general.step6.no-basis", Set.of(PERSON)),

        // step 7: a sharing outside a care team
        row("7 consent needed", FrenchSharingPolicyTest::socialSharing, REQUIRE_CONSENT, GEN, "CSP D1110-3-1",
            "general.step7.missing", Set.of(PERSON)),
        row("7 passes: consent in force", () -> socialSharing().consent(Scenario.consentBy(PERSON).build()),
            ALLOW, GEN, "CSP D1110-3-1", "general.step7.consent"),
        row("7 fails: consent withdrawn", () -> socialSharing()
                .consent(Scenario.consentBy(PERSON).withdrawn(BEFORE.plusDays(3)).build()),
            DENY, GEN, "CSP D1110-3-1", "general.step7.withdrawn"),
        row("7 passes: consent given again after a withdrawal", () -> socialSharing()
                .consent(Scenario.consentBy(PERSON).given(BEFORE.minusDays(20)).withdrawn(BEFORE.minusDays(10)).build())
                .consent(Scenario.consentBy(PERSON).build()),
            ALLOW, GEN, "CSP D1110-3-1", "general.step7.consent"),
        row("7 consent needed: given after the flow", () -> socialSharing()
                .consent(Scenario.consentBy(PERSON).given(AFTER).build()),
            REQUIRE_CONSENT, GEN, "CSP D1110-3-1", "general.step7.missing", Set.of(PERSON)),
        row("7 consent needed: media and security not recorded", () -> socialSharing()
                .consent(Consent.builder().by(PERSON).given(BEFORE)
                    .addInformationCategories(InformationCategory.SOCIAL_ASSESSMENT)
                    .addProfessionalCategories(RegulatoryCategory.FAMILY_ECONOMY_ADVISER).build()),
            REQUIRE_CONSENT, GEN, "CSP D1110-3-1", "general.step7.incomplete", Set.of(PERSON)),
        row("7 consent needed: the recipient's category is not covered", () -> socialSharing()
                .consent(Scenario.consentBy(PERSON)
                    .professionalCategories(List.of(RegulatoryCategory.HEALTH_PROFESSIONAL)).build()),
            REQUIRE_CONSENT, GEN, "CSP D1110-3-1", "general.step7.too-narrow", Set.of(PERSON)),

        // step 8: urgency
        row("8 passes: an urgency waives informing beforehand", () -> Scenario.general().clearInformings()
                .flow(f -> f.notInformedReason(NotInformedReason.URGENCY)),
            ALLOW, GEN, "CSP R1110-3", "general.step8.urgency", Set.of()),
        row("8 an urgency never waives consent", () -> socialSharing()
                .flow(f -> f.notInformedReason(NotInformedReason.URGENCY)),
            REQUIRE_CONSENT, GEN, "CSP D1110-3-1", "general.step8.urgency-consent", Set.of(PERSON)),
        row("8 the child's interest is no ground here", () -> Scenario.general().clearInformings()
                .flow(f -> f.notInformedReason(NotInformedReason.AGAINST_CHILD_INTEREST)),
            ALLOW_AFTER_INFORMING, GEN, "CSP R1110-3", "general.step8.child-interest-not-accepted", Set.of(PERSON)),

        // step 9: representatives
        row("9 owed: the guardian is not told", () -> Scenario.general()
                .representative(GUARDIAN, RepresentationKind.GUARDIANSHIP),
            ALLOW_AFTER_INFORMING, GEN, "CSP D1110-3-1", "general.step9.representative", Set.of(GUARDIAN)),
        row("9 passes: the guardian is told too", () -> Scenario.general()
                .representative(GUARDIAN, RepresentationKind.GUARDIANSHIP)
                .tell(GUARDIAN, InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT),
            ALLOW, GEN, "CSP D1110-3-1", "general.step9.representative"),
        row("9 consent needed: a minor's parents", () -> socialSharing().stage(LifeStage.MINOR).parents()
                .consent(Scenario.consentBy(PERSON).build()),
            REQUIRE_CONSENT, GEN, "CSP D1110-3-1", "general.step9.representative", Set.of(MOTHER, FATHER)),
        row("9 passes: a young child's parents are told", () -> Scenario.general().stage(LifeStage.YOUNG_CHILD)
                .parents().clearInformings()
                .tell(MOTHER, InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT)
                .tell(FATHER, InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT),
            ALLOW, GEN, "CSP D1110-3-1", "general.step9.young-child"),
        row("9 owed: one parent of a young child is not told", () -> Scenario.general().stage(LifeStage.YOUNG_CHILD)
                .parents().clearInformings()
                .tell(MOTHER, InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT),
            ALLOW_AFTER_INFORMING, GEN, "CSP D1110-3-1", "general.step9.young-child", Set.of(FATHER)),
        row("9 a young child without a recorded representative", () -> Scenario.general()
                .stage(LifeStage.YOUNG_CHILD),
            ALLOW, GEN, "CSP L1110-4", "general.step9.no-representative"));
  }

  static Stream<Arguments> specialRegimes() {
    return Stream.of(
        // a concern about a child to the CRIP
        row("CRIP: parents told beforehand", () -> Scenario.report(ReportKind.CHILD_CONCERN).tellParents(),
            ALLOW, REPORT, "CASF L226-2-1", "report.child-concern.informed", Set.of()),
        row("CRIP: parents not told", () -> Scenario.report(ReportKind.CHILD_CONCERN),
            ALLOW_AFTER_INFORMING, REPORT, "CASF L226-2-1", "report.child-concern.inform", Set.of(MOTHER, FATHER)),
        row("CRIP: one parent not told", () -> Scenario.report(ReportKind.CHILD_CONCERN)
                .tell(MOTHER, InformingSubject.NATURE_OF_INFORMATION),
            ALLOW_AFTER_INFORMING, REPORT, "CASF L226-2-1", "report.child-concern.inform", Set.of(FATHER)),
        row("CRIP: against the child's interest", () -> Scenario.report(ReportKind.CHILD_CONCERN)
                .flow(f -> f.notInformedReason(NotInformedReason.AGAINST_CHILD_INTEREST)),
            ALLOW, REPORT, "CASF L226-2-1", "child-interest.waived", Set.of()),
        row("CRIP: an urgency is no ground", () -> Scenario.report(ReportKind.CHILD_CONCERN)
                .flow(f -> f.notInformedReason(NotInformedReason.URGENCY)),
            ALLOW_AFTER_INFORMING, REPORT, "CASF L226-2-1", "urgency.not-accepted", Set.of(MOTHER, FATHER)),
        row("CRIP: no holder recorded", () -> Scenario.general().stage(LifeStage.MINOR).clearInformings()
                .flow(f -> f.report(ReportKind.CHILD_CONCERN).recipients(List.of())
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT))),
            ALLOW_AFTER_INFORMING, REPORT, "CASF L226-2-1", "report.child-concern.no-holder", Set.of()),

        // a report of abuse
        row("abuse: a minor, by a professional bound by secrecy", () -> Scenario.report(ReportKind.ABUSE_REPORT),
            ALLOW, REPORT, "Code pénal 226-14", "report.abuse.choice"),
        row("abuse: a minor, by a relative not bound by secrecy", () -> Scenario.report(ReportKind.ABUSE_REPORT)
                .flow(f -> f.sender(MOTHER)),
            ALLOW, REPORT, "Code pénal 434-3", "report.abuse.duty"),
        row("abuse: an adult under curatorship", () -> Scenario.report(ReportKind.ABUSE_REPORT)
                .stage(LifeStage.ADULT).representative(GUARDIAN, RepresentationKind.CURATORSHIP),
            ALLOW, REPORT, "Code pénal 226-14", "report.abuse.applies-vulnerable"),
        row("abuse: an adult under an adult-protection measure", () -> Scenario.general()
                .measure(MeasureKind.ADULT_PROTECTION, CESF)
                .flow(f -> f.report(ReportKind.ABUSE_REPORT).recipients(List.of())
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT))),
            ALLOW, REPORT, "Code pénal 226-14", "report.abuse.applies-vulnerable"),
        row("abuse: an adult the record does not show vulnerable, nor able to protect himself", () -> Scenario.general()
                .flow(f -> f.report(ReportKind.ABUSE_REPORT).recipients(List.of())
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT))),
            INCOMPLETE, REPORT, "Code pénal 226-14", "report.abuse.vulnerability-not-recorded"),
        row("abuse: an adult recorded able to protect himself", () -> Scenario.general().unableToProtect(false)
                .flow(f -> f.report(ReportKind.ABUSE_REPORT).recipients(List.of())
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT))),
            DENY, GEN, "CSP L1110-4", "report.abuse.not-vulnerable"),
        row("abuse: an adult recorded unable to protect himself, without any measure", () -> Scenario.general()
                .unableToProtect(true)
                .flow(f -> f.report(ReportKind.ABUSE_REPORT).recipients(List.of())
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT))),
            ALLOW, REPORT, "Code pénal 226-14", "report.abuse.applies-unable"),

        // a report to the ordering judge
        row("judge: by the mandated educator", () -> Scenario.report(ReportKind.REPORT_TO_JUDGE)
                .measure(MeasureKind.EDUCATIONAL_ASSISTANCE, EDUC).flow(f -> f.sender(EDUC).recipients(List.of(JUDGE))),
            ALLOW, REPORT, "Code civil 375-2", "report.judge.applies", Set.of()),
        row("judge: by the mandated educator, the judge outside the network", () -> Scenario
                .report(ReportKind.REPORT_TO_JUDGE).measure(MeasureKind.EDUCATIONAL_ASSISTANCE, EDUC)
                .flow(f -> f.sender(EDUC)),
            ALLOW, REPORT, "Code civil 375-2", "report.judge.applies"),
        row("judge: by the mandated judicial protector", () -> Scenario.general()
                .measure(MeasureKind.ADULT_PROTECTION, CESF)
                .flow(f -> f.report(ReportKind.REPORT_TO_JUDGE).sender(CESF).recipients(List.of(JUDGE))
                    .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT))),
            ALLOW, REPORT, "Code civil 416", "report.judge.applies"),
        row("judge: by a professional the measure does not mandate", () -> Scenario
                .report(ReportKind.REPORT_TO_JUDGE).measure(MeasureKind.EDUCATIONAL_ASSISTANCE, EDUC)
                .flow(f -> f.recipients(List.of(JUDGE))),
            DENY, GEN, "CSP R1110-2", "report.judge.not-mandated"),
        row("judge: mandated, but to someone else", () -> Scenario.report(ReportKind.REPORT_TO_JUDGE)
                .measure(MeasureKind.EDUCATIONAL_ASSISTANCE, EDUC).flow(f -> f.sender(EDUC).recipients(List.of(AS))),
            DENY, GEN, "CSP R1110-1", "report.judge.not-to-judge"),

        // child protection
        row("child protection: both contribute, family told", Scenario::childProtection, ALLOW, CP,
            "CASF L226-2-2", "child-protection.informed", Set.of()),
        row("child protection: family not told", () -> Scenario.childProtection().clearInformings(),
            ALLOW_AFTER_INFORMING, CP, "CASF L226-2-2", "child-protection.inform", Set.of(MOTHER, FATHER, PERSON)),
        row("child protection: a young child is not told", () -> Scenario.childProtection()
                .stage(LifeStage.YOUNG_CHILD).clearInformings(),
            ALLOW_AFTER_INFORMING, CP, "CASF L226-2-2", "child-protection.inform", Set.of(MOTHER, FATHER)),
        row("child protection: against the child's interest", () -> Scenario.childProtection().clearInformings()
                .flow(f -> f.notInformedReason(NotInformedReason.AGAINST_CHILD_INTEREST)),
            ALLOW, CP, "CASF L226-2-2", "child-interest.waived", Set.of()),
        row("child protection: an urgency is no ground", () -> Scenario.childProtection().clearInformings()
                .flow(f -> f.notInformedReason(NotInformedReason.URGENCY)),
            ALLOW_AFTER_INFORMING, CP, "CASF L226-2-2", "urgency.not-accepted", Set.of(MOTHER, FATHER, PERSON)),
        row("child protection: no right to object", () -> Scenario.childProtection().object(MOTHER, BEFORE),
            ALLOW, CP, "CASF L112-3", "child-protection.objection-not-applicable"),
        row("child protection: about the mother of the child", () -> Scenario.childProtection()
                .flow(f -> f.about(MOTHER)),
            ALLOW, CP, "CASF L226-2-2", "child-protection.applies"),
        row("child protection: a young adult it supports", () -> Scenario.childProtection()
                .stage(LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION).clearInformings(),
            ALLOW_AFTER_INFORMING, CP, "CASF L226-2-2", "child-protection.inform", Set.of(PERSON)),
        row("child protection: one does not contribute", () -> Scenario.childProtection()
                .editStanding(EDUC, s -> s.childProtectionContributor(false)),
            DENY, GEN, "CSP R1110-1", "child-protection.member-out-of-scope"),
        row("child protection: one's secrecy is not recorded", () -> Scenario.childProtection()
                .editProfessional(EDUC, p -> p.secrecy(Optional.empty())),
            INCOMPLETE, CP, "CASF L226-2-2", "child-protection.secrecy-not-recorded"),
        row("child protection: one is recorded as not bound by secrecy", () -> Scenario.childProtection()
                .editProfessional(EDUC, p -> p.secrecy(SecrecyBasis.NONE)),
            DENY, GEN, "CSP R1110-1", "child-protection.member-out-of-scope"),
        row("child protection: not for an adult", () -> Scenario.childProtection().stage(LifeStage.ADULT),
            DENY, GEN, "CSP R1110-1", "child-protection.person-out-of-scope"),

        // social action
        row("social action: with the trigger", Scenario::socialAction, ALLOW, SA, "CASF L121-6-2",
            "social-action.advice-inform", Set.of()),
        row("social action: a designated coordinator", () -> Scenario.socialAction()
                .trigger(SocialActionTrigger.builder().recorded(BEFORE).coordinator(DOC).build()),
            ALLOW, SA, "CASF L116-1", "social-action.advice-coordinator"),
        row("social action: authorities not told", () -> Scenario.socialAction()
                .trigger(SocialActionTrigger.of(BEFORE)),
            ALLOW, SA, "CASF L121-6-2", "social-action.advice-authorities"),
        row("social action: without the trigger", () -> Scenario.socialAction().withoutTrigger(),
            DENY, GEN, "CSP R1110-1", "social-action.no-trigger"),
        row("social action: a trigger after the flow", () -> Scenario.socialAction()
                .trigger(SocialActionTrigger.of(AFTER)),
            DENY, GEN, "CSP R1110-1", "social-action.trigger-later"),
        row("social action: one is not a professional of social action", () -> Scenario.socialAction()
                .editStanding(CESF, s -> s.socialActionProfessional(false)),
            DENY, GEN, "CSP R1110-1", "social-action.member-out-of-scope"),

        // more than the purpose needs, under every regime
        row("over-broad: a report", () -> Scenario.report(ReportKind.CHILD_CONCERN).tellParents()
                .flow(f -> f.addCategory(InformationCategory.HEALTH)),
            DENY, REPORT, "CASF L226-2-1", "necessity.unneeded", Set.of()),
        row("over-broad: a report to the judge", () -> Scenario.report(ReportKind.REPORT_TO_JUDGE)
                .measure(MeasureKind.EDUCATIONAL_ASSISTANCE, EDUC)
                .flow(f -> f.sender(EDUC).addCategory(InformationCategory.MENTAL_HEALTH)),
            DENY, REPORT, "Code civil 375-2", "necessity.unneeded"),
        row("over-broad: a report without a purpose", () -> Scenario.report(ReportKind.ABUSE_REPORT)
                .flow(f -> f.purpose(Optional.empty())),
            DENY, REPORT, "Code pénal 226-14", "necessity.no-purpose"),
        row("over-broad: child protection", () -> Scenario.childProtection()
                .flow(f -> f.addCategory(InformationCategory.HEALTH)),
            DENY, CP, "CASF L226-2-2", "necessity.unneeded"),
        row("over-broad: social action", () -> Scenario.socialAction()
                .flow(f -> f.addCategory(InformationCategory.FINANCIAL)),
            DENY, SA, "CASF L121-6-2", "necessity.unneeded"),
        row("over-broad: the general regime", () -> Scenario.general()
                .flow(f -> f.addCategory(InformationCategory.HEALTH)),
            DENY, GEN, "CSP L1110-4", "necessity.unneeded", Set.of()),
        row("over-broad: the general regime, no purpose", () -> Scenario.general()
                .flow(f -> f.purpose(Optional.empty())),
            DENY, GEN, "CSP L1110-4", "necessity.no-purpose"));
  }

  /** A sharing of health information between the hospital doctor and the ward nurse, both in the hospital. */
  private static Scenario hospitalSharing() {
    return Scenario.general()
        .editStanding(DOC, s -> s.careTeam(CareTeamBasis.SAME_ESTABLISHMENT))
        .editStanding(NURSE, s -> s.careTeam(CareTeamBasis.SAME_ESTABLISHMENT))
        .flow(f -> f.sender(DOC).recipients(List.of(NURSE)).mode(FlowMode.SHARING)
            .purpose(Purpose.of(PurposeKind.CARE_COORDINATION, InformationCategory.HEALTH))
            .categories(List.of(InformationCategory.HEALTH)));
  }

  /** The baseline flow, as a sharing; both professionals are recorded in no care team, so it goes outside one. */
  private static Scenario socialSharing() {
    return Scenario.general().careTeam(CareTeamBasis.NONE).flow(f -> f.mode(FlowMode.SHARING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"steps", "specialRegimes"})
  void decides_each_step_as_section_4_says(Row row) {
    // given
    Scenario scenario = row.scenario().get();

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).as("outcome of %s: %s", row, decision.reasons()).isEqualTo(row.outcome());
    assertThat(decision.regime()).as("regime of %s", row).isEqualTo(row.regime());
    assertThat(decision.jurisdiction()).isEqualTo(Jurisdiction.FRANCE);
    assertThat(decision.legalBasis()).extracting(LegalReference::label).as("basis of %s", row)
        .contains(row.article()).doesNotHaveDuplicates();
    assertThat(decision.reasons()).extracting(Message::key).as("reasons of %s", row).contains(row.reason());
    row.addressees().ifPresent(a -> assertThat(decision.addressees()).as("addressees of %s", row)
        .containsExactlyInAnyOrderElementsOf(a));
    if (decision.outcome() == ALLOW || decision.outcome() == DENY) {
      assertThat(decision.addressees()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"steps", "specialRegimes"})
  void every_reason_renders_in_every_language(Row row) {
    // given
    SharingDecision decision = row.scenario().get().decide();

    // when / then
    for (Message reason : decision.reasons()) {
      if (!Scenario.renderable(reason)) {
        continue;
      }
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"))) {
        String text = POLICY.render(reason, locale);
        assertThat(text).as("%s in %s", reason, locale).isNotBlank().doesNotContain("{").doesNotContain("}");
        reason.arguments().values().stream().filter(v -> v instanceof MemberId || v instanceof FlowId)
            .forEach(id -> assertThat(text).contains(id.toString()));
      }
    }
  }

  @Test
  void reasons_follow_the_steps_in_order() {
    // given
    Scenario scenario = socialSharing().representative(GUARDIAN, RepresentationKind.GUARDIANSHIP);

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.reasons()).extracting(Message::key).containsExactly(
        "report.none", "child-protection.person-out-of-scope", "social-action.no-trigger", "general.applies",
        "necessity.met", "general.step1.listed", "general.step2.current", "general.step3.within",
        "general.step4.no-objection", "general.step6.no-basis", "general.step6.no-basis", "general.step6.outside",
        "general.step7.missing", "general.step7.missing", "general.step9.representative");
    assertThat(decision.legalBasis()).extracting(LegalReference::label).containsExactly("CSP L1110-4",
        "CSP R1110-2", "CSP R1110-1", "CSP L1110-12",
        "CSP D1110-3-1");
    assertThat(decision.addressees()).containsExactly(PERSON, GUARDIAN);
  }

  @Test
  void reasons_name_ids_never_names() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of(TEACHER)).note("Léa a dit que..."));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.reasons()).filteredOn(m -> m.key().equals("general.step1.not-listed"))
        .singleElement().satisfies(m -> assertThat(m.arguments()).containsEntry("member", TEACHER));
    assertThat(decision.toString()).doesNotContain("Léa");
  }

  @Test
  void is_deterministic_whatever_the_order_of_recipients() {
    // given
    Scenario one = Scenario.general().flow(f -> f.recipients(List.of(CESF, TEACHER, DOC)));
    Scenario other = Scenario.general().flow(f -> f.recipients(List.of(DOC, TEACHER, CESF)));

    // when
    SharingDecision first = one.decide();
    SharingDecision second = other.decide();

    // then
    assertThat(first).isEqualTo(second).isEqualTo(one.decide());
    assertThat(first.reasons()).extracting(Message::key).contains("general.step1.not-listed");
  }

  @Test
  void a_record_indexed_once_gives_the_same_decisions() {
    // given
    Scenario scenario = Scenario.childProtection().clearInformings();
    SharingRecord record = SharingRecord.of(scenario.network());

    // when
    SharingDecision indexed = POLICY.decide(record, scenario.flow());

    // then
    assertThat(indexed).isEqualTo(POLICY.decide(scenario.network(), scenario.flow()));
  }

  @Test
  void a_decision_says_as_data_what_the_regime_requires_and_which_step_decided() {
    // given: an exchange, a sharing outside a care team, a refusal at step 1, and a concern about a child
    Scenario exchange = Scenario.general();
    Scenario outside = socialSharing();
    Scenario offList = Scenario.general()
        .flow(f -> f.recipients(List.of(TEACHER)));
    Scenario concern = Scenario.report(ReportKind.CHILD_CONCERN);

    // when
    SharingDecision informed = exchange.decide();
    SharingDecision consent = outside.decide();
    SharingDecision refused = offList.decide();
    SharingDecision report = concern.decide();

    // then
    assertThat(informed.requirement()).isEqualTo(Requirement.PRIOR_INFORMATION);
    assertThat(informed.decidingStep()).isEqualTo(StepKey.of("general.step5"));
    assertThat(informed.reportBasis()).isEmpty();
    assertThat(consent.outcome()).isEqualTo(REQUIRE_CONSENT);
    assertThat(consent.requirement()).isEqualTo(Requirement.CONSENT);
    assertThat(consent.decidingStep()).isEqualTo(StepKey.of("general.step7"));
    assertThat(consent.decidingReason()).map(Message::key).contains("general.step7.missing");
    assertThat(refused.requirement()).isEqualTo(Requirement.NONE);
    assertThat(refused.decidingStep()).isEqualTo(StepKey.of("general.step1"));
    assertThat(refused.decidingReason()).map(Message::key).contains("general.step1.not-listed");
    assertThat(report.regime()).isEqualTo(REPORT);
    assertThat(report.decidingStep()).isEqualTo(StepKey.of("report.child-concern"));
    assertThat(report.reportBasis()).contains(ReportBasis.of(ReportKind.CHILD_CONCERN,
        List.of(FrenchLaw.CASF_L226_2_1)));
    assertThat(report.legalBasis()).contains(FrenchLaw.CASF_L226_2_1);
  }

  @Test
  void an_outcome_reader_forgets_the_flow_before() {
    // given: the baseline exchange, of which the person was told beforehand, and the same exchange under
    // another id, of which she was not
    Scenario scenario = Scenario.general().clearInformings().informing(Informing.builder().informed(PERSON)
        .date(BEFORE).flow(Scenario.FLOW)
        .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT).build());
    InformationFlow told = scenario.flow();
    InformationFlow untold = InformationFlow.builder().from(told).id(FlowId.of("f-untold")).build();
    SharingRecord record = SharingRecord.of(scenario.network());
    FrenchSharingPolicy.Outcomes reader = POLICY.outcomes(record);

    // when: each answer follows one that owed information, or one that owed none
    SharingDecision first = reader.of(untold);
    SharingDecision second = reader.of(told);
    SharingDecision third = reader.of(untold);

    // then
    assertThat(first.outcome()).isEqualTo(ALLOW_AFTER_INFORMING);
    assertThat(first.addressees()).containsExactly(PERSON);
    assertThat(first).isEqualTo(POLICY.decide(record, untold));
    assertThat(second.outcome()).isEqualTo(ALLOW);
    assertThat(second.addressees()).isEmpty();
    assertThat(second.legalBasis()).isEmpty();
    assertThat(second).isEqualTo(POLICY.outcome(record, told));
    assertThat(third).isEqualTo(first);
  }

  @Test
  void a_flow_about_to_be_made_need_not_be_recorded() {
    // given
    Scenario scenario = Scenario.general();
    InformationFlow planned = InformationFlow.builder().from(scenario.flow()).id(FlowId.of("f-next"))
        .date(AFTER).build();

    // when
    SharingDecision decision = POLICY.decide(scenario.network(), planned);

    // then
    assertThat(decision.outcome()).isEqualTo(ALLOW);
  }

  @Test
  void refuses_a_flow_naming_someone_outside_the_network() {
    // given
    Scenario scenario = Scenario.general();
    InformationFlow stranger = InformationFlow.builder().from(scenario.flow()).recipients(List.of(MemberId.of("x-1")))
        .build();

    // when / then
    assertThatThrownBy(() -> POLICY.decide(scenario.network(), stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x-1'").hasMessageContaining("f-1");
  }

  @Test
  void render_refuses_a_reason_of_another_policy() {
    // when / then
    assertThatThrownBy(() -> POLICY.render(Message.of("PERSON-CONSENT.missing"), Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PERSON-CONSENT.missing");
  }

  @Test
  void explains_a_decision_line_by_line() {
    // given
    SharingDecision decision = Scenario.general().clearInformings().decide();

    // when
    String english = POLICY.explain(decision, Locale.ENGLISH);
    String french = POLICY.explain(decision, Locale.FRENCH);

    // then
    List<String> lines = english.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Decision: allowed once the people named are informed");
    assertThat(lines.get(1)).isEqualTo("Regime: shared secrecy, the general regime (CSP L1110-4)");
    assertThat(lines.get(2)).isEqualTo("Legal basis: " + decision.legalBasis().stream().map(LegalReference::label)
        .collect(Collectors.joining(", ")));
    assertThat(lines.get(3)).isEqualTo("Inform first: p-lea");
    assertThat(lines.subList(4, lines.size())).hasSize(decision.reasons().size()).allMatch(l -> l.startsWith("- "));
    assertThat(french.lines().toList()).hasSameSizeAs(lines).first()
        .isEqualTo("Décision : transmission autorisée une fois les personnes nommées informées");
    assertThat(french).contains("Étape 5 : p-lea n'a pas été informé au préalable");
  }

  @Test
  void explains_a_decision_in_dutch_with_the_french_articles_as_they_are() {
    // given
    SharingDecision decision = Scenario.general().clearInformings().decide();

    // when
    String english = POLICY.explain(decision, Locale.ENGLISH);
    String dutch = POLICY.explain(decision, Locale.forLanguageTag("nl-BE"));

    // then
    List<String> lines = dutch.lines().toList();
    assertThat(lines).hasSameSizeAs(english.lines().toList());
    assertThat(lines.get(0)).isEqualTo("Beslissing: toegestaan zodra de genoemde personen ingelicht zijn");
    assertThat(lines.get(1)).isEqualTo("Regime: gedeeld beroepsgeheim, het algemene regime (CSP L1110-4)");
    assertThat(lines.get(2)).isEqualTo("Rechtsgrond: " + decision.legalBasis().stream().map(LegalReference::label)
        .collect(Collectors.joining(", ")));
    assertThat(lines.get(3)).isEqualTo("Eerst inlichten: p-lea");
    assertThat(dutch).contains("Stap 5: p-lea is niet vooraf ingelicht");
    assertThat(dutch).isEqualTo(POLICY.explain(decision, Locale.forLanguageTag("nl")));
  }

  @Test
  void the_policy_is_french() {
    // then
    assertThat(POLICY.jurisdiction()).isEqualTo(Jurisdiction.FRANCE);
    assertThat(POLICY).hasToString("FrenchSharingPolicy[FRANCE]");
  }

  @Test
  void accepts_the_reasons_each_regime_names() {
    // given
    InformationFlow urgent = Scenario.general().flow(f -> f.notInformedReason(NotInformedReason.URGENCY)).flow();
    InformationFlow childInterest = Scenario.general()
        .flow(f -> f.notInformedReason(NotInformedReason.AGAINST_CHILD_INTEREST)).flow();
    InformationFlow urgentConcern = Scenario.report(ReportKind.CHILD_CONCERN)
        .flow(f -> f.notInformedReason(NotInformedReason.URGENCY)).flow();
    SharingDecision general = Scenario.general().decide();
    SharingDecision childProtection = Scenario.childProtection().decide();
    SharingDecision concern = Scenario.report(ReportKind.CHILD_CONCERN).decide();

    // then
    assertThat(POLICY.acceptsNotInformedReason(general, urgent)).isTrue();
    assertThat(POLICY.acceptsNotInformedReason(general, childInterest)).isFalse();
    assertThat(POLICY.acceptsNotInformedReason(childProtection, childInterest)).isTrue();
    assertThat(POLICY.acceptsNotInformedReason(childProtection, urgent)).isFalse();
    assertThat(POLICY.acceptsNotInformedReason(concern, urgentConcern)).isFalse();
    assertThat(POLICY.acceptsNotInformedReason(general, Scenario.general().flow())).isFalse();
  }
}
