package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

  @Test
  void aClosedPeriodContainsItsBoundsAndTheDaysBetween() {
    // given a closed period
    Period period = Period.of(JAN_5, MAR_1);

    // when days around it are judged, then both bounds are inside and the days just outside are not
    assertThat(period.contains(JAN_5)).isTrue();
    assertThat(period.contains(MAR_1)).isTrue();
    assertThat(period.contains(LocalDate.of(2026, 2, 1))).isTrue();
    assertThat(period.contains(JAN_5.minusDays(1))).isFalse();
    assertThat(period.contains(MAR_1.plusDays(1))).isFalse();
    assertThat(period.isOpen()).isFalse();
    assertThat(period.end()).contains(MAR_1);
  }

  @Test
  void anOpenPeriodContainsEveryDayFromItsStart() {
    // given an open period
    Period period = Period.from(JAN_5);

    // when judged, then it contains its start and any later day, but not the day before
    assertThat(period.contains(JAN_5)).isTrue();
    assertThat(period.contains(JAN_5.plusYears(30))).isTrue();
    assertThat(period.contains(JAN_5.minusDays(1))).isFalse();
    assertThat(period.isOpen()).isTrue();
    assertThat(period.end()).isEmpty();
  }

  @Test
  void aOneDayPeriodContainsOnlyThatDay() {
    // given a period starting and ending on one day
    Period day = Period.of(JAN_5, JAN_5);

    // when judged, then only that day is inside
    assertThat(day.contains(JAN_5)).isTrue();
    assertThat(day.contains(JAN_5.plusDays(1))).isFalse();
    assertThat(day.contains(JAN_5.minusDays(1))).isFalse();
  }

  @Test
  void anEndBeforeTheStartIsRejectedWithBothDates() {
    // given an end one day before the start

    // when the period is made, then it fails naming the field and quoting both dates
    assertThatThrownBy(() -> Period.of(MAR_1, MAR_1.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Period.end")
        .hasMessageContaining(MAR_1.minusDays(1).toString())
        .hasMessageContaining(MAR_1.toString());
    assertThatThrownBy(() -> Period.from(MAR_1).withEnd(JAN_5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Period.end");
    assertThatThrownBy(() -> Period.of(MAR_1, Optional.of(JAN_5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Period.end");
  }

  @Test
  void nullDatesAreRejected() {
    // given no start, or no end for a closed period
    LocalDate none = null;

    // when a period is made, then it fails with a NullPointerException
    assertThatThrownBy(() -> Period.from(none)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Period.of(JAN_5, none)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Period.from(JAN_5).withEnd(none)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void periodsAreValuesWithAReadableText() {
    // given equal and different periods
    Period a = Period.of(JAN_5, Optional.of(MAR_1));
    Period b = Period.from(JAN_5).withEnd(MAR_1);
    Period open = Period.of(JAN_5, Optional.empty());

    // when compared and printed, then equal parts give equal values and texts
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(open);
    assertThat(open).isEqualTo(Period.from(JAN_5));
    assertThat(a).hasToString("[2026-01-05..2026-03-01]");
    assertThat(open).hasToString("[2026-01-05..)");
  }
}
