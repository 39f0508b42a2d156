package org.maillage.core.rules.referent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.referent.ReferentFixtures.DATE;
import static org.maillage.core.rules.referent.ReferentFixtures.network;
import static org.maillage.core.rules.referent.ReferentFixtures.professional;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;

/** The référents in force on a date (<i>référents en fonction</i>), each once. */
class ReferentsInForceTest {
  private static final MemberId ANNE = MemberId.of("pro-anne");
  private static final MemberId BRUNO = MemberId.of("pro-bruno");
  private static final MemberId CLARA = MemberId.of("pro-clara");

  @Test
  void eachReferentInForceOnceInTheOrderOfTheirFirstDesignation() {
    // given Bruno first designated long ago and again now; Anne designated twice, both in force; Clara's
    // designation ended
    Network network = network()
        .addMembers(professional("pro-anne").build(), professional("pro-bruno").build(),
            professional("pro-clara").build())
        .addReferents(
            ReferentDesignation.of(BRUNO, Period.of(DATE.minusYears(1), DATE.minusMonths(6))),
            ReferentDesignation.of(ANNE, Period.from(DATE.minusMonths(3))),
            ReferentDesignation.of(CLARA, Period.of(DATE.minusYears(1), DATE.minusDays(1))),
            ReferentDesignation.of(BRUNO, Period.from(DATE.minusMonths(1))),
            ReferentDesignation.of(ANNE, Period.of(DATE.minusMonths(1), DATE.plusMonths(1))))
        .build();

    // when
    List<MemberId> referents = ReferentsInForce.of(network, DATE);

    // then
    assertThat(referents).containsExactly(BRUNO, ANNE);
    assertThat(ReferentsInForce.of(network, DATE.minusYears(2))).isEmpty();
  }

  @Test
  void thousandsOfReferentsAreEachFoundOnce() {
    // given 3,000 professionals, each designated twice in turn, the second designation in force
    Network.Builder builder = network();
    for (int i = 0; i < 3000; i++) {
      builder.addMember(professional("pro-" + i).build());
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 3000; i++) {
        builder.addReferent(ReferentDesignation.of(MemberId.of("pro-" + i), round == 0
            ? Period.of(DATE.minusYears(1), DATE.minusMonths(6)) : Period.from(DATE.minusMonths(6).plusDays(1))));
      }
    }
    Network network = builder.build();

    // when
    List<MemberId> referents = ReferentsInForce.of(network, DATE);

    // then
    assertThat(referents).hasSize(3000).doesNotHaveDuplicates().startsWith(MemberId.of("pro-0"))
        .endsWith(MemberId.of("pro-2999"));
  }
}
