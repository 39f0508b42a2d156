package org.maillage.core.rules.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.Message;
import org.maillage.core.SharingPolicies;
import org.maillage.core.Validator;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.network.Network;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Regime;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.SharingPolicy;
import org.maillage.sharing.StepKey;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationSettings;

/**
 * The {@code SHARE-*} rules decide a network's flows under the policy of the network's jurisdiction, else of the
 * settings' default, as the validator was given it; with neither, no law is assumed.
 */
class JurisdictionChoiceTest {
  private static final ShareDecisionRule RULE = new ShareDecisionRule();

  /** A policy that refuses every flow at one step, with one reason. */
  private record Refusing(Jurisdiction jurisdiction) implements SharingPolicy {
    @Override
    public SharingDecision decide(Network network, InformationFlow flow) {
      Message reason = Message.of("refused");
      return SharingDecision.builder().outcome(SharingOutcome.DENY).jurisdiction(jurisdiction)
          .regime(FrenchRegime.SHARED_SECRECY).requirement(Requirement.NONE).decidingStep(StepKey.of("refusing"))
          .addReason(reason).decidingReason(reason).build();
    }

    @Override
    public boolean acceptsNotInformedReason(SharingDecision decision, InformationFlow flow) {
      return false;
    }

    @Override
    public String render(Message reason, Locale locale) {
      return "refused by " + jurisdiction;
    }
  }

  private static List<Finding> validate(Validator validator, Network network, ValidationSettings settings) {
    return validator.validate(network, settings).findings();
  }

  @Test
  void a_network_without_jurisdiction_and_no_default_is_not_judged_under_french_law() {
    // given: a flow the French policy would refuse, on a network recording no jurisdiction, no default given
    Network network = Network.builder().from(Scenario.general().network()).jurisdiction(Optional.empty()).build();
    Validator validator = Validator.builder().addRule(RULE).addRule(new ShareRecordIncompleteRule())
        .sharingPolicy(new Refusing(Jurisdiction.FRANCE)).build();

    // when
    List<Finding> findings = validate(validator, network, ValidationSettings.asOf(Scenario.DAY));

    // then: no default, no decision; the flow is reported incomplete, naming the jurisdiction
    assertThat(ValidationSettings.asOf(Scenario.DAY).defaultJurisdiction()).isEmpty();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-RECORD-INCOMPLETE.jurisdiction");
      assertThat(f.arguments()).containsEntry("fact", CommonFact.JURISDICTION);
      assertThat(validator.render(f, Locale.ENGLISH)).contains("records no jurisdiction");
    });
  }

  @Test
  void a_default_france_in_the_settings_decides_a_network_recording_none() {
    // given: the same network, judged with France as the settings' default
    Network network = Network.builder().from(Scenario.general().network()).jurisdiction(Optional.empty()).build();
    Validator validator = Validator.builder().addRule(RULE).addRule(new ShareRecordIncompleteRule())
        .sharingPolicy(new Refusing(Jurisdiction.FRANCE)).build();
    ValidationSettings france = ValidationSettings.builder().date(Scenario.DAY)
        .defaultJurisdiction(Jurisdiction.FRANCE).build();

    // when
    List<Finding> findings = validate(validator, network, france);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-DECISION.deny");
      assertThat(f.arguments()).containsEntry("step", "refusing");
      assertThat(validator.render(f, Locale.ENGLISH)).endsWith("Deciding step refusing: refused by FRANCE");
    });
  }

  @Test
  void the_jurisdiction_the_network_records_chooses_the_policy() {
    // given: the same network recording Belgium, and a validator given a refusing Belgian policy
    Network network = Network.builder().from(Scenario.general().network()).jurisdiction(Jurisdiction.BELGIUM)
        .build();
    Validator validator = Validator.builder().addRule(RULE).sharingPolicy(new Refusing(Jurisdiction.BELGIUM))
        .build();

    // when
    List<Finding> belgian = validate(validator, network, ValidationSettings.asOf(Scenario.DAY));
    List<Finding> french = validate(validator, Scenario.general().network(), ValidationSettings.asOf(Scenario.DAY));

    // then: the Belgian network meets the Belgian policy, the French one the engine's French policy
    assertThat(belgian).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("step", "refusing"));
    assertThat(french).isEmpty();
  }

  @Test
  void the_settings_default_applies_to_a_network_recording_none() {
    // given: a network recording no jurisdiction, judged with Belgium as the default
    Network network = Network.builder().from(Scenario.general().network()).jurisdiction(Optional.empty()).build();
    Validator validator = Validator.builder().addRule(RULE).sharingPolicy(new Refusing(Jurisdiction.BELGIUM))
        .build();
    ValidationSettings belgianDefault = ValidationSettings.builder().date(Scenario.DAY)
        .defaultJurisdiction(Jurisdiction.BELGIUM).build();

    // when
    List<Finding> findings = validate(validator, network, belgianDefault);

    // then
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("step", "refusing"));
  }

  @Test
  void one_policy_per_jurisdiction() {
    // given
    Validator.Builder builder = Validator.builder().sharingPolicy(SharingPolicies.france());

    // when / then
    assertThatThrownBy(() -> builder.sharingPolicy(new Refusing(Jurisdiction.FRANCE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FRANCE");
  }
}
