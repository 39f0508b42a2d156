package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleId;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/** A network generated to conform to form X has no finding of X's form rule, whatever else it has. */
class FormConformanceProperties {
  private static final Map<NetworkForm, RuleId> RULES = Map.of(
      NetworkForm.PAIRING, RuleId.of("FORM-PAIRING"),
      NetworkForm.INTER_INSTITUTIONAL, RuleId.of("FORM-INTER-INSTITUTIONAL"),
      NetworkForm.NETWORK_INTERVENTION, RuleId.of("FORM-NETWORK-INTERVENTION"),
      NetworkForm.MUTUAL_AID, RuleId.of("FORM-MUTUAL-AID"),
      NetworkForm.COLLECTIVE, RuleId.of("FORM-COLLECTIVE"));

  /** A form and a network generated to conform to it. */
  record Conforming(NetworkForm form, Network network) {}

  Gen<Conforming> conforming() {
    return Gen.of(NetworkForm.class).flatMap(form ->
        NetworkGenerators.conformingTo(form, NetworkGenerators.REFERENCE_DATE).map(n -> new Conforming(form, n)));
  }

  @Property(tries = 250)
  void a_conforming_network_has_no_finding_of_its_form_rule(@ForAll("conforming") Conforming c) {
    // given
    NetworkForm form = c.form();
    Network network = c.network();

    // when
    ValidationReport report = Validator.standard().validate(network,
        ValidationSettings.asOf(NetworkGenerators.REFERENCE_DATE));

    // then
    assertThat(network.forms()).contains(form);
    assertThat(report.ofRule(RULES.get(form))).extracting(Finding::messageKey).isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().startsWith("FORM-"))
        .allSatisfy(f -> assertThat(network.forms()).anyMatch(declared -> RULES.get(declared).equals(f.ruleId())));
  }
}
