package org.maillage.benchmarks;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a JSON Lines stream of the 60-member network ({@link Networks#personCentred(int)}) to standard output, made
 * as it is written and never stored, so that the command line can be measured on 100,000 networks with a constant
 * heap:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.maillage.benchmarks.LinesToStandardOutput 100000 \
 *   | java -Xmx256m -jar cli/target/maillage-cli.jar validate --input jsonl --format json --date 2026-06-01 - \
 *   &gt; /dev/null
 * </pre>
 *
 * @since 0.2
 */
public final class LinesToStandardOutput {
  private LinesToStandardOutput() {}

  /**
   * Writes the stream.
   *
   * @param args the number of lines (default 100,000) and the members of the network (default 60)
   * @throws IOException if standard output fails
   */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    char[] buffer = new char[65_536];
    try (GeneratedLines lines = new GeneratedLines(Networks.personCentred(members), count);
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
      for (int n = lines.read(buffer, 0, buffer.length); n > 0; n = lines.read(buffer, 0, buffer.length)) {
        out.write(buffer, 0, n);
      }
    }
  }
}
