package org.maillage.analysis;

import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.member.Sector;

/**
 * A member whose sector differs between two versions of a network (<i>changement de secteur</i>).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class SectorShift {
  SectorShift() {}

  /**
   * Returns the member.
   *
   * @return the member's id
   */
  @Value.Parameter
  public abstract MemberId member();

  /**
   * Returns the sector in the earlier version.
   *
   * @return the sector
   */
  @Value.Parameter
  public abstract Sector before();

  /**
   * Returns the sector in the later version.
   *
   * @return the sector
   */
  @Value.Parameter
  public abstract Sector after();

  /**
   * Obtains a shift.
   *
   * @param member the member
   * @param before the earlier sector
   * @param after the later sector
   * @return the shift
   */
  public static SectorShift of(MemberId member, Sector before, Sector after) {
    return ImmutableSectorShift.of(member, before, after);
  }
}
