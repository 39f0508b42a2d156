package org.maillage.testing;

import com.google.common.primitives.Chars;
import java.util.List;
import java.util.Optional;

/**
 * How often the generators fill free-text fields (names, notes, statements, references), and with what.
 *
 * <p>Every generated text starts with the field's tag and a tilde ({@code "name~"}, {@code "note~"}), then
 * random letters, accents and punctuation, so that it is never blank and a test can recognise it in any
 * output.
 */
enum Texts {
  /** Optional texts are present about one time in three. */
  SOMETIMES,
  /** Every optional text is present and every text list has at least one element. */
  ALWAYS;

  private static final String ODD_CHARACTERS = "éèàçôÉ'\"<>&;,-_ ";

  /**
   * Returns texts for a field.
   *
   * @param tag the field's tag, which starts every text
   * @return non-blank texts
   */
  Gen<String> text(String tag) {
    return Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.of(Chars.asList(ODD_CHARACTERS.toCharArray()))))
        .ofMinSize(6).ofMaxSize(16)
        .map(s -> tag + "~" + s);
  }

  /**
   * Returns an optional text for a field: always present under {@link #ALWAYS}.
   *
   * @param tag the field's tag
   * @return optional texts
   */
  Gen<Optional<String>> optional(String tag) {
    return optional(tag, 0.35);
  }

  /**
   * Returns an optional text for a field, present with a given probability (always under {@link #ALWAYS}).
   *
   * @param tag the field's tag
   * @param presence the probability of a text under {@link #SOMETIMES}
   * @return optional texts
   */
  Gen<Optional<String>> optional(String tag, double presence) {
    return this == ALWAYS ? text(tag).map(Optional::of) : text(tag).optional(presence);
  }

  /**
   * Returns lists of texts for a field: never empty under {@link #ALWAYS}.
   *
   * @param tag the field's tag
   * @param max the largest size
   * @return lists of texts
   */
  Sized<List<String>> list(String tag, int max) {
    return text(tag).list().ofMinSize(this == ALWAYS ? 1 : 0).ofMaxSize(max);
  }
}
