package org.maillage.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maillage.formats.json.NetworkJsonLinesWriter;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;

/**
 * Writes the example networks ({@link Scenarios#all()}, and the flawed pairing) as {@code maillage/1} JSON files,
 * one per network, and all of them as JSON Lines ({@code examples.jsonl}, which the demo gives the command line),
 * the ones committed under {@code examples/networks/}:
 *
 * <pre>
 * mvn -q -B -pl examples -am compile exec:java -Dexec.mainClass=org.maillage.examples.ExportExamples \
 *     -Dexec.args=examples/networks
 * </pre>
 *
 * <p>A test checks that the committed files are what this program writes.
 */
public final class ExportExamples {
  private ExportExamples() {}

  /**
   * Returns the example networks by file name (without extension), in a fixed order.
   *
   * @return the networks
   */
  public static Map<String, Network> networks() {
    Map<String, Network> all = new LinkedHashMap<>(Scenarios.all());
    all.put("flawed-pairing", Scenarios.pairingWithinOneService());
    return all;
  }

  /**
   * Writes the files.
   *
   * @param args the folder (default {@code examples/networks})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "examples/networks");
    Files.createDirectories(folder);
    NetworkJsonWriter writer = NetworkJsonWriter.create().indented();
    for (Map.Entry<String, Network> e : networks().entrySet()) {
      Path file = folder.resolve(e.getKey() + ".json");
      Files.writeString(file, writer.write(e.getValue()) + "\n", StandardCharsets.UTF_8);
      System.out.println("written: " + file);
    }
    Path lines = folder.resolve("examples.jsonl");
    try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
      NetworkJsonLinesWriter.create().writeAll(networks().values().iterator(), out);
    }
    System.out.println("written: " + lines);
  }
}
