package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.referent.ReferentQuality;

/**
 * One professional scored as a possible référent de proximité (<i>candidat référent</i>) on Cultiaux's five
 * qualities, with their rank.
 *
 * <p>The overall score is the mean of the qualities assessed, so that a quality without evidence neither helps
 * nor harms; {@link #assessedQualities()} says how many it rests on. This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class ReferentCandidate {
  ReferentCandidate() {}

  /**
   * Returns the professional.
   *
   * @return the professional's id
   */
  public abstract MemberId professional();

  /**
   * Returns the rank, 1 for the best placed; candidates with equal scores still have distinct ranks, in the
   * order of {@link ReferentRanking#candidates()}.
   *
   * @return the rank, from 1
   */
  public abstract int rank();

  /**
   * Tells whether the professional is designated référent on the date of the ranking.
   *
   * @return true if a designation of theirs is in force
   */
  public abstract boolean designated();

  /**
   * Returns the score of each of the five qualities, in the order of {@link ReferentQuality}.
   *
   * @return the five scores
   */
  public abstract ImmutableList<QualityScore> qualities();

  /**
   * Returns the score of one quality.
   *
   * @param quality a quality
   * @return its score
   */
  public final QualityScore quality(ReferentQuality quality) {
    return qualities().get(quality.ordinal());
  }

  /**
   * Returns the number of qualities with evidence.
   *
   * @return 0 to 5
   */
  public final int assessedQualities() {
    int assessed = 0;
    for (QualityScore score : qualities()) {
      if (score.isAssessed()) {
        assessed++;
      }
    }
    return assessed;
  }

  /**
   * Returns the overall score: the mean of the scores of the assessed qualities.
   *
   * @return the score in [0, 1], undefined when no quality is assessed
   */
  public final Figure score() {
    double sum = 0;
    int assessed = 0;
    for (QualityScore score : qualities()) {
      if (score.isAssessed()) {
        sum += score.score().value();
        assessed++;
      }
    }
    return Figure.ratio(sum, assessed);
  }

  @Value.Check
  void check() {
    ReferentQuality[] all = ReferentQuality.values();
    boolean inOrder = qualities().size() == all.length;
    for (int i = 0; inOrder && i < all.length; i++) {
      inOrder = qualities().get(i).quality() == all[i];
    }
    if (!inOrder) {
      throw new IllegalArgumentException("ReferentCandidate.qualities: give the five qualities once each, in the"
          + " order of ReferentQuality");
    }
  }

  /**
   * Returns a new builder, for the engine and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReferentCandidate}; not thread-safe. */
  public static final class Builder extends ImmutableReferentCandidate.Builder {
    Builder() {}
  }
}
