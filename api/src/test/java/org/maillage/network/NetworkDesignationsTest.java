package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.person.Person;
import org.maillage.referent.ReferentDesignation;

/** The network's index of référent designations (<i>désignations des référents</i>) by professional. */
class NetworkDesignationsTest {
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  private static final MemberId NADIA = MemberId.of("pro-nadia");
  private static final MemberId YANN = MemberId.of("pro-yann");
  private static final MemberId ZOE = MemberId.of("pro-zoe");

  private static Professional professional(MemberId id) {
    return Professional.builder().id(id).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).involvedFrom(CREATED)
        .build();
  }

  private static Network.Builder network() {
    return Network.builder().id(NetworkId.of("n-lea")).created(CREATED)
        .focalPerson(Person.builder().id(MemberId.of("u-lea")).build())
        .addMembers(professional(NADIA), professional(YANN), professional(ZOE));
  }

  @Test
  void eachProfessionalsDesignationsAreTheirsInTheNetworksOrder() {
    // given designations of Yann and Nadia, interleaved, Yann's renewed twice
    ReferentDesignation yannFirst = ReferentDesignation.of(YANN, Period.of(CREATED, CREATED.plusMonths(3)));
    ReferentDesignation nadia = ReferentDesignation.of(NADIA, Period.from(CREATED));
    ReferentDesignation yannSecond = ReferentDesignation.of(YANN, Period.of(CREATED.plusMonths(3).plusDays(1),
        CREATED.plusMonths(6)));
    ReferentDesignation yannThird = ReferentDesignation.of(YANN, Period.from(CREATED.plusMonths(6).plusDays(1)));
    Network network = network().addReferents(yannFirst, nadia, yannSecond, yannThird).build();

    // when
    // then each professional has their own, in order; a professional never designated has none
    assertThat(network.designationsOf(YANN)).containsExactly(yannFirst, yannSecond, yannThird);
    assertThat(network.designationsOf(NADIA)).containsExactly(nadia);
    assertThat(network.designationsOf(ZOE)).isEmpty();
    assertThat(network.designatedReferents()).containsExactly(YANN, NADIA);
  }

  @Test
  void aNetworkWithoutDesignationHasNoDesignatedReferent() {
    // given
    Network network = network().build();

    // when
    // then
    assertThat(network.designatedReferents()).isEmpty();
    assertThat(network.designationsOf(NADIA)).isEmpty();
  }
}
