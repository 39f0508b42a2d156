package org.maillage.flink;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a JSON Lines file with where it comes from: the file and its line number, counted from 1.
 *
 * <p>A plain record in Flink's sense (public fields, a public no-argument constructor), so that Flink's POJO
 * serialiser carries it between operators. Mutable, as Flink requires: not thread-safe.
 *
 * @since 0.2
 */
public final class Line {
  /** The file the line was read from, as its path was listed. */
  public String file = "";
  /** The line's number in its file, from 1. */
  public long number;
  /** The line's text, without its end of line. */
  public String text = "";

  /** An empty line, for Flink's serialiser. */
  public Line() {}

  /**
   * A line of a file.
   *
   * @param file the file
   * @param number the line's number, from 1
   * @param text the text
   * @return the line
   */
  public static Line of(String file, long number, String text) {
    Line line = new Line();
    line.file = Objects.requireNonNull(file, "file");
    line.number = number;
    line.text = Objects.requireNonNull(text, "text");
    return line;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Line other && number == other.number && file.equals(other.file) && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, number, text);
  }

  @Override
  public String toString() {
    return file + ":" + number;
  }
}
