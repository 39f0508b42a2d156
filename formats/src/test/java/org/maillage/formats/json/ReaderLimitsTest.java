package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.formats.ReadLimits;

/** Each limit a caller sets is applied by the reader, and reported by its name. */
class ReaderLimitsTest {
  private static final String FULL = NetworkJsonWriter.create().write(FullNetwork.network());

  private static FormatException refused(ReadLimits limits) {
    return catchThrowableOfType(FormatException.class,
        () -> NetworkJsonReader.create().withLimits(limits).read(FULL));
  }

  @Test
  void the_full_network_is_read_under_the_defaults() {
    assertThat(NetworkJsonReader.create().read(FULL)).isEqualTo(FullNetwork.network());
  }

  @Test
  void each_limit_set_lower_refuses_the_document_by_name() {
    // given
    ReadLimits d = ReadLimits.defaults();

    // then
    assertThat(refused(d.withMaxDocumentLength(100)).problems()).extracting(p -> p.arguments().get("limit"))
        .containsExactly("maxDocumentLength");
    assertThat(refused(d.withMaxNestingDepth(3)).problems()).extracting(p -> p.arguments().get("limit"))
        .containsExactly("maxNestingDepth");
    assertThat(refused(d.withMaxStringLength(5)).problems()).extracting(p -> p.arguments().get("limit"))
        .containsExactly("maxStringLength");
    assertThat(refused(d.withMaxNameLength(5)).problems()).extracting(p -> p.arguments().get("limit"))
        .containsExactly("maxNameLength");
    assertThat(refused(d.withMaxTokenCount(50)).problems()).extracting(p -> p.arguments().get("limit"))
        .containsExactly("maxTokenCount");
    assertThat(refused(d.withMaxArrayLength(1)).problems()).extracting(FormatProblem::messageKey)
        .contains("format.json.too-many-elements");
  }

  @Test
  void the_problems_collected_are_bounded() {
    // given: a document with many wrong values
    String json = FULL.replace("\"alive\":true", "\"alive\":0").replace("\"alive\":false", "\"alive\":0")
        .replace("\"dormant\":false", "\"dormant\":0").replace("\"dormant\":true", "\"dormant\":0");

    // when
    FormatException e = catchThrowableOfType(FormatException.class,
        () -> NetworkJsonReader.create().withLimits(ReadLimits.defaults().withMaxProblems(3)).read(json));

    // then
    assertThat(e.problems()).hasSize(3);
  }
}
