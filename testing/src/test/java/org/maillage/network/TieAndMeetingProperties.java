package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.maillage.testing.MaillageDomain;

@Domain(MaillageDomain.class)
class TieAndMeetingProperties {

  @Property(tries = 200)
  void whatOneEndGivesTheOtherReceives(@ForAll Tie tie) {
    // given a generated tie

    // when the supports of each end are read
    // then what one end gives the other receives, and every support is given by someone
    assertThat(tie.receivedBy(tie.second())).containsExactlyInAnyOrderElementsOf(tie.givenBy(tie.first()));
    assertThat(tie.receivedBy(tie.first())).containsExactlyInAnyOrderElementsOf(tie.givenBy(tie.second()));
    tie.supports().keySet().forEach(type ->
        assertThat(tie.givenBy(tie.first()).contains(type) || tie.givenBy(tie.second()).contains(type)).isTrue());
    assertThat(tie.multiplexity()).isEqualTo(tie.supports().size());
    assertThat(tie.first()).isNotEqualTo(tie.second());
  }

  @Property(tries = 100)
  void copiesOfTiesAndMeetingsAreEqual(@ForAll Tie tie, @ForAll Meeting meeting) {
    // given a generated tie and meeting

    // when copied through their builders
    Tie tieCopy = Tie.builder().from(tie).build();
    Meeting meetingCopy = Meeting.builder().from(meeting).build();

    // then each copy is equal, with the same hash code
    assertThat(tieCopy).isEqualTo(tie).hasSameHashCodeAs(tie);
    assertThat(meetingCopy).isEqualTo(meeting).hasSameHashCodeAs(meeting);
  }
}
