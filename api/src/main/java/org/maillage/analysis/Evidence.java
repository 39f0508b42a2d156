package org.maillage.analysis;

import org.immutables.value.Value;
import org.maillage.Message;

/**
 * One piece of evidence behind a score (<i>élément de preuve</i>): what was read in the network, as a message
 * to render in French or English (its key and named arguments: ids, dates, terms, never a name or a note), and
 * the value in [0, 1] it gives the score.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /**
   * Returns what was read, as a message of the engine's analysis bundle.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract Message message();

  /**
   * Returns the value this evidence gives the score.
   *
   * @return a number from 0 to 1
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Obtains a piece of evidence.
   *
   * @param message what was read
   * @param value the value it gives, from 0 to 1
   * @return the evidence
   * @throws IllegalArgumentException if {@code value} is not between 0 and 1
   */
  public static Evidence of(Message message, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("Evidence.of: value " + value + " of " + message.key()
          + " is not between 0 and 1; scale it to [0, 1]");
    }
    return ImmutableEvidence.of(message, value);
  }
}
