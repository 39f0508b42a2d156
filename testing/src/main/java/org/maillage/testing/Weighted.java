package org.maillage.testing;

import java.util.List;

/**
 * A value with a weight, for {@link Gen#frequency} and {@link Gen#frequencyOf}.
 *
 * @param <T> the type of the value
 * @param weight the weight, at least 0
 * @param value the value
 * @since 0.1
 */
public record Weighted<T>(int weight, T value) {

  /**
   * Checks the weight.
   *
   * @param weight the weight
   * @param value the value
   * @throws IllegalArgumentException when the weight is negative
   */
  public Weighted {
    if (weight < 0) {
      throw new IllegalArgumentException("Weighted: weight " + weight + " is negative");
    }
  }

  /**
   * Returns a value with a weight.
   *
   * @param <T> the type of the value
   * @param weight the weight
   * @param value the value
   * @return the weighted value
   */
  public static <T> Weighted<T> of(int weight, T value) {
    return new Weighted<>(weight, value);
  }

  static int total(List<? extends Weighted<?>> choices) {
    int total = 0;
    for (Weighted<?> choice : choices) {
      total += choice.weight();
    }
    if (total <= 0) {
      throw new IllegalArgumentException("Weighted: no choice has a positive weight");
    }
    return total;
  }

  static <T> T pick(List<? extends T> choices, int ticket) {
    int remaining = ticket;
    for (T choice : choices) {
      remaining -= ((Weighted<?>) choice).weight();
      if (remaining < 0) {
        return choice;
      }
    }
    throw new IllegalStateException("ticket " + ticket + " beyond the total weight");
  }
}
