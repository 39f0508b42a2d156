package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.sharing.fr.Scenario.BEFORE;
import static org.maillage.core.sharing.fr.Scenario.CESF;
import static org.maillage.core.sharing.fr.Scenario.DOC;
import static org.maillage.core.sharing.fr.Scenario.EDUC;
import static org.maillage.core.sharing.fr.Scenario.JUDGE;
import static org.maillage.core.sharing.fr.Scenario.NURSE;
import static org.maillage.core.sharing.fr.Scenario.PERSON;
import static org.maillage.core.sharing.fr.Scenario.TEACHER;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.person.MeasureKind;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchRegime;

/**
 * The French procedure has the structure of DOMAIN.md §4, so that the code cannot drift from the text: the
 * regimes of step 0 in their order, the nine steps of the general regime by their names and in their order,
 * and each named step deciding the flow the text gives it.
 */
class FrenchProcedureTest {

  @Test
  void step_0_tries_the_regimes_in_the_order_of_the_text() {
    // when
    List<Regime> regimes = FrenchSharingPolicy.regimes().stream().map(PolicyRegime::regime).toList();

    // then: reports, child protection, social action, otherwise the general regime of shared secrecy
    assertThat(regimes).containsExactly(FrenchRegime.REPORT, FrenchRegime.CHILD_PROTECTION, FrenchRegime.SOCIAL_ACTION,
        FrenchRegime.SHARED_SECRECY);
    assertThat(FrenchSharingPolicy.regimes()).extracting(r -> r.getClass().getSimpleName())
        .containsExactly("ReportRegime", "ChildProtectionRegime", "SocialActionRegime", "SharedSecrecyRegime");
  }

  @Test
  void the_general_regime_has_the_nine_steps_of_the_text_each_a_named_method() {
    // when
    List<String> steps = Arrays.stream(SharedSecrecyRegime.class.getDeclaredMethods()).map(Method::getName)
        .filter(name -> name.matches("step\\d.*")).distinct()
        .sorted(Comparator.comparing((String name) -> name.charAt(4)).thenComparing(Comparator.naturalOrder()))
        .collect(Collectors.toList());

    // then
    assertThat(steps).containsExactly("step1ClosedList", "step2TakingPart", "step3PurposeAndDoubleLimit",
        "step4Objection", "step4RightToObject", "step5Exchange", "step6CareTeam", "step7Consent", "step8Urgency",
        "step8UrgencyNeverWaivesConsent", "step9WhoIsInformedAndConsents");
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        step(FrenchStep.REPORT_SCOPE, "reports: abuse of an adult whose vulnerability is not recorded",
            () -> Scenario.general().flow(f -> f.recipients(List.of()).report(ReportKind.ABUSE_REPORT)
                .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)))),
        step(FrenchStep.REPORT_NECESSITY, "reports: more than the purpose needs",
            () -> Scenario.report(ReportKind.CHILD_CONCERN).tellParents()
                .flow(f -> f.addCategory(InformationCategory.HEALTH))),
        step(FrenchStep.REPORT_CHILD_CONCERN, "reports: a concern about a child, the parents informed beforehand",
            () -> Scenario.report(ReportKind.CHILD_CONCERN)),
        step(FrenchStep.REPORT_ABUSE, "reports: deprivation or abuse of a minor",
            () -> Scenario.report(ReportKind.ABUSE_REPORT)),
        step(FrenchStep.REPORT_TO_JUDGE, "reports: to the judge who ordered a measure in progress",
            () -> Scenario.report(ReportKind.REPORT_TO_JUDGE).measure(MeasureKind.EDUCATIONAL_ASSISTANCE, EDUC)
                .flow(f -> f.sender(EDUC).recipients(List.of(JUDGE)))),
        step(FrenchStep.CHILD_PROTECTION_SCOPE, "child protection: whether it applies, a contribution not recorded",
            () -> Scenario.childProtection().editStanding(EDUC, s -> s.childProtectionContributor(Optional.empty()))),
        step(FrenchStep.CHILD_PROTECTION_NECESSITY, "child protection: only what is strictly necessary",
            () -> Scenario.childProtection().flow(f -> f.addCategory(InformationCategory.HEALTH))),
        step(FrenchStep.CHILD_PROTECTION_INFORMATION, "child protection: the holders informed beforehand",
            Scenario::childProtection),
        step(FrenchStep.SOCIAL_ACTION_SCOPE, "social action: whether it applies, a standing not recorded",
            () -> Scenario.socialAction().editStanding(CESF, s -> s.socialActionProfessional(Optional.empty()))),
        step(FrenchStep.SOCIAL_ACTION_NECESSITY, "social action: limited to what is strictly necessary",
            () -> Scenario.socialAction().flow(f -> f.addCategory(InformationCategory.FINANCIAL))),
        step(FrenchStep.SOCIAL_ACTION_ALLOWED, "social action: allowed, informing the person as advice",
            Scenario::socialAction),
        step(FrenchStep.GENERAL_NECESSITY, "general regime: more than the purpose needs",
            () -> Scenario.general().flow(f -> f.addCategory(InformationCategory.HEALTH))),
        step(FrenchStep.GENERAL_STEP1_CLOSED_LIST, "general regime, step 1: the closed list",
            () -> Scenario.general().flow(f -> f.recipients(List.of(TEACHER)))),
        step(FrenchStep.GENERAL_STEP2_TAKING_PART, "general regime, step 2: taking part in P's care",
            () -> Scenario.general().unableToProtect(false)
                .flow(f -> f.recipients(List.of()).report(ReportKind.ABUSE_REPORT))),
        step(FrenchStep.GENERAL_STEP3_DOUBLE_LIMIT, "general regime, step 3: the purpose and the double limit",
            () -> Scenario.general().flow(f -> f.purpose(Purpose.of(PurposeKind.OTHER,
                InformationCategory.SOCIAL_ASSESSMENT)))),
        step(FrenchStep.GENERAL_STEP4_OBJECTION, "general regime, step 4: the objection",
            () -> Scenario.general().object(PERSON, BEFORE)),
        step(FrenchStep.GENERAL_STEP5_EXCHANGE, "general regime, step 5: an exchange", Scenario::general),
        step(FrenchStep.GENERAL_STEP6_CARE_TEAM, "general regime, step 6: a sharing inside a care team",
            () -> Scenario.general()
                .editStanding(DOC, s -> s.careTeam(CareTeamBasis.SAME_ESTABLISHMENT))
                .editStanding(NURSE, s -> s.careTeam(CareTeamBasis.SAME_ESTABLISHMENT))
                .flow(f -> f.sender(DOC).recipients(List.of(NURSE)).mode(FlowMode.SHARING)
                    .purpose(Purpose.of(PurposeKind.CARE_COORDINATION, InformationCategory.HEALTH))
                    .categories(List.of(InformationCategory.HEALTH)))),
        step(FrenchStep.GENERAL_STEP7_CONSENT, "general regime, step 7: a sharing outside a care team",
            () -> Scenario.general().careTeam(CareTeamBasis.NONE).flow(f -> f.mode(FlowMode.SHARING))),
        step(FrenchStep.GENERAL_STEP8_URGENCY, "general regime, step 8: an urgency waives the prior information",
            () -> Scenario.general().clearInformings().flow(f -> f.notInformedReason(NotInformedReason.URGENCY))));
  }

  private static Arguments step(FrenchStep step, String text, Supplier<Scenario> scenario) {
    return Arguments.of(step, text, scenario);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("steps")
  void each_step_decides_the_flow_the_text_gives_it(FrenchStep step, String text, Supplier<Scenario> scenario) {
    // when
    SharingDecision decision = scenario.get().decide();

    // then
    assertThat(decision.decidingStep()).as(text).isEqualTo(step.key());
    assertThat(decision.regime()).as(text).isEqualTo(step.regime());
    assertThat(decision.requirement()).as(text).isEqualTo(step.requirement());
    assertThat(decision.decidingReason()).as(text).isPresent();
  }

  @Test
  void every_step_that_can_decide_is_tried_above() {
    // given
    Set<FrenchStep> tried = steps().map(a -> (FrenchStep) a.get()[0])
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FrenchStep.class)));

    // then
    assertThat(tried).containsExactlyInAnyOrder(FrenchStep.values());
  }
}
