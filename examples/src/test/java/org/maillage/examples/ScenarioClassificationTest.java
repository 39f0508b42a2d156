package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.core.NetworkAnalysis;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;

/** Each seed scenario of the five forms ranks its own form first (tied first when forms coexist), and high. */
class ScenarioClassificationTest {

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of(NetworkForm.PAIRING, Scenarios.pairing()),
        Arguments.of(NetworkForm.INTER_INSTITUTIONAL, Scenarios.interInstitutional()),
        Arguments.of(NetworkForm.NETWORK_INTERVENTION, Scenarios.networkIntervention()),
        Arguments.of(NetworkForm.MUTUAL_AID, Scenarios.mutualAid()),
        Arguments.of(NetworkForm.COLLECTIVE, Scenarios.collectiveIntervention()));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void each_scenario_ranks_its_own_form_first(NetworkForm form, Network network) {
    // when
    Classification c = NetworkAnalysis.classify(network, AnalysisSettings.asOf(Scenarios.AS_OF));

    // then
    assertThat(c.score(form).score()).as("%s: %s", form, c.forms()).isEqualTo(c.closestForm().score());
    assertThat(c.highForms()).contains(form);
    assertThat(c.score(form).features()).allSatisfy(f -> assertThat(f.isMet()).as("%s", f).isTrue());
  }
}
