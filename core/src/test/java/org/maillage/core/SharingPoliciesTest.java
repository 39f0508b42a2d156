package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Regime;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.SharingPolicy;
import org.maillage.sharing.be.AgreementModel;
import org.maillage.sharing.be.BelgianSettings;
import org.maillage.sharing.fr.FrenchRegime;

/** The public entry to the sharing policies. */
class SharingPoliciesTest {

  @Test
  void france_is_the_french_policy() {
    // when
    SharingPolicy policy = SharingPolicies.of(Jurisdiction.FRANCE);

    // then
    assertThat(policy).isSameAs(SharingPolicies.france());
    assertThat(policy.jurisdiction()).isEqualTo(Jurisdiction.FRANCE);
  }

  @Test
  void belgium_is_the_belgian_policy_with_default_settings() {
    // when
    SharingPolicy policy = SharingPolicies.of(Jurisdiction.BELGIUM);

    // then
    assertThat(policy).isSameAs(SharingPolicies.belgium()).isSameAs(SharingPolicies.belgium(BelgianSettings.defaults()));
    assertThat(policy.jurisdiction()).isEqualTo(Jurisdiction.BELGIUM);
    assertThat(policy.toString()).contains("EXPLICIT");
  }

  @Test
  void belgium_takes_its_settings() {
    // given
    BelgianSettings settings = BelgianSettings.builder().agreementModel(AgreementModel.NO_OBJECTION)
        .refusalBlocksYouthCare(false).consentLetsTellNotBound(true).build();

    // when
    SharingPolicy policy = SharingPolicies.belgium(settings);

    // then
    assertThat(policy).isNotSameAs(SharingPolicies.belgium());
    assertThat(policy.toString()).contains("NO_OBJECTION", "refusal blocks false", "not bound true");
  }

  @Test
  void decides_through_the_public_entry() {
    // given
    Scenario scenario = Scenario.general().clearInformings();

    // when
    SharingDecision decision = SharingPolicies.france().decide(scenario.network(), scenario.flow());

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW_AFTER_INFORMING);
    assertThat(decision.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
    assertThat(decision.addressees()).containsExactly(Scenario.PERSON);
    assertThat(decision.isAllowed()).isFalse();
  }

  @Test
  void explains_in_french_and_in_english() {
    // given
    SharingDecision decision = Scenario.general().object(Scenario.PERSON, Scenario.BEFORE).decide();

    // when
    String french = SharingPolicies.explain(decision, Locale.FRANCE);
    String english = SharingPolicies.explain(decision, Locale.UK);

    // then
    assertThat(french).startsWith("Décision : transmission refusée\n"
        + "Régime : secret partagé, régime général (CSP L1110-4)\n"
        + "Fondement juridique : CSP L1110-4, CSP R1110-2, CSP R1110-1\n- ")
        .contains("- Étape 4 : p-lea s'est opposé le 2026-06-01")
        .doesNotContain("{");
    assertThat(english).startsWith("Decision: refused\nRegime: shared secrecy, the general regime (CSP L1110-4)\n")
        .contains("- Step 4: p-lea objected on 2026-06-01")
        .doesNotContain("{");
    assertThat(english.lines()).hasSize(3 + decision.reasons().size());
  }

  @Test
  void renders_one_reason_through_the_policy() {
    // given
    SharingDecision decision = Scenario.general().decide();

    // when
    String text = SharingPolicies.france().render(decision.reasons().get(0), Locale.FRENCH);

    // then
    assertThat(text).isEqualTo("Il ne s'agit pas d'un signalement prévu ou permis par la loi : le régime des "
        + "signalements ne s'applique pas.");
  }
}
