package org.maillage.analysis;

import org.immutables.value.Value;
import org.maillage.MemberId;

/**
 * The Gould-Fernandez brokerage roles of one alter (<i>rôles de courtage</i>): how many times it stands in the
 * middle of a two-path x → a → y of support among alters, with x, a, y distinct and no support from x to y,
 * counted by where the three stand among the sectors (DOMAIN.md §3; Gould and Fernandez 1989, the roles of
 * {@code sna::brokerage}):
 *
 * <ul>
 *   <li>{@link #coordinator()} (<i>coordinateur</i>): x, a and y in one sector;</li>
 *   <li>{@link #consultant()} (<i>consultant, itinérant</i>): x and y in one sector, a in another;</li>
 *   <li>{@link #representative()} (<i>représentant</i>): x with a, y in another sector;</li>
 *   <li>{@link #gatekeeper()} (<i>gardien</i>): a with y, x in another sector;</li>
 *   <li>{@link #liaison()} (<i>agent de liaison</i>): all three in different sectors.</li>
 * </ul>
 *
 * <p>Support arcs of every type count together, each ordered pair once; the person and the arcs touching her
 * are left out. This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Brokerage {
  Brokerage() {}

  /**
   * Returns the alter whose roles these are: the broker.
   *
   * @return the alter's id
   */
  @Value.Parameter
  public abstract MemberId alter();

  /**
   * Returns the two-paths where the three are in one sector.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int coordinator();

  /**
   * Returns the two-paths where the ends share a sector the broker is not in.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int consultant();

  /**
   * Returns the two-paths where the giver shares the broker's sector and the receiver is in another.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int representative();

  /**
   * Returns the two-paths where the receiver shares the broker's sector and the giver is in another.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int gatekeeper();

  /**
   * Returns the two-paths where the three are in three different sectors.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int liaison();

  /**
   * Returns the sum of the five roles: every brokered two-path.
   *
   * @return the total
   */
  public final int total() {
    return coordinator() + consultant() + representative() + gatekeeper() + liaison();
  }

  /**
   * Obtains the roles of one alter.
   *
   * @param alter the alter's id
   * @param coordinator the coordinator count
   * @param consultant the consultant count
   * @param representative the representative count
   * @param gatekeeper the gatekeeper count
   * @param liaison the liaison count
   * @return the value
   * @throws IllegalArgumentException if a count is negative
   */
  public static Brokerage of(MemberId alter, int coordinator, int consultant, int representative, int gatekeeper,
      int liaison) {
    if ((coordinator | consultant | representative | gatekeeper | liaison) < 0) {
      throw new IllegalArgumentException("Brokerage.of: a count is negative (" + coordinator + ", " + consultant
          + ", " + representative + ", " + gatekeeper + ", " + liaison + "); counts are 0 or more");
    }
    return ImmutableBrokerage.of(alter, coordinator, consultant, representative, gatekeeper, liaison);
  }
}
