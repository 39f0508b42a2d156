package org.maillage.core.rules.sharing;

import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.assertRenders;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.validate;
import static org.maillage.core.sharing.fr.Scenario.AS;
import static org.maillage.core.sharing.fr.Scenario.BEFORE;
import static org.maillage.core.sharing.fr.Scenario.CESF;
import static org.maillage.core.sharing.fr.Scenario.DAY;
import static org.maillage.core.sharing.fr.Scenario.DOC;
import static org.maillage.core.sharing.fr.Scenario.FLOW;
import static org.maillage.core.sharing.fr.Scenario.MOTHER;
import static org.maillage.core.sharing.fr.Scenario.PERSON;
import static org.maillage.core.sharing.fr.Scenario.TEACHER;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.person.LifeStage;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class ShareWithinSecrecyRuleTest implements RuleContract {

  public Rule rule() {
    return new ShareWithinSecrecyRule();
  }

  @Test
  void fires_for_a_recipient_not_bound_by_secrecy() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of(CESF, TEACHER)));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NetworkId.of("n-lea")).flow(FLOW));
      assertThat(f.messageKey()).isEqualTo("SHARE-WITHIN-SECRECY.not-bound");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("flow", FLOW, "date", DAY, "recipient", TEACHER));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void a_recipient_whose_secrecy_is_not_recorded_is_not_said_to_be_unbound() {
    // given: the teacher's secrecy not recorded (unknown is not no)
    Scenario scenario = Scenario.general().editProfessional(TEACHER, p -> p.secrecy(Optional.empty()))
        .flow(f -> f.recipients(List.of(CESF, TEACHER)));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).isEmpty();
  }

  @Test
  void is_silent_between_current_professionals_bound_by_secrecy() {
    // then
    assertThat(validate(rule(), Scenario.general().flow(f -> f.recipients(List.of(CESF, DOC))))).isEmpty();
  }

  @Test
  void fires_for_a_relative_who_is_not_the_persons_representative() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of(MOTHER)));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).extracting(Finding::messageKey).containsExactly("SHARE-WITHIN-SECRECY.not-professional");
    assertRenders(rule(), findings);
  }

  @Test
  void the_person_and_their_representatives_are_not_third_parties() {
    // given
    Scenario toPerson = Scenario.general().flow(f -> f.recipients(List.of(PERSON)));
    Scenario toParent = Scenario.general().stage(LifeStage.MINOR).parents().flow(f -> f.recipients(List.of(MOTHER)));

    // then
    assertThat(validate(rule(), toPerson)).isEmpty();
    assertThat(validate(rule(), toParent)).isEmpty();
  }

  @Test
  void fires_for_a_recipient_who_had_left_the_network_on_the_day_of_the_flow() {
    // given
    Scenario scenario = Scenario.general()
        .editProfessional(CESF, p -> p.involvements(List.of(Period.of(Scenario.CREATED, BEFORE))));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).extracting(Finding::messageKey).containsExactly("SHARE-WITHIN-SECRECY.not-current");
    assertRenders(rule(), findings);
  }

  @Test
  void is_silent_for_a_report_under_the_reports_regime() {
    // given
    Scenario toTheCrip = Scenario.report(ReportKind.CHILD_CONCERN);
    Scenario abuseToTeacher = Scenario.report(ReportKind.ABUSE_REPORT).flow(f -> f.recipients(List.of(TEACHER)));

    // then
    assertThat(validate(rule(), toTheCrip)).isEmpty();
    assertThat(validate(rule(), abuseToTeacher)).isEmpty();
  }

  @Test
  void fires_for_a_flow_leaving_the_network_that_is_no_report_of_the_regime() {
    // given: a report of abuse about an adult recorded able to protect himself, and the same adult whose
    // vulnerability is not recorded
    Scenario scenario = Scenario.general().unableToProtect(false)
        .flow(f -> f.report(ReportKind.ABUSE_REPORT).recipients(List.of())
            .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)));
    Scenario open = Scenario.general().flow(f -> f.report(ReportKind.ABUSE_REPORT).recipients(List.of())
        .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then: whether the second is an exempt report turns on a fact not recorded: SHARE-RECORD-INCOMPLETE's
    assertThat(validate(rule(), open)).isEmpty();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-WITHIN-SECRECY.outside");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("flow", FLOW, "date", DAY));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void a_relative_passing_something_on_is_out_of_scope() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.sender(MOTHER).recipients(List.of(TEACHER)));

    // then
    assertThat(validate(rule(), scenario)).isEmpty();
  }

  @Test
  void a_flow_dated_after_the_validation_date_is_not_judged_yet() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.recipients(List.of(TEACHER)));

    // then
    assertThat(validate(rule(), scenario.network(), DAY.minusDays(1))).isEmpty();
  }

  @Test
  void names_each_recipient_outside_shared_secrecy() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.sender(CESF).recipients(List.of(TEACHER, MOTHER, AS)));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).extracting(f -> f.arguments().get("recipient")).containsExactlyInAnyOrder(MOTHER, TEACHER);
    assertThat(findings).extracting(Finding::messageKey)
        .containsExactlyInAnyOrder("SHARE-WITHIN-SECRECY.not-professional", "SHARE-WITHIN-SECRECY.not-bound");
  }
}
