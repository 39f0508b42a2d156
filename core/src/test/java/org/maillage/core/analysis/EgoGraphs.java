package org.maillage.core.analysis;

import java.util.List;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.person.Person;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Weighted;

/**
 * Generators of person-centred networks shaped for the graph figures: from no alter to 30, random alter-alter
 * ties at a density drawn between empty and complete, parallel ties, ties with the person or with members who
 * left, supports in every direction, sectors drawn from a few (so that sectors repeat) or from all; and the
 * realistic networks of {@link NetworkGenerators#personCentredNetworks()}. Stateless and thread-safe.
 */
final class EgoGraphs {
  static final java.time.LocalDate DATE = NetworkGenerators.REFERENCE_DATE;
  private static final Sector[] SECTORS = Sector.values();
  private static final SupportType[] SUPPORTS = SupportType.values();
  private static final SupportDirection[] DIRECTIONS = SupportDirection.values();
  private static final TieQuality[] QUALITIES = TieQuality.values();
  private static final double[] DENSITIES = {0, 0.05, 0.2, 0.5, 0.8, 1};

  private EgoGraphs() {}

  /** Random graphs (four draws in five) and realistic networks (one in five). */
  static Gen<Network> any() {
    return Gen.frequencyOf(Weighted.of(80, random()), Weighted.of(20, NetworkGenerators.personCentredNetworks()));
  }

  /** Random graphs only. */
  static Gen<Network> random() {
    return random -> {
      int alters = random.nextInt(6) == 0 ? random.nextInt(3) : random.nextInt(31);
      int former = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
      int sectors = random.nextBoolean() ? 1 + random.nextInt(4) : SECTORS.length;
      double density = DENSITIES[random.nextInt(DENSITIES.length)];
      MemberId ego = MemberId.of("ego");
      Network.Builder network = Network.builder().id(NetworkId.of("n-random")).created(DATE.minusYears(1))
          .focalPerson(Person.builder().id(ego).build());
      int total = alters + former;
      for (int i = 0; i < total; i++) {
        Sector sector = SECTORS[random.nextInt(sectors)];
        Period period = i < alters ? Period.from(DATE.minusMonths(6)) : Period.of(DATE.minusMonths(6), DATE.minusDays(1));
        MemberId id = MemberId.of("m-" + i);
        boolean reachable = random.nextInt(8) != 0;
        if (sector.isPrimary()) {
          network.addMember(PrimaryMember.builder().id(id).relation(Relation.FRIEND).sector(sector)
              .horizon(Horizon.CLOSE).addInvolvement(period).reachable(reachable).build());
        } else {
          network.addMember(Professional.builder().id(id).sector(sector).horizon(Horizon.MIDDLE)
              .addInvolvement(period).reachable(reachable).build());
        }
      }
      int[] ties = {0};
      for (int i = 0; i < total; i++) {
        for (int j = i + 1; j < total; j++) {
          if (random.nextDouble() < density) {
            int copies = random.nextInt(6) == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
              boolean forward = random.nextBoolean();
              network.addTie(tie(random, ties, MemberId.of("m-" + (forward ? i : j)), MemberId.of("m-" + (forward ? j : i))));
            }
          }
        }
        if (random.nextInt(3) == 0) {
          network.addTie(random.nextBoolean() ? tie(random, ties, ego, MemberId.of("m-" + i))
              : tie(random, ties, MemberId.of("m-" + i), ego));
        }
      }
      return network.build();
    };
  }

  private static Tie tie(java.util.SplittableRandom random, int[] count, MemberId first, MemberId second) {
    Tie.Builder tie = Tie.builder().id(TieId.of("t-" + count[0]++)).first(first).second(second)
        .nature(TieNature.SUPPORT).quality(QUALITIES[random.nextInt(QUALITIES.length)]);
    if (random.nextInt(3) != 0) {
      for (SupportType type : SUPPORTS) {
        if (random.nextInt(3) == 0) {
          tie.putSupport(type, DIRECTIONS[random.nextInt(DIRECTIONS.length)]);
        }
      }
    }
    return tie.build();
  }

  /** The ids of the alters of a network on {@link #DATE}. */
  static List<MemberId> alters(Network network) {
    return network.currentMembers(DATE).stream().map(m -> m.id()).toList();
  }
}
