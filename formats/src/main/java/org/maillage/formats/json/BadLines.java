package org.maillage.formats.json;

/**
 * What a JSON Lines reader does with a line it cannot read (<i>ligne invalide</i>).
 *
 * <p>This enumeration is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum BadLines {
  /** The reader throws the line's {@link org.maillage.formats.FormatException} and reads no further. */
  STOP,
  /**
   * The reader skips the line, keeps its problems for a report ({@link NetworkLines#skippedLines()}), and goes on
   * with the next one.
   */
  SKIP
}
