package org.maillage.formats.json;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.network.Network;
import tools.jackson.core.ObjectReadContext;

/**
 * The networks of a JSON Lines stream being read (<i>flux de réseaux</i>), one per line, each read when it is
 * asked for: an iterator, and a {@link #stream()}.
 *
 * <p>With {@link BadLines#STOP}, {@link #next()} throws the {@link FormatException} of the first bad line, its
 * problems on the lines of the stream, and the stream ends there. With {@link BadLines#SKIP}, bad lines are
 * skipped; {@link #skippedCount()} counts them and {@link #skippedLines()} keeps the exceptions of the first
 * {@value #KEPT} of them, so that memory stays bounded however many lines are bad.
 *
 * <p>Not thread-safe: one thread reads a stream. Closing it closes the underlying reader.
 *
 * @since 0.1
 */
public final class NetworkLines implements Iterator<Network>, AutoCloseable {
  /** How many skipped lines keep their exception for the report. */
  public static final int KEPT = 1000;

  private static final int BUFFER = 8192;

  private final NetworkJsonReader reader;
  private final BadLines badLines;
  private final Reader in;
  private final char[] chunk = new char[BUFFER];
  private int chunkPosition;
  private int chunkLength;
  private char[] line = new char[BUFFER];
  private int lineLength;
  private long lineNumber;
  private boolean ended;
  private boolean stopped;
  private @Nullable Network next;
  private long skipped;
  private final List<FormatException> skippedLines = new ArrayList<>();

  NetworkLines(NetworkJsonReader reader, BadLines badLines, Reader in) {
    this.reader = reader;
    this.badLines = badLines;
    this.in = in;
  }

  /**
   * Tells whether another network can be read; reads it (and skips bad lines before it, in the skip mode).
   *
   * @return true when {@link #next()} returns a network
   * @throws FormatException in the stop mode, for the first bad line
   * @throws UncheckedIOException if the stream cannot be read
   * @since 0.1
   */
  @Override
  public boolean hasNext() {
    while (next == null && !stopped) {
      if (!readLine()) {
        return false;
      }
      if (isBlank()) {
        continue;
      }
      try {
        char[] text = line;
        int length = lineLength;
        next = reader.read(() -> reader.jsonFactory().createParser(ObjectReadContext.empty(), text, 0, length),
            lineNumber > Integer.MAX_VALUE ? 0 : (int) lineNumber, NetworkJsonReader.NO_SOURCE);
      } catch (FormatException e) {
        bad(e);
      }
    }
    return next != null;
  }

  /**
   * Returns the next network.
   *
   * @return the network of the next good line
   * @throws NoSuchElementException if there is none
   * @throws FormatException in the stop mode, for the first bad line
   * @since 0.1
   */
  @Override
  public Network next() {
    if (!hasNext()) {
      throw new NoSuchElementException("NetworkLines.next: no network after line " + lineNumber);
    }
    Network n = next;
    next = null;
    return n;
  }

  private void bad(FormatException e) {
    if (badLines == BadLines.STOP) {
      stopped = true;
      throw e;
    }
    skipped++;
    if (skippedLines.size() < KEPT) {
      skippedLines.add(e);
    }
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      char c = line[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Reads the next line into the buffer, a line too long reported and skipped; false at the end. */
  private boolean readLine() {
    if (ended) {
      return false;
    }
    lineLength = 0;
    lineNumber++;
    long max = reader.limits().maxDocumentLength();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPosition == chunkLength && !fill()) {
        ended = true;
        if (!any) {
          lineNumber--;
          return false;
        }
        break;
      }
      any = true;
      char c = chunk[chunkPosition++];
      if (c == '\n') {
        break;
      }
      if (tooLong) {
        continue;
      }
      if (lineLength >= max) {
        tooLong = true;
        continue;
      }
      if (lineLength == line.length) {
        line = Arrays.copyOf(line, (int) Math.min(max, (long) line.length * 2));
      }
      line[lineLength++] = c;
    }
    if (lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    if (tooLong) {
      lineLength = 0;
      bad(new FormatException(List.of(FormatProblem.of("", (int) Math.min(lineNumber, Integer.MAX_VALUE), 1,
          "format.json.limit", Map.of("limit", "maxDocumentLength", "value", Long.toString(max))))));
      return true;
    }
    if (line.length > 4 * BUFFER && lineLength < BUFFER) {
      // a long line has passed: give its buffer back, so that memory follows the lines being read
      line = Arrays.copyOf(line, BUFFER);
    }
    return true;
  }

  private boolean fill() {
    try {
      int n;
      do {
        n = in.read(chunk, 0, chunk.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      chunkPosition = 0;
      chunkLength = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the number of the last line read, from 1.
   *
   * @return the line number, 0 before the first
   * @since 0.1
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Returns how many bad lines were skipped.
   *
   * @return the count, 0 in the stop mode
   * @since 0.1
   */
  public long skippedCount() {
    return skipped;
  }

  /**
   * Returns the exceptions of the first {@value #KEPT} lines skipped, in line order.
   *
   * @return the exceptions, their problems on the lines of the stream
   * @since 0.1
   */
  public ImmutableList<FormatException> skippedLines() {
    return ImmutableList.copyOf(skippedLines);
  }

  /**
   * Returns the networks left as a sequential stream; closing it closes this.
   *
   * @return the stream
   * @since 0.1
   */
  public Stream<Network> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /**
   * Closes the underlying reader.
   *
   * @throws UncheckedIOException if it cannot be closed
   * @since 0.1
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
