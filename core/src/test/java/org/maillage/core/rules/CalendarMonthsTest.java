package org.maillage.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Calendar months counted from a date (<i>mois calendaires</i>), within the bounds of the calendar. */
class CalendarMonthsTest {

  @Test
  void insideTheCalendarMonthsAreThoseOfPlusMonths() {
    // given ordinary days, a month's last day among them
    LocalDate[] days = {LocalDate.of(2026, 12, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2024, 2, 29)};

    for (LocalDate day : days) {
      for (int months : new int[] {0, 1, 3, 6, 12, 25}) {
        // when / then
        assertThat(CalendarMonths.after(day, months)).isEqualTo(day.plusMonths(months));
        assertThat(CalendarMonths.before(day, months)).isEqualTo(day.minusMonths(months));
      }
    }
    assertThat(CalendarMonths.after(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(CalendarMonths.after(LocalDate.of(2026, 12, 1), Integer.MAX_VALUE))
        .isEqualTo(LocalDate.of(2026, 12, 1).plusMonths(Integer.MAX_VALUE));
  }

  @Test
  void pastTheCalendarsEndsTheDateStaysOnThem() {
    // given the calendar's first and last days, and days a few months inside

    // when moved past the bounds / then they stay on them
    assertThat(CalendarMonths.after(LocalDate.MAX, 3)).isEqualTo(LocalDate.MAX);
    assertThat(CalendarMonths.after(LocalDate.MAX, Integer.MAX_VALUE)).isEqualTo(LocalDate.MAX);
    assertThat(CalendarMonths.before(LocalDate.MIN, 12)).isEqualTo(LocalDate.MIN);
    assertThat(CalendarMonths.before(LocalDate.MIN, Integer.MAX_VALUE)).isEqualTo(LocalDate.MIN);
    assertThat(CalendarMonths.after(LocalDate.MAX.minusMonths(2), 3)).isEqualTo(LocalDate.MAX);
    assertThat(CalendarMonths.before(LocalDate.MIN.plusMonths(2), 3)).isEqualTo(LocalDate.MIN);
    // and reach them exactly from inside, in the first and last months
    assertThat(CalendarMonths.after(LocalDate.MAX.minusMonths(2), 2)).isEqualTo(LocalDate.MAX);
    assertThat(CalendarMonths.after(LocalDate.of(999_999_999, 9, 15), 3)).isEqualTo(LocalDate.of(999_999_999, 12, 15));
    assertThat(CalendarMonths.before(LocalDate.MIN.plusMonths(2), 2)).isEqualTo(LocalDate.MIN);
    assertThat(CalendarMonths.before(LocalDate.of(-999_999_999, 4, 30), 3))
        .isEqualTo(LocalDate.of(-999_999_999, 1, 30));
    assertThat(CalendarMonths.after(LocalDate.MIN, 0)).isEqualTo(LocalDate.MIN);
    assertThat(CalendarMonths.before(LocalDate.MAX, 0)).isEqualTo(LocalDate.MAX);
  }
}
