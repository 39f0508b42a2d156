package org.maillage.formats.pseudonym;

/**
 * What the pseudonymising transform does with the dates of a network (<i>traitement des dates</i>).
 *
 * @since 0.1
 */
public enum DateTreatment {
  /** Every date is kept as it is. */
  KEEP,
  /**
   * Every date of a network, and the date the caller validates as of, is moved by one offset, drawn from the
   * key and the network's id: a whole number of four-year cycles of 1,461 days, between 4 and 100 years, earlier
   * or later. Between 1901 and 2099 such a shift keeps the day of the month, the month and leap years, so that
   * ages, month counts and every other rule give the same findings on the shifted network as of the shifted
   * date; it hides the year and the weekday, not the day of the year. A date the shift would move past
   * {@link java.time.LocalDate#MIN} or {@link java.time.LocalDate#MAX} stays there.
   */
  SHIFT,
  /**
   * Every date is set to the first day of its month. This hides the day but can change time-based findings
   * (a delay counted in days, a birthday, an order between two dates of the same month); validate the original
   * network, not the coarsened one.
   */
  MONTH
}
