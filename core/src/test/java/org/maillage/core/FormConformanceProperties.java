package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.testing.NetworkArbitraries;
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

  @Provide
  Arbitrary<Tuple2<NetworkForm, Network>> conforming() {
    return Arbitraries.of(NetworkForm.class).flatMap(form ->
        NetworkArbitraries.conformingTo(form, NetworkArbitraries.REFERENCE_DATE).map(n -> Tuple.of(form, n)));
  }

  @Property(tries = 250)
  void a_conforming_network_has_no_finding_of_its_form_rule(@ForAll("conforming") Tuple2<NetworkForm, Network> t) {
    // given
    NetworkForm form = t.get1();
    Network network = t.get2();

    // when
    ValidationReport report = Validator.standard().validate(network,
        ValidationSettings.asOf(NetworkArbitraries.REFERENCE_DATE));

    // then
    assertThat(network.forms()).contains(form);
    assertThat(report.ofRule(RULES.get(form))).extracting(Finding::messageKey).isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.ruleId().value().startsWith("FORM-"))
        .allSatisfy(f -> assertThat(network.forms()).anyMatch(declared -> RULES.get(declared).equals(f.ruleId())));
  }
}
