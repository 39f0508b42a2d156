package org.maillage.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.maillage.formats.egor.EgorTables;
import org.maillage.formats.egor.EgorWriter;
import org.maillage.formats.graphml.GraphmlWriter;
import org.maillage.network.Network;
import org.maillage.testing.NetworkGenerators;

/**
 * Writes the fuzz tests' seed inputs from generated networks: run once by hand
 * ({@code java ... SeedsWriter formats/src/test/resources}); the seeds are committed. Test scope.
 */
final class SeedsWriter {
  private SeedsWriter() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0], "org", "maillage", "formats");
    Path graphml = root.resolve("graphml/GraphmlReaderFuzzTestInputs/readsAnyBytes");
    Path egor = root.resolve("egor/EgorReaderFuzzTestInputs/readsAnyTables");
    Files.createDirectories(graphml);
    Files.createDirectories(egor);
    SplittableRandom random = new SplittableRandom(20261203L);
    for (int i = 0; i < 4; i++) {
      Network n = NetworkGenerators.networks(LocalDate.of(2026, 6, 1)).next(random);
      Files.write(graphml.resolve("generated-" + i + ".graphml"), GraphmlWriter.standard().toBytes(n));
      EgorTables t = EgorWriter.standard().toTables(List.of(n));
      Files.writeString(egor.resolve("generated-" + i + ".csv3"), t.egos() + "\0" + t.alters() + "\0" + t.aaties(),
          StandardCharsets.UTF_8);
    }
  }
}
