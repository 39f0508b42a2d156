package org.maillage.sharing;

import org.immutables.value.Value;
import org.maillage.Labelled;

/**
 * What a sharing decision would answer if a missing fact were recorded one way (<i>réponse selon le fait
 * renseigné</i>): the way, as a term ({@link Recording#YES}, {@link Recording#NO}, a category, a care-team basis,
 * a jurisdiction), and the outcome the decision gives with only that fact added to the record; the outcome is
 * {@link SharingOutcome#INCOMPLETE} when another fact would still be missing.
 *
 * <p>This class is immutable and thread-safe, with value equality; it holds no text.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class FactAnswer {
  FactAnswer() {}

  /**
   * Returns the way the fact would be recorded.
   *
   * @return a term of the fact's kind: {@link Recording} for a yes-or-no fact, else a constant of the fact's own
   *     type
   */
  @Value.Parameter
  public abstract Labelled recording();

  /**
   * Returns the outcome the decision gives with the fact recorded that way.
   *
   * @return the outcome; {@link SharingOutcome#INCOMPLETE} when another fact would still be missing
   */
  @Value.Parameter
  public abstract SharingOutcome outcome();

  /**
   * Obtains an answer.
   *
   * @param recording the way the fact would be recorded
   * @param outcome the outcome with the fact recorded that way
   * @return the answer
   */
  public static FactAnswer of(Labelled recording, SharingOutcome outcome) {
    return ImmutableFactAnswer.of(recording, outcome);
  }
}
