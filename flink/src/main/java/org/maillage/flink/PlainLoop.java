package org.maillage.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The plain single-thread loop the job is compared with (<i>la boucle simple</i>): the same {@link NetworkCheck}
 * on each line in turn, results and bad lines written as they come, the aggregate and the territory fold summed in
 * maps. What the job computes, it computes; only the order of the lines in the outputs may differ.
 *
 * <p>Stateless and thread-safe; a run is single-threaded.
 *
 * @since 0.2
 */
public final class PlainLoop {
  private PlainLoop() {}

  /**
   * Checks every line, writing each result line and bad line followed by a new line; the territory fold is summed
   * and dropped.
   *
   * @param lines the lines
   * @param check the check
   * @param results receives the result lines
   * @param badLines receives the bad lines
   * @return the aggregate: each count's key and its sum, in key order
   * @throws UncheckedIOException if a writer fails
   */
  public static Map<String, Long> run(Iterator<Line> lines, NetworkCheck check, Writer results, Writer badLines) {
    return run(lines, check, results, badLines, Writer.nullWriter());
  }

  /**
   * Checks every line, writing each result line and bad line followed by a new line, and at the end the territory
   * fold's summed parts as the job writes them ({@link TerritoryPart#toJson()}, in no particular order).
   *
   * @param lines the lines
   * @param check the check
   * @param results receives the result lines
   * @param badLines receives the bad lines
   * @param territory receives the lines of the territory fold
   * @return the aggregate: each count's key and its sum, in key order
   * @throws UncheckedIOException if a writer fails
   */
  public static Map<String, Long> run(Iterator<Line> lines, NetworkCheck check, Writer results, Writer badLines,
      Writer territory) {
    Objects.requireNonNull(check, "check");
    Map<String, Long> aggregate = new TreeMap<>();
    TerritoryLines.Sums sums = new TerritoryLines.Sums();
    try {
      while (lines.hasNext()) {
        NetworkCheck.Outcome outcome = check.check(lines.next());
        String result = outcome.result();
        if (result != null) {
          results.write(result);
          results.write('\n');
        } else {
          badLines.write(Objects.requireNonNull(outcome.bad()));
          badLines.write('\n');
        }
        for (Count count : outcome.counts()) {
          aggregate.merge(count.key, count.count, Long::sum);
        }
        for (TerritoryPart part : outcome.territory()) {
          sums.add(part);
        }
      }
      for (TerritoryPart part : sums.parts()) {
        territory.write(part.toJson());
        territory.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PlainLoop: cannot write", e);
    }
    return aggregate;
  }
}
