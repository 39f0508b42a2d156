package org.maillage.core.analysis;

import java.time.LocalDate;
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

/**
 * A small person-centred network written in a few lines, for the hand-computed tests: alters by id and sector,
 * ties by their two ends. The person is {@value #EGO}; a member of a primary sector is a primary member, any
 * other a professional. Not thread-safe.
 */
final class Sketch {
  static final String EGO = "ego";
  static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  private final Network.Builder network = Network.builder().id(NetworkId.of("n-sketch")).created(CREATED)
      .focalPerson(Person.builder().id(MemberId.of(EGO)).build());
  private int ties;

  static Sketch network() {
    return new Sketch();
  }

  static MemberId id(String key) {
    return MemberId.of(key);
  }

  /** Adds an alter current on {@link #DATE}. */
  Sketch alter(String id, Sector sector) {
    return alter(id, sector, Period.from(CREATED), true);
  }

  /** Adds a member who left before {@link #DATE}: not an alter on that date. */
  Sketch former(String id, Sector sector) {
    return alter(id, sector, Period.of(CREATED, CREATED.plusMonths(1)), true);
  }

  /** Adds an alter who cannot be reached. */
  Sketch unreachable(String id, Sector sector) {
    return alter(id, sector, Period.from(CREATED), false);
  }

  private Sketch alter(String id, Sector sector, Period period, boolean reachable) {
    if (sector.isPrimary()) {
      network.addMember(PrimaryMember.builder().id(id(id)).relation(Relation.FRIEND).sector(sector)
          .horizon(Horizon.CLOSE).addInvolvement(period).reachable(reachable).build());
    } else {
      network.addMember(Professional.builder().id(id(id)).sector(sector).horizon(Horizon.MIDDLE)
          .addInvolvement(period).reachable(reachable).build());
    }
    return this;
  }

  /** Adds an ordinary tie without support. */
  Sketch tie(String first, String second) {
    return tie(first, second, TieQuality.ORDINARY);
  }

  /** Adds a tie of a quality, without support. */
  Sketch tie(String first, String second, TieQuality quality) {
    network.addTie(base(first, second).quality(quality).build());
    return this;
  }

  /** Adds a tie carrying supports, each type followed by its direction. */
  Sketch tie(String first, String second, Object... supports) {
    Tie.Builder tie = base(first, second);
    for (int i = 0; i < supports.length; i += 2) {
      tie.putSupport((SupportType) supports[i], (SupportDirection) supports[i + 1]);
    }
    network.addTie(tie.build());
    return this;
  }

  private Tie.Builder base(String first, String second) {
    return Tie.builder().id(TieId.of("t-" + ++ties)).first(id(first)).second(id(second)).nature(TieNature.SUPPORT);
  }

  Network build() {
    return network.build();
  }
}
