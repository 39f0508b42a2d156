package org.maillage.core;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.maillage.Language;
import org.maillage.Message;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.EgoMetric;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.Evidence;
import org.maillage.analysis.QualityScore;
import org.maillage.analysis.ReferentCandidate;
import org.maillage.analysis.ReferentRanking;
import org.maillage.core.analysis.EgoMetricsComputation;
import org.maillage.core.analysis.ReferentRankingComputation;
import org.maillage.core.message.MessageFormatter;
import org.maillage.network.Network;

/**
 * Analyses networks (<i>analyse de réseau</i>): what a network <i>is</i>, beside what the {@link Validator}
 * finds wrong with it: the ego-network metrics of a person-centred network, as DOMAIN.md §3 pins them, and the
 * ranking of its professionals as référent de proximité on Cultiaux's five qualities.
 *
 * <pre>{@code
 * EgoNetworkMetrics metrics = NetworkAnalysis.egoMetrics(network, AnalysisSettings.asOf(LocalDate.of(2026, 12, 1)));
 * Figure density = metrics.density();            // undefined below two alters, never NaN
 * double constraint = metrics.constraint().orElse(0);
 * System.out.println(NetworkAnalysis.render(metrics, Locale.FRENCH));
 *
 * ReferentRanking ranking = NetworkAnalysis.rankReferents(network, AnalysisSettings.asOf(LocalDate.of(2026, 12, 1)));
 * System.out.println(NetworkAnalysis.render(ranking, Locale.ENGLISH));
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

  /**
   * Ranks the professionals current on the settings' date as référent de proximité (Cultiaux, 004) on the five
   * qualities, each scored from its evidence, a quality without evidence "not assessed" rather than 0. What is
   * read for each quality: the recorded horizon and a tie to the person (proximity), the share of the other
   * current individuals tied to them (centrality), the months of involvement behind and ahead (permanence), and
   * for every quality the latest recorded {@link org.maillage.referent.QualityAssessment}; flexibility and
   * proactivity have only the recorded assessments. See {@link ReferentRanking} for the order.
   *
   * <p>Linear in the members, ties, designations and assessments, plus sorting the professionals.
   *
   * @param network any network, person-centred or not
   * @param settings the date of the ranking
   * @return the ranking, possibly without candidate
   */
  public static ReferentRanking rankReferents(Network network, AnalysisSettings settings) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(settings, "settings");
    return ReferentRankingComputation.compute(network, settings);
  }

  /**
   * Renders a référent ranking in the reader's language: one line per candidate (rank, id, overall score with
   * three decimals, number of qualities assessed, whether designated), then each quality with its score or
   * "not assessed", then each piece of evidence.
   *
   * @param ranking a ranking made by {@link #rankReferents}
   * @param locale the reader's locale; French for {@code fr}, else English
   * @return the text, lines ended by {@code \n}
   */
  public static String render(ReferentRanking ranking, Locale locale) {
    Objects.requireNonNull(ranking, "ranking");
    Locale language = Language.of(locale).locale();
    ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.core.Messages", language);
    String undefined = bundle.getString(UNDEFINED);
    String notAssessed = bundle.getString("maillage.referent.not-assessed");
    StringBuilder text = new StringBuilder();
    for (ReferentCandidate candidate : ranking.candidates()) {
      String key = candidate.designated() ? "maillage.referent.candidate-designated" : "maillage.referent.candidate";
      text.append(MessageFormatter.format(bundle.getString(key), ImmutableMap.of("rank", candidate.rank(),
          "professional", candidate.professional(), "score", candidate.score().format(3, language, undefined),
          "assessed", candidate.assessedQualities()), language)).append('\n');
      for (QualityScore quality : candidate.qualities().values()) {
        String score = quality.isAssessed() ? quality.score().format(3, language, undefined) : notAssessed;
        text.append("  ").append(MessageFormatter.format(bundle.getString("maillage.referent.quality"),
            ImmutableMap.of("quality", quality.quality(), "score", score), language)).append('\n');
        for (Evidence evidence : quality.evidence()) {
          Message message = evidence.message();
          text.append("    - ").append(MessageFormatter.format(bundle.getString(message.key()),
              message.arguments(), language)).append('\n');
        }
      }
    }
    return text.toString();
  }
}
