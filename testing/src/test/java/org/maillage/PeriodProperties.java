package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.maillage.testing.NetworkArbitraries;

class PeriodProperties {

  @Property
  void aPeriodContainsExactlyTheDaysFromItsStartToItsEnd(@ForAll("periods") Period period,
      @ForAll @IntRange(min = -400, max = 400) int offset) {
    // given a period and a day near its start
    LocalDate day = period.start().plusDays(offset);

    // when the day is judged
    boolean contained = period.contains(day);

    // then it is inside exactly when on or after the start and, for a closed period, on or before the end
    boolean expected = !day.isBefore(period.start()) && period.end().map(end -> !day.isAfter(end)).orElse(true);
    assertThat(contained).isEqualTo(expected);
    assertThat(period.contains(period.start())).isTrue();
    period.end().ifPresent(end -> {
      assertThat(period.contains(end)).isTrue();
      assertThat(period.contains(end.plusDays(1))).isFalse();
    });
    assertThat(period.contains(period.start().minusDays(1))).isFalse();
  }

  @Property
  void closingAPeriodKeepsItsStart(@ForAll("periods") Period period, @ForAll @IntRange(max = 900) int length) {
    // given a period and an end on or after its start
    LocalDate end = period.start().plusDays(length);

    // when it is closed
    Period closed = period.withEnd(end);

    // then it keeps its start, is closed, and equals the period made directly
    assertThat(closed.start()).isEqualTo(period.start());
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed).isEqualTo(Period.of(period.start(), end)).hasSameHashCodeAs(Period.of(period.start(), end));
  }

  @Provide
  Arbitrary<Period> periods() {
    return NetworkArbitraries.periods();
  }
}
