package org.maillage.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limits' documented defaults, and copies with one limit changed. */
class ReadLimitsTest {

  @Test
  void the_defaults_are_those_documented() {
    // given
    ReadLimits d = ReadLimits.defaults();

    // then
    assertThat(d.maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(65_536);
    assertThat(d.maxNameLength()).isEqualTo(256);
    assertThat(d.maxArrayLength()).isEqualTo(10_000);
    assertThat(d.maxTokenCount()).isEqualTo(1_000_000L);
    assertThat(d.maxProblems()).isEqualTo(100);
  }

  @Test
  void a_copy_changes_one_limit_and_keeps_the_others() {
    // given
    ReadLimits d = ReadLimits.defaults();

    // when
    ReadLimits l = d.withMaxDocumentLength(1000).withMaxNestingDepth(8).withMaxStringLength(50)
        .withMaxNameLength(20).withMaxArrayLength(5).withMaxTokenCount(300).withMaxProblems(3);

    // then
    assertThat(l).isNotEqualTo(d).hasToString("ReadLimits[document=1000, depth=8, string=50, name=20, array=5, "
        + "tokens=300, problems=3]");
    assertThat(d.withMaxNestingDepth(8).maxStringLength()).isEqualTo(65_536);
    assertThat(d.withMaxProblems(100)).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void a_limit_must_be_positive() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxArrayLength(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArrayLength");
  }
}
