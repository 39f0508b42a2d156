package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/** Ties give and receive supports consistently; ties and meetings copy through their builders. */
class TieAndMeetingProperties {

  @Property(tries = 200)
  void whatOneEndGivesTheOtherReceives(@ForAll("ties") Tie tie) {
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
  void copiesOfTiesAndMeetingsAreEqual(@ForAll("ties") Tie tie, @ForAll("meetings") Meeting meeting) {
    // given a generated tie and meeting

    // when copied through their builders
    Tie tieCopy = Tie.builder().from(tie).build();
    Meeting meetingCopy = Meeting.builder().from(meeting).build();

    // then each copy is equal, with the same hash code
    assertThat(tieCopy).isEqualTo(tie).hasSameHashCodeAs(tie);
    assertThat(meetingCopy).isEqualTo(meeting).hasSameHashCodeAs(meeting);
  }

  Gen<Tie> ties() {
    return NetworkGenerators.ties();
  }

  Gen<Meeting> meetings() {
    return NetworkGenerators.meetings();
  }
}
