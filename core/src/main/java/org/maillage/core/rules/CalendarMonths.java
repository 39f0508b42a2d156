package org.maillage.core.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoField;

/**
 * Calendar months counted from a date (<i>mois calendaires</i>, DOMAIN.md §2), within the bounds of the
 * calendar: a date moved past {@link LocalDate#MAX} stays at {@code LocalDate.MAX}, and one moved before
 * {@link LocalDate#MIN} stays at {@code LocalDate.MIN}, where {@link LocalDate#plusMonths(long)} would throw.
 * Inside the bounds the answer is {@code plusMonths}'s: the same day of the month, or the month's last day
 * when it is shorter.
 *
 * <p>Every rule that counts months from the date judged reads them here ({@code GOV-REVIEW-DUE},
 * {@code RISK-CLOSURE}, {@code REFERENT-PERMANENT}, {@code SECONDARY-INFORMAL-PERSISTENT}), so that a
 * validation as of the first or last day of the calendar is answered like any other: "older than 12 months"
 * as of {@code LocalDate.MIN} is "before {@code LocalDate.MIN}", which nothing is; "within 3 months" as of
 * {@code LocalDate.MAX} is "on or before {@code LocalDate.MAX}", which everything is. The sharing decision
 * compares dates but shifts none.
 *
 * <p>This class is stateless and thread-safe; internal to the engine, not exported.
 */
public final class CalendarMonths {
  private static final long FIRST_MONTH = LocalDate.MIN.getLong(ChronoField.PROLEPTIC_MONTH);
  private static final long LAST_MONTH = LocalDate.MAX.getLong(ChronoField.PROLEPTIC_MONTH);

  private CalendarMonths() {}

  /**
   * Returns the date a number of calendar months after a date, {@link LocalDate#MAX} at the latest.
   *
   * @param date the date counted from
   * @param months the months, 0 or more
   * @return {@code date.plusMonths(months)}, or {@code LocalDate.MAX} when that would be past it
   */
  public static LocalDate after(LocalDate date, int months) {
    return shift(date, months);
  }

  /**
   * Returns the date a number of calendar months before a date, {@link LocalDate#MIN} at the earliest.
   *
   * @param date the date counted from
   * @param months the months, 0 or more
   * @return {@code date.minusMonths(months)}, or {@code LocalDate.MIN} when that would be before it
   */
  public static LocalDate before(LocalDate date, int months) {
    return shift(date, -(long) months);
  }

  private static LocalDate shift(LocalDate date, long months) {
    // the month reached, counted from year 0, tells whether the calendar holds it; its first and last months
    // hold every day of the month (January of the first year starts on LocalDate.MIN, December of the last
    // ends on LocalDate.MAX), so plusMonths never needs the day clamped outside the calendar
    long month = date.getLong(ChronoField.PROLEPTIC_MONTH) + months;
    if (month > LAST_MONTH) {
      return LocalDate.MAX;
    }
    if (month < FIRST_MONTH) {
      return LocalDate.MIN;
    }
    return date.plusMonths(months);
  }
}
