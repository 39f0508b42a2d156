package org.maillage.core;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.maillage.Language;
import org.maillage.Message;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.analysis.Feature;
import org.maillage.analysis.FormScore;
import org.maillage.analysis.FormScoreChange;
import org.maillage.analysis.MetricChange;
import org.maillage.analysis.NetworkChange;
import org.maillage.analysis.SectorShift;
import org.maillage.analysis.EgoMetric;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.Evidence;
import org.maillage.analysis.QualityScore;
import org.maillage.analysis.ReferentCandidate;
import org.maillage.analysis.ReferentRanking;
import org.maillage.core.analysis.ChangeComputation;
import org.maillage.core.analysis.EgoMetricsComputation;
import org.maillage.core.analysis.FormClassifier;
import org.maillage.core.analysis.ReferentRankingComputation;
import org.maillage.core.message.MessageFormatter;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;

/**
 * Analyses networks (<i>analyse de réseau</i>): what a network <i>is</i>, beside what the {@link Validator}
 * finds wrong with it: which of the five forms its structure shows and whether it is a partnership or a network,
 * the ego-network metrics of a person-centred network, as DOMAIN.md §3 pins them, and the ranking of its
 * professionals as référent de proximité on Cultiaux's five qualities; and what changed between two dated
 * versions.
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
      for (QualityScore quality : candidate.qualities()) {
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

  /**
   * Classifies a network by the five forms (000) and as partnership or network (001, 002), from its structure on
   * the settings' date: each score is Σ weight × value ÷ Σ weight over transparent features taken from DOMAIN.md
   * §1 and §2, listed with their weights in each score. Declared forms are never read. See
   * {@link Classification} for the outcomes: forms that score high, coexisting forms, none with the closest
   * form, and the multi-professional follow-up. The features (weight) of each score, each valued 1 when met
   * (the share of members for the reciprocal exchanges of mutual aid), else 0:
   *
   * <table>
   *   <caption>Features and weights</caption>
   *   <tr><th>score</th><th>feature (weight): value</th></tr>
   *   <tr><td>pairing</td><td>built around a person (1); exactly two current professionals (4); the two
   *     from two different organisations (1); the two under different mandates (1)</td></tr>
   *   <tr><td>inter-institutional</td><td>a theme (2); a territory (2); two institutions or more take part
   *     (2)</td></tr>
   *   <tr><td>network intervention</td><td>built around a person (2); a mobilised primary member (3)</td></tr>
   *   <tr><td>mutual aid</td><td>not built around a person (1); two members or more who are not professionals
   *     (1); the share of them who both give and receive support (2); no professional gives or receives support
   *     (1)</td></tr>
   *   <tr><td>collective</td><td>a concerted strategy (4); two institutions or more take part, associations of
   *     inhabitants or users included (2)</td></tr>
   *   <tr><td>partnership</td><td>no current member but professionals (2); formalised by a charter or a
   *     convention (2); a common project (1); organised formally (1)</td></tr>
   *   <tr><td>network</td><td>built around a person (2); members who are not professionals (1); a mobilised
   *     primary member (1); organised informally: an actor logic (1)</td></tr>
   * </table>
   *
   * <p>Each form is scored on the conditions of its definition (DOMAIN.md §2) only, so a network that meets the
   * definition scores 1 for it; institutions are counted as DOMAIN.md §2 counts them.
   *
   * <p>Linear in the members, ties and organisations.
   *
   * @param network any network
   * @param settings the date and the threshold ({@link AnalysisSettings#formThreshold()})
   * @return the classification
   */
  public static Classification classify(Network network, AnalysisSettings settings) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(settings, "settings");
    return FormClassifier.classify(network, settings);
  }

  /**
   * Renders a classification in the reader's language: each form with its score and features ([x] when met,
   * with its weight), the forms that score high or the closest one, the multi-professional follow-up when it
   * applies, and the partnership or network verdict with its features.
   *
   * @param classification a classification made by {@link #classify}
   * @param locale the reader's locale; French for {@code fr}, else English
   * @return the text, lines ended by {@code \n}
   */
  public static String render(Classification classification, Locale locale) {
    Objects.requireNonNull(classification, "classification");
    Locale language = Language.of(locale).locale();
    ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.core.Messages", language);
    StringBuilder text = new StringBuilder(bundle.getString("maillage.classification.legend")).append('\n');
    for (FormScore form : classification.forms()) {
      text.append(MessageFormatter.format(bundle.getString("maillage.classification.form"), ImmutableMap.of(
          "form", form.form(), "score", decimals(form.score(), language)), language)).append('\n');
      features(form.features(), bundle, language, text);
    }
    String threshold = decimals(classification.threshold(), language);
    if (classification.highForms().isEmpty()) {
      text.append(MessageFormatter.format(bundle.getString("maillage.classification.none"), ImmutableMap.of(
          "threshold", threshold, "form", classification.closestForm().form()), language)).append('\n');
    } else {
      StringBuilder forms = new StringBuilder();
      for (NetworkForm form : classification.highForms()) {
        forms.append(forms.length() == 0 ? "" : ", ").append(form.label(language));
      }
      text.append(MessageFormatter.format(bundle.getString("maillage.classification.high"), ImmutableMap.of(
          "threshold", threshold, "forms", forms.toString()), language)).append('\n');
      if (classification.coexisting()) {
        text.append(bundle.getString("maillage.classification.coexist")).append('\n');
      }
    }
    if (classification.multiProfessionalFollowUp()) {
      text.append(bundle.getString("maillage.classification.follow-up")).append('\n');
    }
    text.append(MessageFormatter.format(bundle.getString("maillage.classification.arrangement"), ImmutableMap.of(
        "partnership", decimals(classification.partnershipScore(), language),
        "network", decimals(classification.networkScore(), language),
        "verdict", classification.verdict()), language)).append('\n');
    features(classification.partnershipFeatures(), bundle, language, text);
    features(classification.networkFeatures(), bundle, language, text);
    return text.toString();
  }

  private static void features(Iterable<Feature> features, ResourceBundle bundle, Locale language,
      StringBuilder text) {
    for (Feature feature : features) {
      Message message = feature.message();
      text.append(feature.isMet() ? "  [x] " : "  [ ] ")
          .append(MessageFormatter.format(bundle.getString(message.key()), message.arguments(), language))
          .append(" (").append(MessageFormatter.format(bundle.getString("maillage.classification.weight"),
              ImmutableMap.of("weight", decimals(feature.weight(), language)), language)).append(")\n");
    }
  }

  /** A number with up to three decimals, trailing zeros dropped, in the reader's language. */
  private static String decimals(double value, Locale language) {
    String text = String.format(language, "%.3f", value);
    int end = text.length();
    while (text.charAt(end - 1) == '0') {
      end--;
    }
    if (!Character.isDigit(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * Compares two dated versions of one network, each judged as of its own settings' date: members who joined
   * and left, ties added, removed or changed, sector shifts, référents designated or no longer, form scores that
   * moved, and the difference of every single-number ego-network figure (see {@link NetworkChange}).
   *
   * <p>Linear in the members, ties and designations of both versions, plus classifying both and, when both are
   * person-centred, computing both ego networks.
   *
   * @param before the earlier version
   * @param beforeSettings its date (and the tie weights and threshold it is read with)
   * @param after the later version, with the same id
   * @param afterSettings its date
   * @return the change
   * @throws IllegalArgumentException if the two versions have different network ids
   */
  public static NetworkChange compare(Network before, AnalysisSettings beforeSettings, Network after,
      AnalysisSettings afterSettings) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(beforeSettings, "beforeSettings");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(afterSettings, "afterSettings");
    return ChangeComputation.compare(before, beforeSettings, after, afterSettings);
  }

  /**
   * Compares one network value at two dates: {@code compare(network, from, network, to)}.
   *
   * @param network the network
   * @param from the earlier date's settings
   * @param to the later date's settings
   * @return the change
   */
  public static NetworkChange compare(Network network, AnalysisSettings from, AnalysisSettings to) {
    return compare(network, from, network, to);
  }

  /**
   * Renders a change in the reader's language, one line per kind of change, figures with three decimals.
   *
   * @param change a change made by {@link #compare}
   * @param locale the reader's locale; French for {@code fr}, else English
   * @return the text, lines ended by {@code \n}
   */
  public static String render(NetworkChange change, Locale locale) {
    Objects.requireNonNull(change, "change");
    Locale language = Language.of(locale).locale();
    ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.core.Messages", language);
    String undefined = bundle.getString(UNDEFINED);
    StringBuilder text = new StringBuilder();
    ImmutableMap<String, Object> dates = ImmutableMap.of("from", change.fromDate(), "to", change.toDate());
    if (change.isEmpty()) {
      return line(bundle, "maillage.change.none", dates, language, text).toString();
    }
    line(bundle, "maillage.change.header", dates, language, text);
    list(bundle, "maillage.change.joined", change.joined(), language, text);
    list(bundle, "maillage.change.left", change.left(), language, text);
    list(bundle, "maillage.change.ties-added", change.tiesAdded(), language, text);
    list(bundle, "maillage.change.ties-removed", change.tiesRemoved(), language, text);
    list(bundle, "maillage.change.ties-changed", change.tiesChanged(), language, text);
    for (SectorShift shift : change.sectorShifts()) {
      line(bundle, "maillage.change.sector", ImmutableMap.of("member", shift.member(), "before", shift.before(),
          "after", shift.after()), language, text);
    }
    list(bundle, "maillage.change.referents-designated", change.referentsDesignated(), language, text);
    list(bundle, "maillage.change.referents-ended", change.referentsEnded(), language, text);
    for (FormScoreChange form : change.formScores()) {
      line(bundle, "maillage.change.form", ImmutableMap.of("form", form.form(), "before",
          decimals(form.before(), language), "after", decimals(form.after(), language)), language, text);
    }
    for (MetricChange metric : change.metrics()) {
      if (!metric.before().equals(metric.after())) {
        int places = metric.metric().isCount() ? 0 : 3;
        line(bundle, "maillage.change.metric", ImmutableMap.of("metric", metric.metric(),
            "before", metric.before().format(places, language, undefined),
            "after", metric.after().format(places, language, undefined),
            "difference", metric.difference().format(places, language, undefined)), language, text);
      }
    }
    return text.toString();
  }

  private static StringBuilder line(ResourceBundle bundle, String key, java.util.Map<String, Object> arguments,
      Locale language, StringBuilder text) {
    return text.append(MessageFormatter.format(bundle.getString(key), arguments, language)).append('\n');
  }

  private static void list(ResourceBundle bundle, String key, List<?> ids, Locale language, StringBuilder text) {
    if (!ids.isEmpty()) {
      StringBuilder joined = new StringBuilder();
      for (Object id : ids) {
        joined.append(joined.length() == 0 ? "" : ", ").append(MessageFormatter.render(id, language));
      }
      line(bundle, key, ImmutableMap.of("ids", joined.toString()), language, text);
    }
  }
}
