package org.maillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ecomap benchmark measures what it says: the floor writes the very picture the ecomap draws. */
class EcomapBenchmarkTest {

  @Test
  void the_writing_floor_writes_the_same_svg_and_the_fresh_value_equals_the_network() {
    // given
    EcomapBenchmark.Size size = new EcomapBenchmark.Size();
    size.members = 60;
    size.setUp();
    EcomapBenchmark benchmark = new EcomapBenchmark();
    EcomapBenchmark.Fresh fresh = new EcomapBenchmark.Fresh();

    // when
    String floor = benchmark.writingFloor(size);
    fresh.setUp(size);

    // then
    assertThat(floor).isEqualTo(benchmark.ecomap(size));
    assertThat(size.tenths.length).isGreaterThan(1000);
    assertThat(fresh.network).isEqualTo(size.network).isNotSameAs(size.network);
  }
}
