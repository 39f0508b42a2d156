package org.maillage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.FormatException;
import org.maillage.formats.json.NetworkJsonLinesReader;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.formats.json.NetworkLines;
import org.maillage.network.Network;

/**
 * The networks of one input, read one at a time: a JSON document (one network) or JSON Lines (one per line),
 * from a file or from standard input ({@code -}). A bad document, or a bad line, is kept as a
 * {@link FormatException} with its line, never thrown past the command, so that the rest is still read.
 *
 * <p>Not thread-safe: one command reads one input.
 */
final class Inputs implements Iterator<Network>, AutoCloseable {
  /** The formats the command line reads. */
  enum Format {
    /** One network, {@code maillage/1} JSON. */
    JSON,
    /** One network per line. */
    JSONL;

    /** The format of a file by its extension: {@code .jsonl} and {@code .ndjson} are JSON Lines. */
    static Format of(String file) {
      String name = file.toLowerCase(java.util.Locale.ROOT);
      return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : JSON;
    }
  }

  private final Reader reader;
  private final @Nullable NetworkLines lines;
  private @Nullable Network single;
  private @Nullable FormatException bad;

  private Inputs(Reader reader, Format format) {
    this.reader = reader;
    if (format == Format.JSONL) {
      this.lines = NetworkJsonLinesReader.create().skippingBadLines().open(reader);
    } else {
      this.lines = null;
      try {
        this.single = NetworkJsonReader.create().read(reader);
      } catch (FormatException e) {
        this.bad = e;
      }
    }
  }

  /**
   * Opens an input.
   *
   * @param file a path, or {@code -} for standard input
   * @param format the format, or null to tell it by the file's extension (JSON for standard input)
   * @param stdin standard input
   * @return the input
   * @throws IOException if the file cannot be opened
   */
  static Inputs open(String file, @Nullable Format format, InputStream stdin) throws IOException {
    Format chosen = format != null ? format : file.equals("-") ? Format.JSON : Format.of(file);
    Reader reader = file.equals("-")
        ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    return new Inputs(reader, chosen);
  }

  @Override
  public boolean hasNext() {
    return lines != null ? lines.hasNext() : single != null;
  }

  @Override
  public Network next() {
    if (lines != null) {
      return lines.next();
    }
    Network network = single;
    if (network == null) {
      throw new NoSuchElementException("Inputs.next: no network left");
    }
    single = null;
    return network;
  }

  /** @return the line being read, for the progress of JSON Lines; 0 for a JSON document */
  long line() {
    return lines != null ? lines.lineNumber() : 0;
  }

  /** @return every bad document or line met, in the order met (JSON Lines: up to the reader's kept count) */
  List<FormatException> bad() {
    if (lines != null) {
      return lines.skippedLines();
    }
    FormatException e = bad;
    return e == null ? List.of() : List.of(e);
  }

  /** @return how many bad lines were skipped in all (more than {@link #bad()} may hold) */
  long badCount() {
    return lines != null ? lines.skippedCount() : bad != null ? 1 : 0;
  }

  @Override
  public void close() {
    try {
      if (lines != null) {
        lines.close();
      }
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
