package org.maillage.analysis;

import org.immutables.value.Value;

/**
 * The values of one ego-network figure in two versions of a network, and their difference
 * (<i>évolution d'un indicateur</i>).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class MetricChange {
  MetricChange() {}

  /**
   * Returns the figure.
   *
   * @return the figure
   */
  @Value.Parameter
  public abstract EgoMetric metric();

  /**
   * Returns the value in the earlier version.
   *
   * @return the value, possibly undefined
   */
  @Value.Parameter
  public abstract Figure before();

  /**
   * Returns the value in the later version.
   *
   * @return the value, possibly undefined
   */
  @Value.Parameter
  public abstract Figure after();

  /**
   * Returns the difference, later minus earlier.
   *
   * @return the difference; undefined when either value is
   */
  public final Figure difference() {
    return before().isDefined() && after().isDefined() ? Figure.of(after().value() - before().value())
        : Figure.undefined();
  }

  /**
   * Obtains a change.
   *
   * @param metric the figure
   * @param before the earlier value
   * @param after the later value
   * @return the change
   */
  public static MetricChange of(EgoMetric metric, Figure before, Figure after) {
    return ImmutableMetricChange.of(metric, before, after);
  }
}
