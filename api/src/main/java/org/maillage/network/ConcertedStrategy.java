package org.maillage.network;

import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * The concerted strategy of a collective network intervention (<i>stratégie concertée</i>): its kind and its
 * statement.
 *
 * <p>This class is immutable and thread-safe; the statement is free text, left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ConcertedStrategy {
  ConcertedStrategy() {}

  /**
   * Returns the kind of strategy.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract StrategyKind kind();

  /**
   * Returns the statement of the strategy.
   *
   * @return the statement, not blank
   */
  @Value.Parameter
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  @Value.Redacted
  public abstract String statement();

  /**
   * Obtains a strategy.
   *
   * @param kind the kind
   * @param statement the statement
   * @return the strategy
   * @throws InvalidModelException if the statement is blank
   */
  public static ConcertedStrategy of(StrategyKind kind, String statement) {
    return ImmutableConcertedStrategy.of(kind, statement);
  }

  @Value.Check
  void check() {
    if (statement().isBlank()) {
      throw new InvalidModelException(ModelProblem.of("ConcertedStrategy", "statement",
          "is blank; state what the partners pursue"));
    }
  }
}
