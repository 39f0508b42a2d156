package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.NetworkId;

/**
 * The professionals of a network ranked as référent de proximité (<i>classement des référents</i>) on
 * Cultiaux's five qualities: proximity, centrality, flexibility, proactivity and permanence (<i>proximité,
 * centralité, flexibilité, proactivité, pérennité</i>).
 *
 * <p>Candidates are ranked by their overall score (the mean of their assessed qualities), higher first; then by
 * the number of assessed qualities, more first; then by id, so that the order is deterministic. A candidate with
 * no assessed quality comes last. Obtain it with {@code NetworkAnalysis.rankReferents(network, settings)}.
 *
 * <p>This class is immutable and thread-safe; its {@code toString()} shows ids, scores and message keys only.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class ReferentRanking {
  ReferentRanking() {}

  /**
   * Returns the id of the network ranked.
   *
   * @return the network's id
   */
  public abstract NetworkId network();

  /**
   * Returns the date of the ranking.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the candidates: the professionals current on the date, best placed first.
   *
   * @return the candidates in rank order, possibly empty
   */
  public abstract ImmutableList<ReferentCandidate> candidates();

  /**
   * Returns the candidates designated référent on the date, in rank order: the current référents' standing.
   *
   * @return the designated candidates, possibly empty
   */
  public final ImmutableList<ReferentCandidate> currentReferents() {
    ImmutableList.Builder<ReferentCandidate> current = ImmutableList.builder();
    for (ReferentCandidate candidate : candidates()) {
      if (candidate.designated()) {
        current.add(candidate);
      }
    }
    return current.build();
  }

  /**
   * Returns one candidate.
   *
   * @param professional a professional's id
   * @return the candidate, or empty if the professional is not current on the date
   */
  public final Optional<ReferentCandidate> candidate(MemberId professional) {
    for (ReferentCandidate candidate : candidates()) {
      if (candidate.professional().equals(professional)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a new builder, for the engine and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReferentRanking}; not thread-safe. */
  public static final class Builder extends ImmutableReferentRanking.Builder {
    Builder() {}
  }
}
