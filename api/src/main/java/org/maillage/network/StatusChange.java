package org.maillage.network;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A change of a network's status on a date (<i>changement de statut</i>); the status holds until the next
 * change.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class StatusChange {
  StatusChange() {}

  /**
   * Returns the day of the change.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the status from that day.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract NetworkStatus status();

  /**
   * Obtains a change.
   *
   * @param date the day
   * @param status the new status
   * @return the change
   */
  public static StatusChange of(LocalDate date, NetworkStatus status) {
    return ImmutableStatusChange.of(date, status);
  }
}
