package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.maillage.person.LifeSphere;

/**
 * Messages that quote rejected input write every invisible, control, bidirectional-override, surrogate,
 * line- or paragraph-separator and unassigned character as {@code \\uXXXX}, so that nothing a caller passes
 * rings a bell, reorders a log line or breaks one.
 */
class QuotedInputTest {

  @Test
  void aBellInAnIdIsWrittenAsAnEscape() {
    // given an id with a BEL
    // when it is made, then the message shows the escape, not the character
    assertThatThrownBy(() -> MemberId.of("m-\u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m-\\u0007'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0007"));
  }

  @Test
  void aRightToLeftOverrideInAnIdIsWrittenAsAnEscape() {
    // given an id with U+202E, which would reverse the rest of a log line
    // when it is made, then the message shows the escape
    assertThatThrownBy(() -> NetworkId.of("n-\u202Eevil"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'n-\\u202Eevil'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u202E"));
  }

  @Test
  void aLoneSurrogateInAnIdIsRejected() {
    // given ids with a lone high and a lone low surrogate (malformed UTF-16: both encode to the same '?')
    // when they are made, then each is rejected with the escape and the index
    assertThatThrownBy(() -> MemberId.of("m-\uD800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m-\\uD800'")
        .hasMessageContaining("index 2")
        .hasMessageContaining("surrogate");
    assertThatThrownBy(() -> MemberId.of("m-\uDC00x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m-\\uDC00x'");
  }

  @Test
  void aSurrogatePairIsOneCharacterAndIsKept() {
    // given an id with a character outside the basic plane, written as a pair
    // when it is made, then it is accepted as given
    assertThat(MemberId.of("m-\uD83D\uDE00").value()).isEqualTo("m-\uD83D\uDE00");
  }

  @Test
  void aLineSeparatorOrAnUnassignedCharacterInASphereCodeIsWrittenAsAnEscape() {
    // given sphere codes with U+2028 (a line separator) and U+0378 (unassigned)
    // when spheres are made, then the messages show the escapes
    assertThatThrownBy(() -> LifeSphere.of("a\u2028b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a\\u2028b'");
    assertThatThrownBy(() -> LifeSphere.of("a\u0378"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a\\u0378'");
  }

  @Test
  void quotingWritesEachCategoryAsEscapesAndKeepsTheRest() {
    // given a text with one character of each escaped category, a pair and ordinary letters
    String text = "a\u0000\u00AD\u202E\uDFFF\u2028\u2029\u0378é\uD83D\uDE00\u00A0";

    // when it is escaped, then each of the six categories is an escape and the rest is kept
    assertThat(QuotedInput.escape(text))
        .isEqualTo("a\\u0000\\u00AD\\u202E\\uDFFF\\u2028\\u2029\\u0378é\uD83D\uDE00\u00A0");
    assertThat(QuotedInput.escape("m-42")).isSameAs("m-42");
    assertThat(QuotedInput.firstToEscape("ab\u0007")).isEqualTo(2);
  }

  @Test
  void aLongInputIsCutAndItsLengthGiven() {
    // given an input of a hundred characters
    String text = "k".repeat(100);

    // when it is quoted, then the first 64 are shown and the length is given
    assertThat(QuotedInput.quote(text)).isEqualTo("'" + "k".repeat(64) + "...' (100 characters)");
  }
}
