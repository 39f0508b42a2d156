package org.maillage.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** Flows of information copy through their builder, never go to their sender, and reach someone. */
class InformationFlowProperties {

  @Property(tries = 200)
  void aFlowNeverGoesToItsSenderAndHasARecipientUnlessAReport(@ForAll("flows") InformationFlow flow) {
    // given a generated flow

    // when copied through its builder
    InformationFlow copy = InformationFlow.builder().from(flow).build();

    // then it is equal, not sent to its sender, and has recipients unless it is a report
    assertThat(copy).isEqualTo(flow).hasSameHashCodeAs(flow);
    assertThat(flow.recipients()).doesNotContain(flow.sender());
    assertThat(!flow.recipients().isEmpty() || flow.report().isPresent()).isTrue();
    Statistics.label("report without recipient").collect(flow.recipients().isEmpty());
  }

  Gen<InformationFlow> flows() {
    return NetworkGenerators.informationFlows();
  }
}
