package org.maillage;

/**
 * The stable identifier of a tie between two members (<i>identifiant de lien</i>).
 *
 * <p>An opaque, non-blank key of at most 64 characters without spaces, chosen by the caller (typically the
 * primary key of the case system). It names the tie in findings and in round trips.
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
   * @throws IllegalArgumentException if {@code value} is blank, longer than 64 characters, or contains a
   *     space or a control character
   */
  public TieId {
    IdSyntax.check("TieId", value);
  }

  /**
   * Obtains an id from its key.
   *
   * @param value the key, for example {@code "t-7"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid key
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

  /** Returns the key itself; an id is never personal data. */
  @Override
  public String toString() {
    return value;
  }
}
