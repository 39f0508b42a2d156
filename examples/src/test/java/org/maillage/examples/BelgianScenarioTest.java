package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.core.SharingPolicies;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Regime;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.BelgianSettings;
import org.maillage.sharing.be.AgreementModel;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * The Belgian pairing (a PMS centre and a CPAS around a teenager) end to end: validated under Belgian law through
 * the public entry points, its recorded flow allowed, the demo's question answered, and spoiling the record making
 * the validation speak.
 */
class BelgianScenarioTest {
  private static final ValidationSettings AS_OF = ValidationSettings.asOf(Scenarios.AS_OF);
  private static final MemberId PUPIL = MemberId.of("p-2026-207");
  private static final MemberId MOTHER = MemberId.of("m-mother");

  @Test
  void the_belgian_pairing_validates_without_any_finding() {
    // given
    Network network = Scenarios.belgianPairing();

    // when
    ValidationReport report = Validator.standard().validate(network, AS_OF);

    // then
    assertThat(report.findings()).as("%s", report).isEmpty();
  }

  @Test
  void its_recorded_flow_is_allowed_under_shared_professional_secrecy_with_the_family_agreement() {
    // given
    Network network = Scenarios.belgianPairing();
    InformationFlow recorded = network.flows().stream().filter(f -> f.id().equals(FlowId.of("f-1"))).findFirst()
        .orElseThrow();

    // when
    SharingDecision decision = SharingPolicies.of(network.jurisdiction().orElseThrow()).decide(network, recorded);

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW);
    assertThat((Regime) decision.regime()).isEqualTo(BelgianRegime.SHARED_SECRECY);
    assertThat(decision.legalBasis()).contains(BelgianLaw.SHARED_SECRECY_DOCTRINE);
  }

  @Test
  void the_demo_question_asks_the_agreement_of_the_girl_and_her_mother() {
    // when
    SharingDecision decision = SharingPolicies.belgium().decide(Scenarios.belgianPairingWithQuestion(),
        Scenarios.belgianQuestion());

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.REQUIRE_CONSENT);
    assertThat(decision.addressees()).containsExactly(PUPIL, MOTHER);
    assertThat(SharingPolicies.explain(decision, Locale.forLanguageTag("nl")))
        .contains("Regime: gedeeld beroepsgeheim");
  }

  @Test
  void under_the_no_objection_setting_the_informed_family_is_enough() {
    // given
    BelgianSettings settings = BelgianSettings.builder().agreementModel(AgreementModel.NO_OBJECTION).build();

    // when
    SharingDecision decision = SharingPolicies.belgium(settings).decide(Scenarios.belgianPairingWithQuestion(),
        Scenarios.belgianQuestion());

    // then: the girl and her mother were told beforehand of what the PMS worker passes and to whom
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW);
  }

  @Test
  void a_flow_outside_the_agreement_recorded_in_the_network_makes_the_validation_speak() {
    // given the recorded flow now carries the girl's schooling, which neither agreement covers
    Network network = Scenarios.belgianPairing();
    List<InformationFlow> flows = network.flows().stream()
        .map(f -> InformationFlow.builder().from(f).categories(List.of(org.maillage.sharing.InformationCategory.SCHOOLING))
            .purpose(org.maillage.sharing.Purpose.of(org.maillage.sharing.PurposeKind.SOCIAL_FOLLOW_UP,
                org.maillage.sharing.InformationCategory.SCHOOLING)).build())
        .collect(Collectors.toList());
    Network spoiled = Network.builder().from(network).flows(flows).build();

    // when
    ValidationReport report = Validator.standard().validate(spoiled, AS_OF);

    // then
    assertThat(report.findings().stream().map(f -> f.ruleId().value())).contains("SHARE-DECISION");
  }
}
