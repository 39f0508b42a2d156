package org.maillage.core;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.maillage.Language;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.EgoMetric;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.core.analysis.EgoMetricsComputation;
import org.maillage.network.Network;

/**
 * Analyses networks (<i>analyse de réseau</i>): what a network <i>is</i>, beside what the {@link Validator}
 * finds wrong with it. Today the ego-network metrics of a person-centred network, as DOMAIN.md §3 pins them.
 *
 * <pre>{@code
 * EgoNetworkMetrics metrics = NetworkAnalysis.egoMetrics(network, AnalysisSettings.asOf(LocalDate.of(2026, 12, 1)));
 * Figure density = metrics.density();            // undefined below two alters, never NaN
 * double constraint = metrics.constraint().orElse(0);
 * System.out.println(NetworkAnalysis.render(metrics, Locale.FRENCH));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe; the results are immutable values, equal for the same network
 * and settings. Nothing is logged.
 *
 * @since 0.2
 */
public final class NetworkAnalysis {
  /** The message key of the text shown for an undefined figure. */
  public static final String UNDEFINED = "maillage.analysis.undefined";

  private NetworkAnalysis() {}

  /**
   * Computes the ego-network metrics of a person-centred network: ego is the focal person, the alters the
   * members current on the settings' date. See {@link EgoNetworkMetrics} for every figure and its formula.
   *
   * <p>Linear in the members and ties for every figure except the all-pairs ones: degree, betweenness and
   * closeness of everyone (Brandes' algorithm) and brokerage, which cost O(V·E) with V = N + 1 individuals and
   * E the tied pairs, ego's included.
   *
   * @param network a person-centred network (one with a focal person)
   * @param settings the date as of which members are current, and the tie weights
   * @return the metrics
   * @throws IllegalArgumentException if the network has no focal person
   */
  public static EgoNetworkMetrics egoMetrics(Network network, AnalysisSettings settings) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(settings, "settings");
    return EgoMetricsComputation.compute(network, settings);
  }

  /**
   * Renders the single-number figures as a table of two columns, one line each, label then value (counts
   * without decimals, other figures with three), in the reader's language ({@code densité | 0,333} in French).
   *
   * @param metrics metrics computed by {@link #egoMetrics}
   * @param locale the reader's locale; French for {@code fr}, else English
   * @return the table, lines ended by {@code \n}
   */
  public static String render(EgoNetworkMetrics metrics, Locale locale) {
    Objects.requireNonNull(metrics, "metrics");
    Language language = Language.of(locale);
    String undefined = ResourceBundle.getBundle("org.maillage.core.Messages", language.locale()).getString(UNDEFINED);
    EgoMetric[] all = EgoMetric.values();
    String[] labels = new String[all.length];
    int width = 0;
    for (int i = 0; i < all.length; i++) {
      labels[i] = all[i].label(language.locale());
      width = Math.max(width, labels[i].length());
    }
    StringBuilder table = new StringBuilder(all.length * (width + 16));
    for (int i = 0; i < all.length; i++) {
      table.append(labels[i]).append(" ".repeat(width - labels[i].length())).append(" | ")
          .append(metrics.figure(all[i]).format(all[i].isCount() ? 0 : 3, language.locale(), undefined)).append('\n');
    }
    return table.toString();
  }
}
