package org.maillage.partnership;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A partnership charter (<i>charte</i>): the shared values the partners adopted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Charter {
  Charter() {}

  /**
   * Returns the day the charter was adopted.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate adopted();

  /**
   * Obtains a charter.
   *
   * @param adopted the day it was adopted
   * @return the charter
   */
  public static Charter of(LocalDate adopted) {
    return ImmutableCharter.of(adopted);
  }
}
