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
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.FormatException;
import org.maillage.formats.egor.EgorImport;
import org.maillage.formats.egor.EgorReader;
import org.maillage.formats.graphml.GraphmlImport;
import org.maillage.formats.graphml.GraphmlReader;
import org.maillage.formats.graphml.Unmapped;
import org.maillage.formats.json.NetworkJsonLinesReader;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.formats.json.NetworkLines;
import org.maillage.network.Network;

/**
 * The networks of one input, read one at a time: a JSON document (one network), JSON Lines (one per line, in
 * constant memory), a GraphML document (one network) or egor's three tables (a folder; every network of them),
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
    JSONL,
    /** One network, GraphML as Network Canvas exports it or as Maillage writes it. */
    GRAPHML,
    /** egor's three tables: a folder holding {@code egos.csv}, {@code alters.csv} and {@code aaties.csv}. */
    EGOR;

    /**
     * The format of a file by its extension ({@code .jsonl} and {@code .ndjson} are JSON Lines, {@code .graphml}
     * GraphML), or egor's tables for a folder; JSON otherwise.
     */
    static Format of(String file) {
      String name = file.toLowerCase(java.util.Locale.ROOT);
      if (Files.isDirectory(Path.of(file))) {
        return EGOR;
      }
      return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? JSONL : name.endsWith(".graphml") ? GRAPHML : JSON;
    }
  }

  private final @Nullable Reader reader;
  private final @Nullable NetworkLines lines;
  private final List<Network> networks = new ArrayList<>();
  private int next;
  private @Nullable FormatException bad;
  private final List<String> unmapped = new ArrayList<>();
  private final Format format;

  private Inputs(Reader reader, Format format) {
    this.reader = reader;
    this.format = format;
    if (format == Format.JSONL) {
      this.lines = NetworkJsonLinesReader.create().skippingBadLines().open(reader);
    } else {
      this.lines = null;
      try {
        networks.add(NetworkJsonReader.create().read(reader));
      } catch (FormatException e) {
        this.bad = e;
      }
    }
  }

  /** Reads a document that is not JSON whole: GraphML from a stream, egor's tables from a folder. */
  private Inputs(String file, Format format, InputStream stdin) throws IOException {
    this.format = format;
    this.reader = null;
    this.lines = null;
    try {
      if (format == Format.GRAPHML) {
        GraphmlImport read;
        if (file.equals("-")) {
          read = GraphmlReader.standard().read(stdin);
        } else {
          try (InputStream in = Files.newInputStream(Path.of(file))) {
            read = GraphmlReader.standard().read(in);
          }
        }
        networks.add(read.network());
        for (Unmapped u : read.unmapped()) {
          unmapped.add(u.kind().name() + " " + u.name() + " (" + u.count() + ")");
        }
      } else {
        Path folder = Path.of(file);
        try (InputStream egos = Files.newInputStream(folder.resolve("egos.csv"));
            InputStream alters = Files.newInputStream(folder.resolve("alters.csv"));
            InputStream aaties = Files.newInputStream(folder.resolve("aaties.csv"))) {
          EgorImport read = EgorReader.standard().read(egos, alters, aaties);
          networks.addAll(read.networks());
          for (String column : read.ignoredColumns()) {
            unmapped.add("COLUMN " + column);
          }
        }
      }
    } catch (FormatException e) {
      this.bad = e;
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
    if (chosen == Format.GRAPHML || chosen == Format.EGOR) {
      if (!file.equals("-") && !Files.exists(Path.of(file))) {
        throw new NoSuchFileException(file);
      }
      return new Inputs(file, chosen, stdin);
    }
    Reader reader = file.equals("-")
        ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    return new Inputs(reader, chosen);
  }

  /**
   * Tells whether the input's format may hold several networks (JSON Lines, egor's tables), so that a command
   * writing one document per network writes them into a folder.
   *
   * @return true for a format of several networks
   */
  boolean holdsSeveral() {
    return format == Format.JSONL || format == Format.EGOR;
  }

  @Override
  public boolean hasNext() {
    return lines != null ? lines.hasNext() : next < networks.size();
  }

  @Override
  public Network next() {
    if (lines != null) {
      return lines.next();
    }
    if (next >= networks.size()) {
      throw new NoSuchElementException("Inputs.next: no network left");
    }
    return networks.get(next++);
  }

  /** @return what an import could not map, by kind and name: GraphML's node and edge types, egor's columns */
  List<String> unmapped() {
    return unmapped;
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
      if (reader != null) {
        reader.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
