package org.maillage.analysis;

import org.immutables.value.Value;
import org.maillage.network.NetworkForm;

/**
 * A form whose classification score moved between two versions of a network (<i>évolution d'une forme</i>).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class FormScoreChange {
  FormScoreChange() {}

  /**
   * Returns the form.
   *
   * @return the form
   */
  @Value.Parameter
  public abstract NetworkForm form();

  /**
   * Returns the score in the earlier version.
   *
   * @return from 0 to 1
   */
  @Value.Parameter
  public abstract double before();

  /**
   * Returns the score in the later version.
   *
   * @return from 0 to 1
   */
  @Value.Parameter
  public abstract double after();

  /**
   * Returns the difference, later minus earlier.
   *
   * @return from -1 to 1
   */
  public final double difference() {
    return after() - before();
  }

  /**
   * Obtains a change.
   *
   * @param form the form
   * @param before the earlier score
   * @param after the later score
   * @return the change
   */
  public static FormScoreChange of(NetworkForm form, double before, double after) {
    return ImmutableFormScoreChange.of(form, before, after);
  }
}
