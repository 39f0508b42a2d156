package org.maillage;

/**
 * The stable identifier of a tie between two members (<i>identifiant de lien</i>).
 *
 * <p>An opaque, non-blank key of at most 64 characters without spaces, chosen by the caller (typically the
 * primary key of the case system). It names the tie in findings and in round trips.
 *
 * <p>An id is an opaque code, never text and never personal data by the model's rule: findings, messages and
 * exceptions name it on purpose, so choose keys that name no one. Ids are compared as given, code unit by
 * code unit, and are not Unicode-normalised: {@code "é"} precomposed (U+00E9) and decomposed ({@code "e"}
 * then U+0301) make two different ids, because the model cannot know which form the caller's system keeps
 * and must not merge keys that system keeps apart; normalise before making the id if yours needs it. A lone
 * surrogate is refused, since two such keys would collapse into one once encoded (see the package
 * documentation, <i>Ids</i>).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the key, as given
 * @since 0.1
 */
public record TieId(String value) implements Comparable<TieId> {

  /**
   * Checks the key.
   *
   * @param value the key
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidModelException if {@code value} is blank, longer than 64 characters, or contains a
   *     space, a control or format character, or a lone surrogate
   */
  public TieId {
    IdSyntax.check("TieId", value);
  }

  /**
   * Obtains an id from its key.
   *
   * @param value the key, for example {@code "t-7"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidModelException if {@code value} is not a valid key
   */
  public static TieId of(String value) {
    return new TieId(value);
  }

  /** Orders ids by their key, so that reports list subjects in a stable order. */
  @Override
  public int compareTo(TieId other) {
    return value.compareTo(other.value);
  }

  /** Two ids are equal when their keys are equal. */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return this == o || o instanceof TieId && value.equals(((TieId) o).value);
  }

  /** Returns the key's hash code; written out because ids are hashed on every index lookup. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the key itself, unescaped; an id is never personal data. Messages quote it escaped. */
  @Override
  public String toString() {
    return value;
  }
}
