package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.TieId;

/**
 * What changed in a network between two dated versions (<i>évolution du réseau</i>): two values with the same
 * network id, each judged as of its own date, or one value at two dates.
 *
 * <p>A member is in a version when current on its date; a tie is in a version when both its ends are. Members
 * who joined and left, ties added, removed or changed (quality or supports), sector shifts, référents whose
 * designation came into force or ended, form scores that moved, and, when both versions are person-centred, the
 * difference of every single-number ego-network figure. Lists are in the order of the later version (of the
 * earlier one for what left), so that the same two versions give equal changes.
 *
 * <p>Obtain it with {@code NetworkAnalysis.compare(...)}. This class is immutable and thread-safe; its
 * {@code toString()} shows ids, terms and numbers only.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class NetworkChange {
  NetworkChange() {}

  /**
   * Returns the id of the network compared.
   *
   * @return the network's id
   */
  public abstract NetworkId network();

  /**
   * Returns the date of the earlier version.
   *
   * @return the date
   */
  public abstract LocalDate fromDate();

  /**
   * Returns the date of the later version.
   *
   * @return the date
   */
  public abstract LocalDate toDate();

  /**
   * Returns the members in the later version and not in the earlier one.
   *
   * @return their ids
   */
  public abstract ImmutableList<MemberId> joined();

  /**
   * Returns the members in the earlier version and not in the later one.
   *
   * @return their ids
   */
  public abstract ImmutableList<MemberId> left();

  /**
   * Returns the ties in the later version and not in the earlier one.
   *
   * @return their ids
   */
  public abstract ImmutableList<TieId> tiesAdded();

  /**
   * Returns the ties in the earlier version and not in the later one.
   *
   * @return their ids
   */
  public abstract ImmutableList<TieId> tiesRemoved();

  /**
   * Returns the ties in both versions whose quality or supports differ.
   *
   * @return their ids
   */
  public abstract ImmutableList<TieId> tiesChanged();

  /**
   * Returns the members in both versions whose sector differs.
   *
   * @return the shifts
   */
  public abstract ImmutableList<SectorShift> sectorShifts();

  /**
   * Returns the professionals designated référent in the later version and not in the earlier one.
   *
   * @return their ids
   */
  public abstract ImmutableList<MemberId> referentsDesignated();

  /**
   * Returns the professionals designated référent in the earlier version and no longer in the later one.
   *
   * @return their ids
   */
  public abstract ImmutableList<MemberId> referentsEnded();

  /**
   * Returns the forms whose score moved, in the order of {@link org.maillage.network.NetworkForm}.
   *
   * @return the changes of score
   */
  public abstract ImmutableList<FormScoreChange> formScores();

  /**
   * Returns the difference of every single-number ego-network figure, in the order of {@link EgoMetric}, when
   * both versions are person-centred.
   *
   * @return the differences, every figure listed; empty unless both versions have a focal person
   */
  public abstract ImmutableList<MetricChange> metrics();

  /**
   * Tells whether nothing changed: no member, tie, sector, référent or form score, and no figure moved.
   *
   * @return true if every list is empty and every figure is the same
   */
  public final boolean isEmpty() {
    for (MetricChange metric : metrics()) {
      if (!metric.before().equals(metric.after())) {
        return false;
      }
    }
    return joined().isEmpty() && left().isEmpty() && tiesAdded().isEmpty() && tiesRemoved().isEmpty()
        && tiesChanged().isEmpty() && sectorShifts().isEmpty() && referentsDesignated().isEmpty()
        && referentsEnded().isEmpty() && formScores().isEmpty();
  }

  /**
   * Returns a new builder, for the engine and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkChange}; not thread-safe. */
  public static final class Builder extends ImmutableNetworkChange.Builder {
    Builder() {}
  }
}
