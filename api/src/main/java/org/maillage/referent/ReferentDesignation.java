package org.maillage.referent;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.Period;

/**
 * The designation of a professional as référent de proximité for a period (<i>désignation du référent</i>).
 *
 * <p>A network may designate several référents, each with their own period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReferentDesignation {
  ReferentDesignation() {}

  /**
   * Returns the professional designated.
   *
   * @return the professional's id
   */
  @Value.Parameter
  public abstract MemberId professional();

  /**
   * Returns the period of the designation.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * Tells whether the designation is in force on a date.
   *
   * @param date the date judged
   * @return true if the period contains the date
   */
  public final boolean isInForceOn(LocalDate date) {
    return period().contains(date);
  }

  /**
   * Obtains a designation.
   *
   * @param professional the professional designated
   * @param period its period
   * @return the designation
   */
  public static ReferentDesignation of(MemberId professional, Period period) {
    return ImmutableReferentDesignation.of(professional, period);
  }
}
