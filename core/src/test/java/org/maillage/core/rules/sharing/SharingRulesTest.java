package org.maillage.core.rules.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.core.Validator;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.network.Network;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;

class SharingRulesTest {

  static Stream<Rule> rules() {
    return SharingRules.all().stream();
  }

  @Test
  void lists_the_family_in_catalogue_order() {
    // then
    assertThat(SharingRules.all()).extracting(Rule::id).containsExactly(RuleId.of("SHARE-WITH-NOT-ABOUT"),
        RuleId.of("SHARE-WITHIN-SECRECY"), RuleId.of("SHARE-NECESSARY"), RuleId.of("SHARE-DECISION"),
        RuleId.of("SHARE-RECORD-INCOMPLETE"));
  }

  @Test
  void the_standard_validator_holds_them() {
    // then
    for (Rule rule : SharingRules.all()) {
      assertThat(Validator.standard().rule(rule.id())).contains(rule);
    }
  }

  @ParameterizedTest
  @MethodSource("rules")
  void is_silent_on_a_network_without_flows(Rule rule) {
    // given: a flow every rule of the family would judge, then the same network without it
    Scenario scenario = Scenario.general().clearInformings().flow(f -> f.purpose(java.util.Optional.empty()));
    Network withoutFlows = Network.builder().from(scenario.network()).flows(List.of()).build();

    // then
    assertThat(SharingRuleFixtures.validate(rule, withoutFlows, Scenario.AFTER)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void is_silent_on_a_flow_the_law_allows_made_with_the_person(Rule rule) {
    // then
    assertThat(SharingRuleFixtures.validate(rule, Scenario.general())).isEmpty();
    assertThat(SharingRuleFixtures.validate(rule, Scenario.childProtection())).isEmpty();
    assertThat(SharingRuleFixtures.validate(rule, Scenario.socialAction().tell(Scenario.PERSON,
        org.maillage.sharing.InformingSubject.NATURE_OF_INFORMATION))).isEmpty();
    assertThat(SharingRuleFixtures.validate(rule, Scenario.report(org.maillage.sharing.ReportKind.CHILD_CONCERN)
        .tellParents().tell(Scenario.PERSON, org.maillage.sharing.InformingSubject.NATURE_OF_INFORMATION)))
        .isEmpty();
  }
}
