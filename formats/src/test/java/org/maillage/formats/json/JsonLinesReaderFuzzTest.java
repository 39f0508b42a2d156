package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.maillage.formats.FormatException;

/**
 * Fuzzing of the JSON Lines reader: in the skip mode it reads every line or reports it, never throwing; in the
 * stop mode it throws nothing but its own {@link FormatException}, on the line it names.
 */
class JsonLinesReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void lines_are_read_or_skipped_with_a_report(byte[] input) {
    // given
    String text = new String(input, StandardCharsets.UTF_8);
    long read = 0;

    // when
    try (NetworkLines lines = NetworkJsonLinesReader.create().skippingBadLines().open(new StringReader(text))) {
      while (lines.hasNext()) {
        lines.next();
        read++;
      }
      // then
      assertThat(read + lines.skippedCount()).isLessThanOrEqualTo(lines.lineNumber());
      assertThat(lines.skippedLines()).allSatisfy(e -> assertThat(e.problems().get(0).line()).isPositive());
    }
  }

  @FuzzTest(maxDuration = "5m")
  void the_stop_mode_throws_only_its_own_error(byte[] input) {
    // given
    String text = new String(input, StandardCharsets.UTF_8);

    // when
    try (NetworkLines lines = NetworkJsonLinesReader.create().open(new StringReader(text))) {
      lines.forEachRemaining(n -> { });
    } catch (FormatException e) {
      // then
      assertThat(e.problems()).isNotEmpty();
    }
  }
}
