package org.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When a coverage requirement fails: never reached, or reached less often than required beyond chance. */
class StatisticsTest {

  @AfterEach
  void stop() {
    Statistics.stop();
  }

  private static String unmet(int reached, int tries, double minimumPercent) {
    Statistics statistics = Statistics.start();
    for (int i = 0; i < tries; i++) {
      Statistics.label("shape").collect(i < reached);
    }
    Statistics.label("shape").coverage(true, minimumPercent);
    return statistics.unmetCoverage();
  }

  @Test
  void a_share_a_little_under_the_minimum_by_chance_does_not_fail() {
    // given generators meeting 2 % and 50 % whose draws came out at 1.2 % of 500 and 44 % of 200
    // when / then
    assertThat(unmet(6, 500, 2)).isEmpty();
    assertThat(unmet(88, 200, 50)).isEmpty();
  }

  @Test
  void a_share_clearly_under_the_minimum_fails_and_a_shape_never_reached_fails() {
    // given 5 % where 30 % is required, and a shape never reached where 0.1 % is required
    // when / then
    assertThat(unmet(10, 200, 30)).contains("coverage of 'shape' = 'true' is 5.0%, below the 30.0% required");
    assertThat(unmet(0, 1000, 0.1)).contains("is 0.0%");
  }

  @Test
  void the_upper_bound_grows_with_fewer_tries_and_stays_above_the_share() {
    // when / then
    assertThat(Statistics.upperBound(10, 100)).isGreaterThan(0.1).isLessThan(0.25);
    assertThat(Statistics.upperBound(100, 1000)).isGreaterThan(0.1).isLessThan(Statistics.upperBound(10, 100));
  }
}
