package org.maillage.analysis;

import org.immutables.value.Value;
import org.maillage.Message;

/**
 * One feature of a classification (<i>critère</i>): what was looked for and found, as a message to render in
 * French or English (its arguments name the members, organisations and counts that decided it: ids, never a
 * name), its weight in the score, and how far it is met, from 0 (not at all) to 1 (fully).
 *
 * <p>A score is Σ weight × value ÷ Σ weight over its features. This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Feature {
  Feature() {}

  /**
   * Returns what was looked for and found, as a message of the engine's analysis bundle.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract Message message();

  /**
   * Returns the weight of the feature in its score.
   *
   * @return a positive weight
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * Returns how far the feature is met.
   *
   * @return from 0 to 1
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Tells whether the feature is fully met.
   *
   * @return true when the value is 1
   */
  public final boolean isMet() {
    return value() == 1;
  }

  /**
   * Obtains a feature.
   *
   * @param message what was looked for and found
   * @param weight its weight, positive
   * @param value how far it is met, from 0 to 1
   * @return the feature
   * @throws IllegalArgumentException if the weight is not positive or the value not between 0 and 1
   */
  public static Feature of(Message message, double weight, double value) {
    if (!(weight > 0) || Double.isInfinite(weight) || !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("Feature.of: " + message.key() + " has weight " + weight + " and value "
          + value + "; give a positive finite weight and a value in [0, 1]");
    }
    return ImmutableFeature.of(message, weight, value);
  }

  /**
   * Returns the score of a list of features: Σ weight × value ÷ Σ weight.
   *
   * @param features the features
   * @return the score in [0, 1]; undefined for no feature
   */
  public static Figure score(Iterable<Feature> features) {
    double weighted = 0;
    double weights = 0;
    for (Feature feature : features) {
      weighted += feature.weight() * feature.value();
      weights += feature.weight();
    }
    return Figure.ratio(weighted, weights);
  }
}
