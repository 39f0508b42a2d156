package org.maillage.analysis;

import org.immutables.value.Value;
import org.maillage.OrganisationId;

/**
 * What one institution holds of a territory (<i>part d'une institution</i>): the networks its professionals take
 * part in, its professionals and the meetings they facilitated, each as a count and as a share of the territory's.
 *
 * <p>The territory counterpart of {@code RISK-COLONISATION} (DOMAIN.md §2), which fires in one network for an
 * institution holding more than half of its professionals or facilitating each of its last meetings: here an
 * institution is {@link #dominant()} when any of its three shares is above the threshold of the
 * {@link TerritorySettings} (more than half by default). Shares are of every network folded, every professional
 * (with or without an organisation, each counted once per network) and every meeting (facilitated or not); a share
 * whose whole is 0 is undefined.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class InstitutionShare {
  InstitutionShare() {}

  /**
   * Returns the institution.
   *
   * @return its id
   */
  public abstract OrganisationId institution();

  /**
   * Returns the networks in which a professional of the institution takes part.
   *
   * @return the networks
   */
  public abstract int networks();

  /**
   * Returns the institution's professionals, counted once per network.
   *
   * @return the professionals
   */
  public abstract int professionals();

  /**
   * Returns the meetings facilitated by the institution's professionals.
   *
   * @return the meetings
   */
  public abstract int facilitatedMeetings();

  /**
   * Returns the share of the networks folded in which the institution takes part.
   *
   * @return the share, undefined when no network was folded
   */
  public abstract Figure networkShare();

  /**
   * Returns the share of the professionals who belong to the institution.
   *
   * @return the share, undefined when there is no professional
   */
  public abstract Figure professionalShare();

  /**
   * Returns the share of the meetings its professionals facilitated.
   *
   * @return the share, undefined when there is no meeting
   */
  public abstract Figure facilitationShare();

  /**
   * Tells whether the institution dominates: one of its shares is above the threshold.
   *
   * @return true if dominant
   */
  public abstract boolean dominant();

  /**
   * Returns a new builder, for the engine and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstitutionShare}; not thread-safe. */
  public static final class Builder extends ImmutableInstitutionShare.Builder {
    Builder() {}
  }
}
