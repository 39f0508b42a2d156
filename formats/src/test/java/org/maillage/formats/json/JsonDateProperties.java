package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.FormatException;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;
import org.maillage.testing.Weighted;

/**
 * A date in JSON is read exactly as {@link LocalDate#parse} reads a {@code yyyy-mm-dd} text: the reader's own
 * reading of the digits accepts the same texts and gives the same dates, and every other text is refused.
 */
class JsonDateProperties {

  @Property(tries = 1000)
  void aDateIsReadAsTheIsoParserReadsIt(@ForAll("dateTexts") String text) {
    // given a network whose creation date is the text
    String json = "{\"format\":\"maillage/1\",\"network\":{\"id\":\"n-1\",\"created\":\"" + text
        + "\",\"governance\":{}}}";

    // when it is read, then the date is the ISO parser's, or the reading fails when the parser refuses the text
    LocalDate expected = isoDate(text);
    if (expected != null) {
      assertThat(NetworkJsonReader.create().read(json).created()).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> NetworkJsonReader.create().read(json)).isInstanceOf(FormatException.class)
          .hasMessageContaining("yyyy-mm-dd");
    }
    Statistics.label("a date").collect(expected != null);
    Statistics.label("a date").coverage(true, 20);
    Statistics.label("a date").coverage(false, 20);
  }

  /** The date of a {@code yyyy-mm-dd} text as {@link LocalDate#parse} reads it, or null. */
  private static @Nullable LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  Gen<String> dateTexts() {
    Gen<String> dates = Gen.combine(Gen.integers(0, 9999), Gen.integers(0, 13), Gen.integers(0, 32))
        .as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
    Gen<Character> odd = Gen.of('+', '-', ' ', 'x', '٣', '/', '0', '9');
    Gen<String> damaged = Gen.combine(dates, Gen.integers(0, 9), odd)
        .as((date, at, c) -> date.substring(0, at) + c + date.substring(at + 1));
    Gen<String> otherShapes = Gen.of("2026-1-05", "2026-01-5", "+2026-01-05", "20260105", "2026-01-05T00:00",
        "", " 2026-01-05", "2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31");
    return Gen.frequencyOf(new Weighted<>(6, dates), new Weighted<>(3, damaged), new Weighted<>(1, otherShapes));
  }
}
