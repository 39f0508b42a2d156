package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.formats.ReadLimits;
import org.maillage.network.Network;

/** JSON Lines: the line number in every error, stopping at a bad line or skipping it with a report. */
class NetworkJsonLinesTest {
  private static final String GOOD = NetworkJsonWriter.create().write(FullNetwork.network());
  private static final String BAD = GOOD.replace("\"formality\":\"FORMAL\"", "\"formality\":1");

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void the_stop_mode_throws_the_first_bad_line_with_its_line_number() {
    // given
    String stream = lines(GOOD, "", BAD, GOOD);

    // when
    List<Network> read = new ArrayList<>();
    FormatException e;
    try (NetworkLines lines = NetworkJsonLinesReader.create().open(new StringReader(stream))) {
      read.add(lines.next());
      e = catchThrowableOfType(FormatException.class, lines::next);
      // then the stream ends there
      assertThat(lines.hasNext()).isFalse();
    }

    // then
    assertThat(read).hasSize(1);
    assertThat(e.problems()).extracting(FormatProblem::line).containsOnly(3);
    assertThat(e.problems().get(0).pointer()).isEqualTo("/network/formality");
    assertThat(e.problems().get(0).column()).isPositive();
  }

  @Test
  void the_skip_mode_skips_bad_lines_and_reports_them() {
    // given
    String stream = lines(GOOD, "not json", BAD, "", GOOD, "{\"format\":\"maillage/1\"");

    // when
    List<Network> read = new ArrayList<>();
    NetworkLines lines = NetworkJsonLinesReader.create().skippingBadLines().open(new StringReader(stream));
    lines.stream().forEach(read::add);

    // then
    assertThat(read).containsExactly(FullNetwork.network(), FullNetwork.network());
    assertThat(lines.skippedCount()).isEqualTo(3);
    assertThat(lines.skippedLines()).extracting(x -> x.problems().get(0).line()).containsExactly(2, 3, 6);
    assertThat(lines.lineNumber()).isEqualTo(6);
    assertThatThrownBy(lines::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void a_line_longer_than_the_limit_is_a_bad_line_and_the_next_is_read() {
    // given
    String stream = lines(GOOD, "[" + " ".repeat(5000) + "]", GOOD);
    NetworkJsonLinesReader reader = NetworkJsonLinesReader.create()
        .withLimits(ReadLimits.defaults().withMaxDocumentLength(GOOD.length() + 10)).skippingBadLines();

    // when
    List<Network> read = new ArrayList<>();
    try (NetworkLines lines = reader.open(new StringReader(stream.replace(" ".repeat(5000),
        " ".repeat(GOOD.length() + 100))))) {
      lines.forEachRemaining(read::add);
      // then
      assertThat(lines.skippedLines()).singleElement().satisfies(x -> {
        assertThat(x.problems().get(0).line()).isEqualTo(2);
        assertThat(x.problems().get(0).arguments()).containsEntry("limit", "maxDocumentLength");
      });
    }
    assertThat(read).hasSize(2);
  }

  @Test
  void windows_line_ends_and_a_missing_last_newline_are_read() {
    // given
    String stream = GOOD + "\r\n" + GOOD;

    // when
    List<Network> read = new ArrayList<>();
    try (NetworkLines lines = NetworkJsonLinesReader.create().open(new StringReader(stream))) {
      lines.forEachRemaining(read::add);
    }

    // then
    assertThat(read).hasSize(2);
  }

  @Test
  void the_writer_writes_one_compact_document_per_line() {
    // given
    StringWriter out = new StringWriter();

    // when
    long count = NetworkJsonLinesWriter.create().writeAll(List.of(FullNetwork.network(), FullNetwork.flipped())
        .iterator(), out);

    // then
    assertThat(count).isEqualTo(2);
    assertThat(out.toString()).isEqualTo(lines(GOOD, NetworkJsonWriter.create().write(FullNetwork.flipped())));
  }

  @Test
  void the_reader_states_its_policy_and_limits() {
    assertThat(NetworkJsonLinesReader.create().badLines()).isEqualTo(BadLines.STOP);
    assertThat(NetworkJsonLinesReader.create().onBadLines(BadLines.SKIP).badLines()).isEqualTo(BadLines.SKIP);
    assertThat(NetworkJsonLinesReader.create().limits()).isEqualTo(ReadLimits.defaults());
  }
}
