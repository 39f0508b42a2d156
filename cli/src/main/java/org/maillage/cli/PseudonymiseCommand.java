package org.maillage.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.formats.pseudonym.DateTreatment;
import org.maillage.formats.pseudonym.Pseudonymised;
import org.maillage.formats.pseudonym.Pseudonymiser;
import org.maillage.network.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code maillage pseudonymise}: the networks with every personal and free-text field removed and every id
 * replaced by a keyed pseudonym, as JSON Lines, for anything that leaves the case system. The key is read from a
 * file or from an environment variable, never from the command line, where it would stay in the shell's history
 * and in the list of processes.
 */
@Command(name = "pseudonymise", mixinStandardHelpOptions = true,
    description = "Pseudonymises networks (keyed pseudonyms for every id, personal and free text removed) and "
        + "writes them as JSON Lines; with --dates shift, prints the date to validate each as of.")
final class PseudonymiseCommand extends NetworkCommand {
  @Option(names = "--key-file", paramLabel = "FILE", description = "A file holding the key (its bytes).")
  @Nullable Path keyFile;

  @Option(names = "--key-env", paramLabel = "NAME", description = "An environment variable holding the key.")
  @Nullable String keyVariable;

  @Option(names = "--dates", defaultValue = "keep", description = "What becomes of dates: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}).")
  DateTreatment dates = DateTreatment.KEEP;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
  @Nullable Path target;

  private @Nullable Pseudonymiser pseudonymiser;
  private @Nullable Writer writer;
  private final NetworkJsonWriter json = NetworkJsonWriter.create();

  @Override
  boolean printsHeader() {
    return false;
  }

  @Override
  void begin(Words words) throws IOException {
    byte[] key = null;
    if (keyFile != null) {
      key = Files.readAllBytes(keyFile);
    } else if (keyVariable != null && System.getenv(keyVariable) != null) {
      key = System.getenv(keyVariable).getBytes(StandardCharsets.UTF_8);
    }
    if (key == null) {
      throw new picocli.CommandLine.ParameterException(spec().commandLine(), words.text("pseudonymise.no-key"));
    }
    if (key.length < Pseudonymiser.MIN_KEY_BYTES) {
      throw new picocli.CommandLine.ParameterException(spec().commandLine(), words.text("pseudonymise.short-key",
          "bytes", key.length, "min", Pseudonymiser.MIN_KEY_BYTES));
    }
    pseudonymiser = Pseudonymiser.builder().key(key).dates(dates).build();
    writer = target == null ? out() : Files.newBufferedWriter(target, StandardCharsets.UTF_8);
  }

  @Override
  boolean handle(Network network, Words words, long index) throws IOException {
    Pseudonymiser p = pseudonymiser;
    Writer w = writer;
    if (p == null || w == null) {
      throw new IllegalStateException("pseudonymise: begin() reads the key before the first network");
    }
    Pseudonymised result = p.apply(network, day());
    json.write(result.network(), w);
    w.write('\n');
    if (dates == DateTreatment.SHIFT) {
      err().println(words.text("pseudonymise.as-of", "network", result.network().id().value(), "date",
          result.asOf()));
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
