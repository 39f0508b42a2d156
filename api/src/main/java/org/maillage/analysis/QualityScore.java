package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.maillage.referent.ReferentQuality;

/**
 * The score of one candidate on one of Cultiaux's five qualities (<i>score d'une qualité</i>), with the
 * evidence it rests on: the mean of the evidence values, or not assessed when there is no evidence.
 *
 * <p>"Not assessed" is its own state, never 0: {@link #score()} is then {@link Figure#undefined()}, and a
 * ranking leaves the quality out rather than counting it against the candidate. This class is immutable and
 * thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class QualityScore {
  QualityScore() {}

  /**
   * Returns the quality scored.
   *
   * @return the quality
   */
  @Value.Parameter
  public abstract ReferentQuality quality();

  /**
   * Returns the evidence, in the order it was read.
   *
   * @return the evidence; empty when the quality is not assessed
   */
  @Value.Parameter
  public abstract ImmutableList<Evidence> evidence();

  /**
   * Tells whether there is evidence for the quality.
   *
   * @return true if assessed
   */
  public final boolean isAssessed() {
    return !evidence().isEmpty();
  }

  /**
   * Returns the score: the mean of the evidence values.
   *
   * @return the score in [0, 1], or undefined when the quality is not assessed
   */
  public final Figure score() {
    ImmutableList<Evidence> evidence = evidence();
    double sum = 0;
    for (int i = 0; i < evidence.size(); i++) {
      sum += evidence.get(i).value();
    }
    return Figure.ratio(sum, evidence.size());
  }

  /**
   * Obtains a score.
   *
   * @param quality the quality
   * @param evidence the evidence, possibly empty
   * @return the score
   */
  public static QualityScore of(ReferentQuality quality, Iterable<? extends Evidence> evidence) {
    return ImmutableQualityScore.of(quality, evidence);
  }
}
