package org.maillage.core.rules.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.assertRenders;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.validate;
import static org.maillage.core.sharing.fr.Scenario.CESF;
import static org.maillage.core.sharing.fr.Scenario.DAY;
import static org.maillage.core.sharing.fr.Scenario.FLOW;
import static org.maillage.core.sharing.fr.Scenario.TEACHER;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.NetworkId;
import org.maillage.core.Validator;
import org.maillage.core.rules.RuleContract;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.network.Network;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.ReportKind;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

class ShareRecordIncompleteRuleTest implements RuleContract {

  public Rule rule() {
    return new ShareRecordIncompleteRule();
  }

  @Test
  void names_the_facts_to_record_and_about_whom() {
    // given: the recipient's category of the closed list not recorded
    Scenario scenario = Scenario.general().editStanding(CESF, s -> s.regulatoryCategory(Optional.empty()));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NetworkId.of("n-lea")).flow(FLOW));
      assertThat(f.messageKey()).isEqualTo("SHARE-RECORD-INCOMPLETE.facts");
      assertThat(f.arguments()).containsOnlyKeys("flow", "date", "facts").containsEntry("date", DAY);
    });
    assertRenders(rule(), findings);
    Validator validator = Validator.builder().addRule(rule()).build();
    assertThat(validator.render(findings.get(0), Locale.ENGLISH))
        .contains("the category of the closed list (CSP R1110-2) (pro-cesf)");
    assertThat(validator.render(findings.get(0), Locale.FRENCH))
        .contains("la catégorie de la liste fermée (CSP R1110-2) (pro-cesf)");
  }

  @Test
  void is_silent_for_a_decision_the_record_reaches_and_share_decision_is_silent_for_an_incomplete_one() {
    // given: one flow refused as recorded, one whose decision turns on a fact not recorded
    Scenario refused = Scenario.general().flow(f -> f.recipients(List.of(TEACHER)));
    Scenario open = Scenario.general().editStanding(CESF, s -> s.regulatoryCategory(Optional.empty()));

    // when / then
    assertThat(validate(rule(), refused)).isEmpty();
    assertThat(validate(new ShareDecisionRule(), refused)).isNotEmpty();
    assertThat(validate(new ShareDecisionRule(), open)).isEmpty();
  }

  @Test
  void a_network_without_jurisdiction_and_no_default_names_the_jurisdiction() {
    // given
    Network network = Network.builder().from(Scenario.general().network()).jurisdiction(Optional.empty()).build();
    Validator validator = Validator.standard();

    // when
    List<Finding> findings = validator.validate(network, ValidationSettings.asOf(DAY)).findings();

    // then: no SHARE-* rule judges it under a law it does not record; this one says so
    assertThat(findings).filteredOn(f -> f.ruleId().value().startsWith("SHARE-")).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-RECORD-INCOMPLETE.jurisdiction");
      assertThat(f.arguments()).containsEntry("fact", CommonFact.JURISDICTION);
    });
  }

  @Test
  void a_report_on_a_network_without_jurisdiction_is_not_judged_outside_secrecy() {
    // given: a report to no member, on a network recording no jurisdiction
    Network network = Network.builder().from(Scenario.report(ReportKind.ABUSE_REPORT).network())
        .jurisdiction(Optional.empty()).build();

    // when
    List<Finding> findings = validate(new ShareWithinSecrecyRule(), network, DAY);

    // then: whether it is an exempt report turns on the law, not recorded
    assertThat(findings).isEmpty();
  }
}
