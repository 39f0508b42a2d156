package org.maillage.network;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * An evaluation of the network's work (<i>évaluation</i>).
 *
 * <p>This class is immutable and thread-safe; the outcome is left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /**
   * Returns the day of the evaluation.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the outcome, in the network's words.
   *
   * @return the outcome, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> outcome();

  /**
   * Obtains an evaluation without outcome text.
   *
   * @param date the day
   * @return the evaluation
   */
  public static Evaluation of(LocalDate date) {
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

  /** Builds an {@link Evaluation}; not thread-safe. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}
