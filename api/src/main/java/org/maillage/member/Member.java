package org.maillage.member;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.maillage.Disclosure;
import org.maillage.MemberId;
import org.maillage.Period;

/**
 * An individual member of a network other than the focal person (<i>membre du réseau</i>): a
 * {@link PrimaryMember}, a {@link Professional} or a {@link Participant}.
 *
 * <p>Every member carries, as data: a sector and a horizon, whether they are alive and reachable (the
 * literature counts the members that can actually be mobilised), whether they are a dormant resource not yet
 * tied to the person, and their membership history as involvement periods.
 *
 * <p>Implementations are immutable and thread-safe; names and notes are left out of {@code toString()}.
 *
 * @since 0.1
 */
public sealed interface Member permits PrimaryMember, Professional, Participant {

  /**
   * Returns the member's id, stable across networks.
   *
   * @return the id
   */
  MemberId id();

  /**
   * Returns the member's name.
   *
   * @return the name; personal, never printed by {@code toString()}
   */
  @Disclosure(Disclosure.Kind.PERSONAL)
  Optional<String> name();

  /**
   * Returns a free-text note on the member.
   *
   * @return the note; personal, never printed by {@code toString()}
   */
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  Optional<String> note();

  /**
   * Returns the sector the member belongs to.
   *
   * @return the sector
   */
  Sector sector();

  /**
   * Returns how close the member stands to the person.
   *
   * @return the horizon
   */
  Horizon horizon();

  /**
   * Tells whether the member is alive; a deceased parent may still matter in a network.
   *
   * @return true unless recorded as deceased
   */
  boolean alive();

  /**
   * Tells whether the member can be reached (contacted, called upon).
   *
   * @return true unless recorded as unreachable
   */
  boolean reachable();

  /**
   * Tells whether the member is a dormant resource (<i>ressource dormante</i>): in the network, not yet tied
   * to the person, and able to be activated.
   *
   * @return true if dormant
   */
  boolean dormant();

  /**
   * Returns the membership history: the periods during which the member took part in the network, in
   * chronological order and not overlapping.
   *
   * @return at least one period
   */
  ImmutableList<Period> involvements();

  /**
   * Tells whether the member is current on a date (DOMAIN.md §2): one involvement has started on or before
   * the date and has not ended before it.
   *
   * <p>Logarithmic in the involvements: they are in date order without overlap (checked on building), so the
   * only one that can contain the date is the last one starting on or before it, found by halving. Rules ask
   * this of the other end of every tie, so a member with a long history must not cost it at every tie.
   *
   * @param date the date judged
   * @return true if current
   */
  default boolean isCurrentOn(LocalDate date) {
    ImmutableList<Period> periods = involvements();
    int low = 0;
    int high = periods.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (periods.get(middle).start().isAfter(date)) {
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    // high is now the last involvement starting on or before the date, or -1 when none does
    return high >= 0 && periods.get(high).contains(date);
  }

  /**
   * Tells whether the member can actually be mobilised: alive and reachable.
   *
   * @return true if alive and reachable
   */
  default boolean isMobilisable() {
    return alive() && reachable();
  }
}
