package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Weighted;

class PeriodProperties {

  @Property
  void aPeriodContainsExactlyTheDaysFromItsStartToItsEnd(@ForAll("periods") Period period,
      @ForAll("offsets") int offset) {
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
  void closingAPeriodKeepsItsStart(@ForAll("periods") Period period, @ForAll("lengths") int length) {
    // given a period and an end on or after its start
    LocalDate end = period.start().plusDays(length);

    // when it is closed
    Period closed = period.withEnd(end);

    // then it keeps its start, is closed, and equals the period made directly
    assertThat(closed.start()).isEqualTo(period.start());
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed).isEqualTo(Period.of(period.start(), end)).hasSameHashCodeAs(Period.of(period.start(), end));
  }

  Gen<Period> periods() {
    return NetworkGenerators.periods();
  }

  /** Days from 400 before to 400 after, the bounds and the days around 0 one time in ten. */
  Gen<Integer> offsets() {
    return withEdges(-400, 400, -1, 0, 1);
  }

  /** Lengths from 0 to 900 days, the bounds and 1 one time in ten. */
  Gen<Integer> lengths() {
    return withEdges(0, 900, 1);
  }

  private static Gen<Integer> withEdges(int min, int max, Integer... inner) {
    Gen<Integer> edges = Gen.frequencyOf(Weighted.of(2, Gen.of(min, max)), Weighted.of(inner.length, Gen.of(inner)));
    return Gen.frequencyOf(Weighted.of(1, edges), Weighted.of(9, Gen.integers(min, max)));
  }
}
