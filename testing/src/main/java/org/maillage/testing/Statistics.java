package org.maillage.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Statistics of a {@link Property}'s tries (<i>statistiques de couverture</i>): which interesting shapes the
 * generators reached, and how often. A property collects a value under a label on each try; a coverage
 * requirement says that a value must make at least a given share of the values collected under its label, and
 * fails the property when the tries end without it (not when one seed is replayed): when the value was never
 * collected, or when its share is below the minimum beyond chance, the upper end of its Wilson score interval at
 * {@value #Z} standard deviations being below the minimum. Fresh seeds every run must not make a property fail by
 * an unlucky draw of shapes the generators do reach as often as required; a generator that misses a shape, or
 * reaches it clearly less often, still fails.
 *
 * <pre>{@code
 * Statistics.label("ties").collect(network.ties().isEmpty() ? "none" : "some");
 * Statistics.label("ties").coverage("some", 50);
 * }</pre>
 *
 * <p>Each property's statistics belong to the thread that runs it; outside a property, collecting does nothing.
 *
 * @since 0.1
 */
public final class Statistics {

  /**
   * How sure a coverage miss must be before it fails a property: 3.29 standard deviations, a one-sided chance of
   * about 1 in 2,000 that generators meeting their share are failed by an unlucky draw.
   */
  static final double Z = 3.29;
  private static final ThreadLocal<Statistics> CURRENT = new ThreadLocal<>();

  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
  private final Map<String, Map<String, Double>> requirements = new LinkedHashMap<>();

  Statistics() {}

  /**
   * Returns the collector of one label of the current property.
   *
   * @param label the label
   * @return its collector
   */
  public static Label label(String label) {
    Objects.requireNonNull(label, "label");
    return new Label(label);
  }

  /** The collector of one label. */
  public static final class Label {
    private final String label;

    private Label(String label) {
      this.label = label;
    }

    /**
     * Counts one value under this label.
     *
     * @param value the value, rendered with {@code String.valueOf}
     */
    public void collect(Object value) {
      Statistics statistics = CURRENT.get();
      if (statistics != null) {
        statistics.counts.computeIfAbsent(label, k -> new TreeMap<>()).merge(String.valueOf(value), 1, Integer::sum);
      }
    }

    /**
     * Requires that a value makes at least a share of the values collected under this label.
     *
     * @param value the value, rendered with {@code String.valueOf}
     * @param minimumPercent the smallest share, in percent
     */
    public void coverage(Object value, double minimumPercent) {
      Statistics statistics = CURRENT.get();
      if (statistics != null) {
        statistics.requirements.computeIfAbsent(label, k -> new LinkedHashMap<>())
            .put(String.valueOf(value), minimumPercent);
      }
    }
  }

  static Statistics start() {
    Statistics statistics = new Statistics();
    CURRENT.set(statistics);
    return statistics;
  }

  static void stop() {
    CURRENT.remove();
  }

  /** The statistics as report entries, one per label: {@code value=percent% (count)}. */
  Map<String, String> entries() {
    Map<String, String> entries = new LinkedHashMap<>();
    counts.forEach((label, values) -> {
      int total = values.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder text = new StringBuilder();
      values.forEach((value, count) -> text.append(text.length() == 0 ? "" : ", ").append(value).append('=')
          .append(String.format(java.util.Locale.ROOT, "%.1f%% (%d)", 100.0 * count / total, count)));
      entries.put("statistics " + label, text.toString());
    });
    return entries;
  }

  /**
   * The upper end of the Wilson score interval of a share observed as {@code count} of {@code total}, at
   * {@link #Z}: the largest true share with which so few is still a likely draw.
   */
  static double upperBound(int count, int total) {
    double n = total;
    double p = count / n;
    double z2 = Z * Z;
    return (p + z2 / (2 * n) + Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  }

  /** Returns the unmet coverage requirements, described, or an empty string. */
  String unmetCoverage() {
    StringBuilder unmet = new StringBuilder();
    requirements.forEach((label, required) -> {
      Map<String, Integer> values = counts.getOrDefault(label, Map.of());
      int total = values.values().stream().mapToInt(Integer::intValue).sum();
      required.forEach((value, minimum) -> {
        int count = values.getOrDefault(value, 0);
        double percent = total == 0 ? 0 : 100.0 * count / total;
        if (count == 0 || percent < minimum && upperBound(count, total) < minimum / 100) {
          unmet.append(String.format(java.util.Locale.ROOT,
              "%n  coverage of '%s' = '%s' is %.1f%%, below the %.1f%% required (collected: %s)",
              label, value, percent, minimum, values));
        }
      });
    });
    return unmet.toString();
  }
}
