package org.maillage.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.dot.DotWriter;
import org.maillage.formats.egor.EgorWriter;
import org.maillage.formats.graphml.GraphmlWriter;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code maillage convert}: networks from one format to another. A writer writes what the network holds: pipe
 * through {@code maillage pseudonymise} first for anything that leaves the case system.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts networks: to JSON (one network, indented), JSON Lines (one per line), GraphML (one "
        + "network), DOT (one network) or egor's three tables (every network, into the folder --out).")
final class ConvertCommand extends NetworkCommand {
  /** The formats written. */
  enum To { JSON, JSONL, GRAPHML, DOT, EGOR }

  @Option(names = "--to", required = true, description = "The format to write: ${COMPLETION-CANDIDATES}.")
  To to = To.JSONL;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output); "
      + "for egor, the folder.")
  @Nullable Path target;

  private @Nullable Writer writer;
  private final List<Network> tables = new ArrayList<>();
  private final NetworkJsonWriter lines = NetworkJsonWriter.create();
  private final NetworkJsonWriter indented = NetworkJsonWriter.create().indented();

  @Override
  boolean printsHeader() {
    return false;
  }

  @Override
  void begin(Words words) throws IOException {
    if (to != To.EGOR) {
      writer = target == null ? out() : Files.newBufferedWriter(target, StandardCharsets.UTF_8);
    }
  }

  @Override
  boolean handle(Network network, Words words, long index) throws IOException {
    if (to == To.EGOR) {
      tables.add(network);
      return false;
    }
    Writer w = writer;
    if (w == null) {
      throw new IllegalStateException("convert: begin() opens the output before the first network");
    }
    if (to != To.JSONL && index > 1) {
      err().println(words.text("convert.one-network", "network", network.id().value()));
      return false;
    }
    switch (to) {
      case JSON -> {
        indented.write(network, w);
        w.write('\n');
      }
      case JSONL -> {
        lines.write(network, w);
        w.write('\n');
      }
      case GRAPHML -> GraphmlWriter.standard().write(network, w);
      case DOT -> w.write(DotWriter.standard().toString(network));
      case EGOR -> throw new IllegalStateException("egor's tables are written at the end");
    }
    return false;
  }

  @Override
  void end(Words words) throws IOException {
    if (to == To.EGOR) {
      if (target == null) {
        err().println(words.text("convert.egor-out"));
        return;
      }
      Files.createDirectories(target);
      try (Writer egos = Files.newBufferedWriter(target.resolve("egos.csv"), StandardCharsets.UTF_8);
          Writer alters = Files.newBufferedWriter(target.resolve("alters.csv"), StandardCharsets.UTF_8);
          Writer aaties = Files.newBufferedWriter(target.resolve("aaties.csv"), StandardCharsets.UTF_8)) {
        EgorWriter.standard().write(tables, egos, alters, aaties);
      }
      err().println(words.text("written", "file", target));
      return;
    }
    Writer w = writer;
    if (w != null) {
      w.flush();
      if (target != null) {
        w.close();
      }
    }
  }
}
