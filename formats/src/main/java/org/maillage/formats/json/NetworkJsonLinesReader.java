package org.maillage.formats.json;

import java.io.Reader;
import java.util.Objects;
import org.maillage.formats.ReadLimits;

/**
 * Reads a stream of networks in JSON Lines (<i>lecteur JSON Lines</i>): one Maillage JSON document per line,
 * read one at a time in constant memory.
 *
 * <p>Each line is read as {@link NetworkJsonReader} reads a document, with the same limits (the document
 * length bounds the length of a line) and the same problems, whose line is the line of the stream. Blank lines
 * are skipped. A bad line either ends the reading ({@link BadLines#STOP}, the default) or is skipped and
 * reported ({@link BadLines#SKIP}).
 *
 * <pre>{@code
 * try (NetworkLines lines = NetworkJsonLinesReader.create().skippingBadLines().open(reader)) {
 *   while (lines.hasNext()) {
 *     validator.validate(lines.next());
 *   }
 *   lines.skippedLines().forEach(e -> log.warn(e.getMessage()));
 * }
 * }</pre>
 *
 * <p>Memory is bounded by the longest line, itself bounded by {@link ReadLimits#maxDocumentLength()}, and does
 * not grow with the number of lines. This class is immutable and thread-safe; the {@link NetworkLines} it opens
 * are not.
 *
 * @since 0.1
 */
public final class NetworkJsonLinesReader {
  private static final NetworkJsonLinesReader DEFAULT =
      new NetworkJsonLinesReader(NetworkJsonReader.create(), BadLines.STOP);

  private final NetworkJsonReader reader;
  private final BadLines badLines;

  private NetworkJsonLinesReader(NetworkJsonReader reader, BadLines badLines) {
    this.reader = reader;
    this.badLines = badLines;
  }

  /**
   * Returns a reader with the default limits that stops at the first bad line and refuses unknown members.
   *
   * @return the reader
   * @since 0.1
   */
  public static NetworkJsonLinesReader create() {
    return DEFAULT;
  }

  /**
   * Returns a copy of this reader with other limits, applied to each line.
   *
   * @param limits the limits
   * @return the reader
   * @since 0.1
   */
  public NetworkJsonLinesReader withLimits(ReadLimits limits) {
    return new NetworkJsonLinesReader(reader.withLimits(limits), badLines);
  }

  /**
   * Returns a copy of this reader that skips unknown members (the lenient mode of {@link NetworkJsonReader}).
   *
   * @return the reader
   * @since 0.1
   */
  public NetworkJsonLinesReader acceptingUnknownMembers() {
    return new NetworkJsonLinesReader(reader.acceptingUnknownMembers(), badLines);
  }

  /**
   * Returns a copy of this reader that skips bad lines and reports them.
   *
   * @return the reader
   * @since 0.1
   */
  public NetworkJsonLinesReader skippingBadLines() {
    return new NetworkJsonLinesReader(reader, BadLines.SKIP);
  }

  /**
   * Returns a copy of this reader with a policy for bad lines.
   *
   * @param policy what to do with a bad line
   * @return the reader
   * @since 0.1
   */
  public NetworkJsonLinesReader onBadLines(BadLines policy) {
    return new NetworkJsonLinesReader(reader, Objects.requireNonNull(policy, "NetworkJsonLinesReader.policy"));
  }

  /**
   * Returns what this reader does with a bad line.
   *
   * @return the policy
   * @since 0.1
   */
  public BadLines badLines() {
    return badLines;
  }

  /**
   * Returns the limits applied to each line.
   *
   * @return the limits
   * @since 0.1
   */
  public ReadLimits limits() {
    return reader.limits();
  }

  /**
   * Opens a stream of lines for reading; closing the result closes the reader.
   *
   * @param in the characters of the stream
   * @return the networks, one per line, read as they are asked for
   * @since 0.1
   */
  public NetworkLines open(Reader in) {
    return new NetworkLines(reader, badLines, Objects.requireNonNull(in, "NetworkJsonLinesReader.in"));
  }

  @Override
  public String toString() {
    return "NetworkJsonLinesReader[" + reader.limits() + ", " + badLines + "]";
  }
}
