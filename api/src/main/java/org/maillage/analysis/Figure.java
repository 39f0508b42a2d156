package org.maillage.analysis;

import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One figure of an analysis (<i>indicateur</i>): a finite number, or undefined where the figure has no value
 * for the network at hand (a density with fewer than two alters, an E-I index without a tie...).
 *
 * <p>Undefined is its own state, never {@code NaN} and never 0: a report shows it as undefined, and code must
 * ask {@link #isDefined()} before reading {@link #value()}. {@code Figure.of(Double.NaN)} is refused, so that no
 * {@code NaN} computed by mistake passes for a figure.
 *
 * <pre>{@code
 * Figure density = metrics.density();
 * String shown = density.isDefined() ? String.valueOf(density.value()) : "undefined";
 * double orZero = density.orElse(0);
 * }</pre>
 *
 * <p>Two figures are equal when both are undefined, or both are defined with the same value as
 * {@link Double#compare(double, double)} sees it ({@code 0.0} and {@code -0.0} are told apart; the engine
 * never produces {@code -0.0}). This class is immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Figure {
  private static final Figure UNDEFINED = new Figure(Double.NaN);
  private static final Figure ZERO = new Figure(0);
  private static final Figure ONE = new Figure(1);

  /** The value, or NaN for the one undefined instance; NaN never leaves this class. */
  private final double value;

  private Figure(double value) {
    this.value = value;
  }

  /**
   * Obtains a defined figure.
   *
   * @param value a finite number
   * @return the figure
   * @throws IllegalArgumentException if {@code value} is {@code NaN} or infinite; use {@link #undefined()}
   *     for a figure that has no value
   */
  public static Figure of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Figure.of: " + value + " is not a finite number; use Figure.undefined()"
          + " for a figure that has no value");
    }
    if (value == 0 && Double.doubleToRawLongBits(value) == 0) {
      return ZERO;
    }
    return value == 1 ? ONE : new Figure(value);
  }

  /**
   * Obtains the figure {@code numerator / denominator}, undefined when the denominator is 0.
   *
   * @param numerator a finite number
   * @param denominator a finite number
   * @return the quotient, or {@link #undefined()} when {@code denominator} is 0
   * @throws IllegalArgumentException if either is not finite
   */
  public static Figure ratio(double numerator, double denominator) {
    if (!Double.isFinite(numerator) || !Double.isFinite(denominator)) {
      throw new IllegalArgumentException("Figure.ratio: " + numerator + " / " + denominator
          + " has a part that is not a finite number; give finite counts or weights");
    }
    return denominator == 0 ? UNDEFINED : of(numerator / denominator);
  }

  /**
   * Returns the undefined figure.
   *
   * @return the figure with no value
   */
  public static Figure undefined() {
    return UNDEFINED;
  }

  /**
   * Tells whether the figure has a value.
   *
   * @return true if defined
   */
  public boolean isDefined() {
    return this != UNDEFINED;
  }

  /**
   * Returns the value.
   *
   * @return the value, a finite number
   * @throws IllegalStateException if the figure is undefined; ask {@link #isDefined()} first
   */
  public double value() {
    if (this == UNDEFINED) {
      throw new IllegalStateException("Figure.value: the figure is undefined; ask isDefined() first, or use"
          + " orElse(...) or toOptional()");
    }
    return value;
  }

  /**
   * Returns the value, or a fallback when undefined.
   *
   * @param fallback the number to return when the figure is undefined
   * @return the value or the fallback
   */
  public double orElse(double fallback) {
    return this == UNDEFINED ? fallback : value;
  }

  /**
   * Converts the figure to an optional number.
   *
   * @return the value, or empty when undefined
   */
  public OptionalDouble toOptional() {
    return this == UNDEFINED ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Formats the figure with a number of decimals in the reader's language ({@code 0,667} in French,
   * {@code 0.667} in English).
   *
   * @param decimals the number of decimals, from 0 to 15
   * @param locale the reader's locale; French for {@code fr}, else English
   * @param undefined the text to show when the figure is undefined
   * @return the text
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public String format(int decimals, Locale locale, String undefined) {
    if (decimals < 0 || decimals > 15) {
      throw new IllegalArgumentException("Figure.format: " + decimals + " decimals; give 0 to 15");
    }
    if (this == UNDEFINED) {
      return undefined;
    }
    return String.format(org.maillage.Language.of(locale).locale(), "%." + decimals + "f", value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Figure && Double.compare(((Figure) o).value, value) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  /** Returns the value as {@link Double#toString(double)} writes it, or {@code undefined}. */
  @Override
  public String toString() {
    return this == UNDEFINED ? "undefined" : Double.toString(value);
  }
}
