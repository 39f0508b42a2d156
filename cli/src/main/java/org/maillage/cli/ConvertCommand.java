package org.maillage.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maillage convert}: networks from one format to another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts networks: to JSON (one network, indented) or JSON Lines (one network per line).")
final class ConvertCommand extends NetworkCommand {
  /** The formats written. */
  enum To { JSON, JSONL }

  @Option(names = "--to", required = true, description = "The format to write: ${COMPLETION-CANDIDATES}.")
  To to = To.JSONL;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
  @Nullable Path target;

  private @Nullable Writer writer;
  private final NetworkJsonWriter lines = NetworkJsonWriter.create();
  private final NetworkJsonWriter indented = NetworkJsonWriter.create().indented();

  @Override
  boolean printsHeader() {
    return false;
  }

  @Override
  void begin(Words words) throws IOException {
    writer = target == null ? out() : Files.newBufferedWriter(target, StandardCharsets.UTF_8);
  }

  @Override
  boolean handle(Network network, Words words, long index) throws IOException {
    Writer w = writer;
    if (w == null) {
      throw new IllegalStateException("convert: begin() opens the output before the first network");
    }
    if (to == To.JSON) {
      if (index > 1) {
        err().println(words.text("convert.one-network", "network", network.id().value()));
        return false;
      }
      indented.write(network, w);
      w.write('\n');
    } else {
      lines.write(network, w);
      w.write('\n');
    }
    return false;
  }

  @Override
  void end(Words words) throws IOException {
    Writer w = writer;
    if (w != null) {
      w.flush();
      if (target != null) {
        w.close();
      }
    }
  }
}
