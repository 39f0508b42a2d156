package org.maillage.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import org.maillage.testing.MaillageDomain;

@Domain(MaillageDomain.class)
class InformationFlowProperties {

  @Property(tries = 200)
  void aFlowNeverGoesToItsSenderAndHasARecipientUnlessAReport(@ForAll InformationFlow flow) {
    // given a generated flow

    // when copied through its builder
    InformationFlow copy = InformationFlow.builder().from(flow).build();

    // then it is equal, not sent to its sender, and has recipients unless it is a report
    assertThat(copy).isEqualTo(flow).hasSameHashCodeAs(flow);
    assertThat(flow.recipients()).doesNotContain(flow.sender());
    assertThat(!flow.recipients().isEmpty() || flow.report().isPresent()).isTrue();
    Statistics.label("report without recipient").collect(flow.recipients().isEmpty());
  }
}
