package org.maillage.testing;

import java.util.SplittableRandom;

/**
 * A generator of sized values (lists, sets, strings) whose size bounds can be narrowed. Sizes are drawn
 * uniformly between the bounds, with each bound drawn one time in eight besides, so that empty and full values
 * are reached.
 *
 * <p>Immutable and thread-safe when its drawing function is.
 *
 * @param <T> the type of the values
 * @param minSize the smallest size, at least 0
 * @param maxSize the largest size, at least {@code minSize}
 * @param draw draws a value of a given size
 * @since 0.1
 */
public record Sized<T>(int minSize, int maxSize, Draw<T> draw) implements Gen<T> {

  /** The largest size when none is given. */
  public static final int DEFAULT_MAX_SIZE = 10;

  /**
   * Draws a value of a given size.
   *
   * @param <T> the type of the values
   */
  @FunctionalInterface
  public interface Draw<T> {
    /**
     * Draws a value.
     *
     * @param random the source of randomness
     * @param size the size of the value
     * @return the value
     */
    T next(SplittableRandom random, int size);
  }

  /**
   * Checks the bounds.
   *
   * @param minSize the smallest size
   * @param maxSize the largest size
   * @param draw the drawing function
   * @throws IllegalArgumentException when a bound is negative or the bounds are crossed
   */
  public Sized {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("Sized: bounds [" + minSize + ", " + maxSize + "] are not a size range");
    }
  }

  @Override
  public T next(SplittableRandom random) {
    int choice = random.nextInt(8);
    int size = choice == 0 ? minSize
        : choice == 1 ? maxSize
        : random.nextInt(minSize, maxSize + 1);
    return draw.next(random, size);
  }

  /**
   * Returns this generator with another smallest size (the largest raised to it if needed).
   *
   * @param min the smallest size
   * @return the generator
   */
  public Sized<T> ofMinSize(int min) {
    return new Sized<>(min, Math.max(min, maxSize), draw);
  }

  /**
   * Returns this generator with another largest size.
   *
   * @param max the largest size
   * @return the generator
   */
  public Sized<T> ofMaxSize(int max) {
    return new Sized<>(Math.min(minSize, max), max, draw);
  }

  /**
   * Returns this generator with one size only.
   *
   * @param size the size
   * @return the generator
   */
  public Sized<T> ofSize(int size) {
    return new Sized<>(size, size, draw);
  }
}
