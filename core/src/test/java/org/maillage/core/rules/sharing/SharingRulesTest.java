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

  @Test
  void decides_each_judged_flow_once_per_validation_however_many_rules_read_it() {
    // given: a policy that counts its decisions, and networks whose flows several rules of the family judge (a
    // report is read by SHARE-WITHIN-SECRECY too, a flow without informing by SHARE-WITH-NOT-ABOUT)
    java.util.concurrent.atomic.AtomicInteger decisions = new java.util.concurrent.atomic.AtomicInteger();
    org.maillage.sharing.SharingPolicy france = org.maillage.core.SharingPolicies.france();
    org.maillage.sharing.SharingPolicy counting = new org.maillage.sharing.SharingPolicy() {
      @Override
      public org.maillage.sharing.Jurisdiction jurisdiction() {
        return france.jurisdiction();
      }

      @Override
      public org.maillage.sharing.SharingDecision decide(Network network, org.maillage.sharing.InformationFlow flow) {
        decisions.incrementAndGet();
        return france.decide(network, flow);
      }

      @Override
      public boolean acceptsNotInformedReason(org.maillage.sharing.SharingDecision decision,
          org.maillage.sharing.InformationFlow flow) {
        return france.acceptsNotInformedReason(decision, flow);
      }

      @Override
      public String render(org.maillage.Message reason, java.util.Locale locale) {
        return france.render(reason, locale);
      }
    };
    Validator validator = Validator.builder().addStandardRules().sharingPolicy(counting).build();

    for (Scenario scenario : List.of(Scenario.general().clearInformings(),
        Scenario.report(org.maillage.sharing.ReportKind.CHILD_CONCERN), Scenario.childProtection())) {
      Network network = scenario.network();
      long judged = network.flows().stream()
          .filter(f -> SharingRules.isJudgedProfessionalFlow(network, f, Scenario.AFTER)).count();
      decisions.set(0);

      // when
      validator.validate(network, org.maillage.validation.ValidationSettings.asOf(Scenario.AFTER));

      // then: one decision per judged flow, not one per rule that reads it
      assertThat(judged).isPositive();
      assertThat(decisions.get()).isEqualTo(judged);
    }
  }
}
