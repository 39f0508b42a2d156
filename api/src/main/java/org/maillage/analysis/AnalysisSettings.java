package org.maillage.analysis;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.network.TieQuality;

/**
 * What an analysis is computed against (<i>paramètres d'analyse</i>): the date as of which members are current,
 * the table that turns a tie's quality into the weight of the weighted figures, and the score from which a form
 * scores high in a classification.
 *
 * <p>The date is required: the engine never reads the wall clock. The weight table ({@link #tieWeights()})
 * holds only the qualities whose weight is changed; every other quality weighs its default, given by
 * {@link #defaultWeight(TieQuality)}:
 *
 * <table>
 *   <caption>Default tie weights</caption>
 *   <tr><th>quality</th><th>weight</th><th>why</th></tr>
 *   <tr><td>{@link TieQuality#STRONG} (<i>fort</i>)</td><td>2</td><td>counts double</td></tr>
 *   <tr><td>{@link TieQuality#ORDINARY} (<i>ordinaire</i>)</td><td>1</td><td>the quality of a tie recorded
 *     without one, so it weighs what egor gives a tie without a weight</td></tr>
 *   <tr><td>{@link TieQuality#WEAK} (<i>faible</i>)</td><td>0.5</td><td>counts half</td></tr>
 *   <tr><td>{@link TieQuality#STRESSFUL} (<i>source de tension</i>)</td><td>0.5</td><td>a tie that costs as
 *     much as it gives counts half</td></tr>
 * </table>
 *
 * <p>A weight may be 0: the tie still counts as a tie in every unweighted figure (DOMAIN.md §3).
 *
 * <pre>{@code
 * AnalysisSettings settings = AnalysisSettings.builder()
 *     .date(LocalDate.of(2026, 12, 1))
 *     .putTieWeight(TieQuality.STRESSFUL, 0)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class AnalysisSettings {
  AnalysisSettings() {}

  /**
   * Returns the date as of which the network is analysed: the members current on it are the alters.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the weights that replace the defaults, by tie quality.
   *
   * @return the changed weights, each finite and not negative; empty by default
   */
  public abstract ImmutableMap<TieQuality, Double> tieWeights();

  /**
   * Returns the score from which a form, a partnership or a network <i>scores high</i> in a
   * {@link Classification}.
   *
   * @return the threshold, from 0 to 1; 0.5 by default
   */
  @Value.Default
  public double formThreshold() {
    return 0.5;
  }

  /**
   * Returns the weight of a tie of a quality: its entry in {@link #tieWeights()}, else its
   * {@linkplain #defaultWeight(TieQuality) default}.
   *
   * @param quality the tie's quality
   * @return the weight, finite and not negative
   */
  public final double weightOf(TieQuality quality) {
    Double weight = tieWeights().get(quality);
    return weight != null ? weight : defaultWeight(quality);
  }

  /**
   * Returns the default weight of a quality, as the table in the class documentation gives it.
   *
   * @param quality a tie quality
   * @return 2 for strong, 1 for ordinary, 0.5 for weak and stressful
   */
  public static double defaultWeight(TieQuality quality) {
    switch (quality) {
      case STRONG:
        return 2;
      case ORDINARY:
        return 1;
      default:
        return 0.5;
    }
  }

  /**
   * Obtains the settings for a date, every weight at its default.
   *
   * @param date the date as of which the network is analysed
   * @return the settings
   */
  public static AnalysisSettings asOf(LocalDate date) {
    return builder().date(date).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!(formThreshold() >= 0 && formThreshold() <= 1)) {
      throw new InvalidModelException(ModelProblem.of("AnalysisSettings", "formThreshold",
          "the threshold " + formThreshold() + " is not a score; give a number from 0 to 1"));
    }
    for (Map.Entry<TieQuality, Double> e : tieWeights().entrySet()) {
      double weight = e.getValue();
      if (!Double.isFinite(weight) || weight < 0) {
        throw new InvalidModelException(ModelProblem.of("AnalysisSettings", "tieWeights[" + e.getKey() + "]",
            "the weight " + weight + " is not a finite number at least 0; give 0 or more (0 keeps the tie)"));
      }
    }
  }

  /** Builds {@link AnalysisSettings}; not thread-safe. */
  public static final class Builder extends ImmutableAnalysisSettings.Builder {
    Builder() {}
  }
}
