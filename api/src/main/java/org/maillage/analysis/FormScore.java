package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.maillage.network.NetworkForm;

/**
 * How far a network's structure shows one of the five forms (<i>score d'une forme</i>), with the features that
 * decided it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class FormScore {
  FormScore() {}

  /**
   * Returns the form scored.
   *
   * @return the form
   */
  @Value.Parameter
  public abstract NetworkForm form();

  /**
   * Returns the features, in the order of the form's definition.
   *
   * @return at least one feature
   */
  @Value.Parameter
  public abstract ImmutableList<Feature> features();

  /**
   * Returns the score, Σ weight × value ÷ Σ weight over the features.
   *
   * @return a number from 0 to 1
   */
  public final double score() {
    return Feature.score(features()).orElse(0);
  }

  /**
   * Returns the features not fully met: what the network lacks for the form.
   *
   * @return the features whose value is below 1, in order
   */
  public final ImmutableList<Feature> lacking() {
    ImmutableList.Builder<Feature> lacking = ImmutableList.builder();
    for (Feature feature : features()) {
      if (!feature.isMet()) {
        lacking.add(feature);
      }
    }
    return lacking.build();
  }

  /**
   * Obtains a form score.
   *
   * @param form the form
   * @param features its features, at least one
   * @return the score
   * @throws IllegalArgumentException if there is no feature
   */
  public static FormScore of(NetworkForm form, Iterable<? extends Feature> features) {
    FormScore score = ImmutableFormScore.of(form, features);
    if (score.features().isEmpty()) {
      throw new IllegalArgumentException("FormScore.of: " + form + " has no feature; give at least one");
    }
    return score;
  }
}
