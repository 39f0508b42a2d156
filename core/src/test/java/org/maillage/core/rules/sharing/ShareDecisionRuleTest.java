package org.maillage.core.rules.sharing;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.NetworkId;
import org.maillage.core.Validator;
import org.maillage.core.rules.RuleContract;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.person.LifeStage;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.assertRenders;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.validate;
import static org.maillage.core.sharing.fr.Scenario.AFTER;
import static org.maillage.core.sharing.fr.Scenario.DAY;
import static org.maillage.core.sharing.fr.Scenario.FLOW;
import static org.maillage.core.sharing.fr.Scenario.MOTHER;
import static org.maillage.core.sharing.fr.Scenario.PERSON;
import static org.maillage.core.sharing.fr.Scenario.TEACHER;

class ShareDecisionRuleTest implements RuleContract {

  public Rule rule() {
    return new ShareDecisionRule();
  }

  @Test
  void fires_when_the_decision_denies() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of(TEACHER)));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NetworkId.of("n-lea")).flow(FLOW));
      assertThat(f.messageKey()).isEqualTo("SHARE-DECISION.deny");
      assertThat(f.arguments()).containsOnlyKeys("flow", "date", "basis", "step", "reason")
          .containsEntry("flow", FLOW).containsEntry("date", DAY).containsEntry("basis", "CSP L1110-4, CSP R1110-2")
          .containsEntry("step", "general.step1");
    });
    assertRenders(rule(), findings);
  }

  @Test
  void names_the_deciding_step_and_renders_its_reason() {
    // given: a recipient off the closed list, which step 1 of the general regime refuses
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of(TEACHER)));
    Finding finding = validate(rule(), scenario).get(0);
    Validator validator = Validator.builder().addRule(rule()).build();

    // when
    String english = validator.render(finding, Locale.ENGLISH);
    String french = validator.render(finding, Locale.FRENCH);

    // then
    assertThat(english).endsWith("Deciding step general.step1: Step 1: " + TEACHER.value()
        + " belongs to no category of the closed list of CSP R1110-2 (teachers, police officers and elected"
        + " officials, for example, do not).");
    assertThat(french).contains("Étape décisive general.step1 : ").contains(TEACHER.value());
  }

  @Test
  void a_flow_told_by_the_person_or_a_relative_is_not_a_sharing_under_secrecy() {
    // given: the same over-broad flow, sent by a professional, by the mother, by the person herself
    Scenario byProfessional = Scenario.general().parents().flow(f -> f.recipients(List.of(TEACHER)));
    Scenario byMother = Scenario.general().parents().flow(f -> f.sender(MOTHER).recipients(List.of(TEACHER)));
    Scenario byPerson = Scenario.general().parents().flow(f -> f.sender(PERSON).recipients(List.of(TEACHER)));

    // then
    assertThat(validate(rule(), byProfessional)).isNotEmpty();
    assertThat(validate(rule(), byMother)).isEmpty();
    assertThat(validate(rule(), byPerson)).isEmpty();
  }

  @Test
  void is_silent_when_the_decision_allows() {
    // then
    assertThat(validate(rule(), Scenario.general())).isEmpty();
  }

  @Test
  void fires_when_prior_information_is_not_recorded() {
    // given
    Scenario scenario = Scenario.general().clearInformings();

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-DECISION.inform-first");
      assertThat(f.arguments()).containsEntry("addressees", "p-lea")
          .containsEntry("basis", "CSP L1110-4, CSP R1110-2, CSP R1110-1, CSP R1110-3");
    });
    assertRenders(rule(), findings);
  }

  @Test
  void fires_when_consent_is_missing() {
    // given
    Scenario scenario = Scenario.general().stage(LifeStage.MINOR).parents().careTeam(CareTeamBasis.NONE)
        .flow(f -> f.mode(FlowMode.SHARING));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-DECISION.consent-needed");
      assertThat(f.arguments()).containsEntry("addressees", "p-lea, m-mother, m-father");
    });
    assertRenders(rule(), findings);
  }

  @Test
  void fires_when_nobody_recorded_can_be_informed() {
    // given: a concern about a minor whose holders of parental authority are not recorded
    Scenario scenario = Scenario.general().stage(LifeStage.MINOR).clearInformings()
        .flow(f -> f.report(ReportKind.CHILD_CONCERN).recipients(List.of())
            .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-DECISION.inform-unknown");
      assertThat(f.arguments()).containsOnlyKeys("flow", "date", "basis", "step", "reason")
          .containsEntry("flow", FLOW).containsEntry("date", DAY).containsEntry("basis", "CASF L226-2-1")
          .containsEntry("step", "report.child-concern");
    });
    assertRenders(rule(), findings);
  }

  @Test
  void is_judged_as_of_the_flows_date_not_the_validation_date() {
    // given: consent given after the flow, before the validation date
    Scenario scenario = Scenario.general().careTeam(CareTeamBasis.NONE).flow(f -> f.mode(FlowMode.SHARING))
        .consent(Scenario.consentBy(PERSON).given(AFTER).build());

    // then
    assertThat(validate(rule(), scenario.network(), AFTER.plusDays(10))).extracting(Finding::messageKey)
        .containsExactly("SHARE-DECISION.consent-needed");
  }

  @Test
  void the_information_owed_after_an_urgency_is_not_this_rules() {
    // given
    Scenario scenario = Scenario.general().clearInformings().flow(f -> f.notInformedReason(NotInformedReason.URGENCY));
    Validator validator = Validator.builder().addRule(rule()).addRule(new ShareWithNotAboutRule()).build();

    // when
    List<Finding> findings = validator.validate(scenario.network(), ValidationSettings.asOf(AFTER)).findings();

    // then
    assertThat(findings).extracting(Finding::ruleId).containsExactly(RuleId.of("SHARE-WITH-NOT-ABOUT"));
  }

  @Test
  void a_flow_dated_after_the_validation_date_is_not_judged_yet() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of(TEACHER)));

    // then
    assertThat(validate(rule(), scenario.network(), DAY.minusDays(1))).isEmpty();
  }

  @Test
  void judges_every_recorded_flow() {
    // given
    Scenario scenario = Scenario.general().addFlow(org.maillage.sharing.InformationFlow.builder()
        .from(Scenario.general().flow()).id(org.maillage.FlowId.of("f-2")).recipients(List.of(TEACHER)).build());

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).extracting(f -> f.arguments().get("flow")).containsExactly(org.maillage.FlowId.of("f-2"));
  }
}
