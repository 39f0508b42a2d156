package org.maillage.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The checking operator alone, in Flink's operator test harness: no cluster. */
class CheckLinesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  @Test
  void countsAndTerritoryPartsLeaveTheOperatorSummedOncePerKeyWhenItsInputEnds() throws Exception {
    // given
    List<Line> lines = new ArrayList<>();
    for (long i = 0; i < 12; i++) {
      lines.add(Line.of("generated", i + 1, NetworkLines.line(6, i)));
    }
    lines.add(Line.of("generated", 13, "{\"format\":"));
    NetworkCheck check = NetworkCheck.asOf(DATE);
    Map<String, Long> expectedCounts = new HashMap<>();
    TerritoryLines.Sums expectedParts = new TerritoryLines.Sums();
    int partsOfNetworks = 0;
    for (Line line : lines) {
      NetworkCheck.Outcome outcome = check.check(line);
      outcome.counts().forEach(count -> expectedCounts.merge(count.key, count.count, Long::sum));
      outcome.territory().forEach(expectedParts::add);
      partsOfNetworks += outcome.territory().size();
    }

    // when
    List<String> results;
    List<String> bad = new ArrayList<>();
    int countsBeforeTheEnd;
    List<Count> counts = new ArrayList<>();
    List<TerritoryPart> parts = new ArrayList<>();
    try (OneInputStreamOperatorTestHarness<Line, String> harness =
        new OneInputStreamOperatorTestHarness<>(new CheckLines(DATE))) {
      harness.open();
      for (Line line : lines) {
        harness.processElement(line, 0);
      }
      countsBeforeTheEnd = size(harness.getSideOutput(CheckLines.COUNTS));
      harness.endInput();
      results = harness.extractOutputValues();
      harness.getSideOutput(CheckLines.BAD_LINES).forEach(record -> bad.add(record.getValue()));
      harness.getSideOutput(CheckLines.COUNTS).forEach(record -> counts.add(record.getValue()));
      harness.getSideOutput(CheckLines.TERRITORY).forEach(record -> parts.add(record.getValue()));
    }

    // then
    assertThat(results).hasSize(12);
    assertThat(bad).hasSize(1);
    assertThat(countsBeforeTheEnd).isZero();
    assertThat(counts).extracting(count -> count.key).doesNotHaveDuplicates();
    Map<String, Long> summed = new HashMap<>();
    counts.forEach(count -> summed.put(count.key, count.count));
    assertThat(summed).isEqualTo(expectedCounts).containsEntry(NetworkCheck.Outcome.BAD_LINES, 1L);
    assertThat(parts).extracting(TerritoryPart::key).doesNotHaveDuplicates();
    assertThat(parts).hasSizeLessThan(partsOfNetworks)
        .containsExactlyInAnyOrderElementsOf(expectedParts.parts());
  }

  private static <X> int size(ConcurrentLinkedQueue<StreamRecord<X>> records) {
    return records == null ? 0 : records.size();
  }
}
