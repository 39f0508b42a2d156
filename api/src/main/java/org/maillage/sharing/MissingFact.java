package org.maillage.sharing;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;

/**
 * A fact a sharing decision turns on and that the record does not show (<i>fait non renseigné</i>, DOMAIN.md
 * §4, "Unknown is not no"): its kind, about whom, and, where known, what the decision would answer for each way
 * of recording it.
 *
 * <pre>{@code
 * if (decision.outcome() == SharingOutcome.INCOMPLETE) {
 *   for (MissingFact fact : decision.missingFacts()) {
 *     // record fact.kind() about fact.about(); fact.answers() says what each recording would give
 *   }
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, with value equality; it holds ids and terms, no text.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class MissingFact {
  MissingFact() {}

  /**
   * Returns the kind of fact to record.
   *
   * @return the kind
   */
  public abstract FactKind kind();

  /**
   * Returns whom the fact is about.
   *
   * @return the member (a professional, the person), or empty for a fact about the network itself, such as its
   *     jurisdiction
   */
  public abstract Optional<MemberId> about();

  /**
   * Returns what the decision would answer for each way of recording the fact, that fact alone added.
   *
   * @return the answers, in the order of the ways; empty when not known (the jurisdiction: no policy to ask)
   */
  public abstract ImmutableList<FactAnswer> answers();

  /**
   * Obtains a missing fact about a member.
   *
   * @param kind the kind of fact
   * @param about whom it is about
   * @param answers the answer for each way of recording it
   * @return the missing fact
   */
  public static MissingFact of(FactKind kind, MemberId about, Iterable<? extends FactAnswer> answers) {
    return ImmutableMissingFact.builder().kind(kind).about(about).answers(answers).build();
  }

  /**
   * Obtains a missing fact about the network itself, such as its jurisdiction.
   *
   * @param kind the kind of fact
   * @param answers the answer for each way of recording it, possibly none
   * @return the missing fact
   */
  public static MissingFact ofNetwork(FactKind kind, Iterable<? extends FactAnswer> answers) {
    return ImmutableMissingFact.builder().kind(kind).answers(answers).build();
  }
}
