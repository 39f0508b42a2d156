package org.maillage;

/**
 * The stable identifier of an individual of a network: the person supported, a primary member, a professional, a participant, or a legal representative (<i>identifiant de membre</i>).
 *
 * <p>An opaque, non-blank key of at most 64 characters without spaces, chosen by the caller (typically the
 * primary key of the case system). The same professional keeps the same id in every network they appear in, so that a territory view can fold them together.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the key, as given
 * @since 0.1
 */
public record MemberId(String value) implements Comparable<MemberId> {

  /**
   * Checks the key.
   *
   * @param value the key
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, longer than 64 characters, or contains a
   *     space or a control character
   */
  public MemberId {
    IdSyntax.check("MemberId", value);
  }

  /**
   * Obtains an id from its key.
   *
   * @param value the key, for example {@code "m-42"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid key
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  /** Orders ids by their key, so that reports list subjects in a stable order. */
  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  /** Two ids are equal when their keys are equal. */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return this == o || o instanceof MemberId && value.equals(((MemberId) o).value);
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
