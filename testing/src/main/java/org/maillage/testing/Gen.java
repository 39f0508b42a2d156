package org.maillage.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values (<i>générateur</i>): draws one value from a source of randomness. Generators are composed
 * from smaller ones ({@link #map}, {@link #flatMap}, {@link #combine}, {@link #list()}) rather than filtered, so
 * that every value drawn is useful; {@link #filter} exists for the rare case where a condition cannot be built in,
 * and fails loudly when it rejects almost everything.
 *
 * <p>A generator is deterministic: the same seed gives the same value. It keeps no state and is thread-safe when
 * the functions given to it are. It is the unit of {@link Property} tests, which draw fresh seeds each run.
 *
 * <pre>{@code
 * Gen<Period> periods = Gen.combine(Gen.integers(0, 400), Gen.integers(0, 90))
 *     .as((start, length) -> Period.of(BASE.plusDays(start), BASE.plusDays(start + length)));
 * }</pre>
 *
 * <p>When more than four generators make one value, a generator is best written as a lambda that draws from
 * each in turn, with the same random source; the order of the draws is then the order of the code:
 *
 * <pre>{@code
 * Gen<Meeting> meetings = random -> Meeting.builder().id(ids.next(random)).date(dates.next(random))
 *     .addAllParticipants(participants.next(random)).facilitator(facilitators.next(random))
 *     .personPresent(random.nextBoolean()).build();
 * }</pre>
 *
 * @param <T> the type of the values drawn
 * @since 0.1
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many draws {@link #filter} makes for one value before it gives up. */
  int FILTER_ATTEMPTS = 10_000;

  /**
   * Draws one value.
   *
   * @param random the source of randomness, owned by the caller for this draw
   * @return a value
   */
  T next(SplittableRandom random);

  /**
   * Returns a generator of this generator's values transformed by a function.
   *
   * @param <R> the type of the transformed values
   * @param function the transformation
   * @return the generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> function) {
    requireNonNull(function, "function");
    return random -> function.apply(next(random));
  }

  /**
   * Returns a generator that draws a value, then draws from the generator that value chooses.
   *
   * @param <R> the type of the final values
   * @param function chooses the generator of the final value
   * @return the generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> function) {
    requireNonNull(function, "function");
    return random -> function.apply(next(random)).next(random);
  }

  /**
   * Returns a generator of this generator's values that satisfy a condition, drawing again until one does.
   *
   * @param condition the condition
   * @return the generator
   * @throws IllegalStateException on a draw, when {@value #FILTER_ATTEMPTS} values in a row were rejected
   */
  default Gen<T> filter(Predicate<? super T> condition) {
    requireNonNull(condition, "condition");
    return random -> {
      for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
        T value = next(random);
        if (condition.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("Gen.filter rejected " + FILTER_ATTEMPTS
          + " values in a row: build the condition into the generator instead of filtering");
    };
  }

  /**
   * Returns a generator of this generator's values present with a given probability, and of empty values
   * otherwise.
   *
   * @param presence the probability of a value, from 0 to 1
   * @return the generator
   * @throws IllegalArgumentException when {@code presence} is not between 0 and 1
   */
  default Gen<Optional<T>> optional(double presence) {
    if (!(presence >= 0 && presence <= 1)) {
      throw new IllegalArgumentException("Gen.optional: presence " + presence + " is not a probability between 0 and 1");
    }
    Gen<T> element = this;
    return random -> random.nextDouble() < presence ? Optional.of(element.next(random)) : Optional.empty();
  }

  /**
   * Returns a generator of lists of this generator's values, of 0 to {@value Sized#DEFAULT_MAX_SIZE} elements
   * unless sized otherwise.
   *
   * @return the generator
   */
  default Sized<List<T>> list() {
    Gen<T> element = this;
    return new Sized<>(0, Sized.DEFAULT_MAX_SIZE, (random, size) -> {
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(element.next(random));
      }
      return Collections.unmodifiableList(list);
    });
  }

  /**
   * Returns a generator of lists of distinct values of this generator (by {@code equals}), in the order drawn,
   * drawing again on a duplicate.
   *
   * @return the generator
   * @throws IllegalStateException on a draw, when {@value #FILTER_ATTEMPTS} draws more than the size asked for
   *     did not give enough distinct values
   */
  default Sized<List<T>> uniqueList() {
    Gen<T> element = this;
    return new Sized<>(0, Sized.DEFAULT_MAX_SIZE, (random, size) -> {
      LinkedHashSet<T> set = new LinkedHashSet<>();
      int attempts = 0;
      while (set.size() < size) {
        if (++attempts > FILTER_ATTEMPTS + size) {
          throw new IllegalStateException("Gen.uniqueList could not draw " + size + " distinct values in "
              + (attempts - 1) + " draws (got " + set.size() + "): lower the size or widen the element generator");
        }
        set.add(element.next(random));
      }
      return List.copyOf(set);
    });
  }

  // ---- factories ---------------------------------------------------------------------------------------

  /**
   * Returns a generator that always gives one value.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the generator
   */
  static <T> Gen<T> just(T value) {
    requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * Returns a generator of one of the given values, each as likely.
   *
   * @param <T> the type of the values
   * @param values the values, at least one
   * @return the generator
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied at once, never exposed
  static <T> Gen<T> of(T... values) {
    return of(ImmutableList.copyOf(values));
  }

  /**
   * Returns a generator of one of the given values, each as likely.
   *
   * @param <T> the type of the values
   * @param values the values, at least one
   * @return the generator
   * @throws IllegalArgumentException when there is no value
   */
  static <T> Gen<T> of(Collection<? extends T> values) {
    List<T> copy = ImmutableList.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("Gen.of needs at least one value");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * Returns a generator of the constants of an enumeration, each as likely.
   *
   * @param <E> the enumeration
   * @param type the enumeration's class
   * @return the generator
   */
  static <E extends Enum<E>> Gen<E> of(Class<E> type) {
    return of(type.getEnumConstants());
  }

  /**
   * Returns a generator of integers between two bounds, both included.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   * @throws IllegalArgumentException when {@code min > max}
   */
  static Gen<Integer> integers(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("Gen.integers: min " + min + " is above max " + max);
    }
    return random -> (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * Returns a generator of any {@code long}, the edge values ({@code 0}, {@code ±1}, the extremes) drawn one
   * time in twenty.
   *
   * @return the generator
   */
  static Gen<Long> longs() {
    long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
    return random -> random.nextInt(20) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong();
  }

  /**
   * Returns a generator of any {@code int}, the edge values ({@code 0}, {@code ±1}, the extremes) drawn one
   * time in twenty.
   *
   * @return the generator
   */
  static Gen<Integer> ints() {
    int[] edges = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    return random -> random.nextInt(20) == 0 ? edges[random.nextInt(edges.length)] : random.nextInt();
  }

  /**
   * Returns a generator of {@code true} and {@code false}, each as likely.
   *
   * @return the generator
   */
  static Gen<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  /**
   * Returns a generator that draws from one of the given generators, each as likely.
   *
   * @param <T> the type of the values
   * @param generators the generators, at least one
   * @return the generator
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied at once, never exposed
  static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
    Gen<Gen<? extends T>> choice = of(ImmutableList.copyOf(generators));
    return random -> choice.next(random).next(random);
  }

  /**
   * Returns a generator of the given values, each drawn in proportion to its weight.
   *
   * @param <T> the type of the values
   * @param weighted the values with their weights, at least one positive
   * @return the generator
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied at once, never exposed
  static <T> Gen<T> frequency(Weighted<? extends T>... weighted) {
    List<Weighted<? extends T>> choices = ImmutableList.copyOf(weighted);
    int total = Weighted.total(choices);
    return random -> Weighted.pick(choices, random.nextInt(total)).value();
  }

  /**
   * Returns a generator that draws from the given generators, each chosen in proportion to its weight.
   *
   * @param <T> the type of the values
   * @param weighted the generators with their weights, at least one positive
   * @return the generator
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied at once, never exposed
  static <T> Gen<T> frequencyOf(Weighted<? extends Gen<? extends T>>... weighted) {
    List<Weighted<? extends Gen<? extends T>>> choices = ImmutableList.copyOf(weighted);
    int total = Weighted.total(choices);
    return random -> Weighted.pick(choices, random.nextInt(total)).value().next(random);
  }

  /**
   * Returns a generator of subsets of the given values, of any size unless sized otherwise; the subset keeps the
   * order of the values given.
   *
   * @param <T> the type of the values
   * @param values the values
   * @return the generator
   */
  static <T> Sized<List<T>> subsetOf(Collection<? extends T> values) {
    List<T> all = ImmutableList.copyOf(values);
    return new Sized<>(0, all.size(), (random, size) -> {
      // a partial Fisher-Yates shuffle of the indexes chooses which values, sorted back to the given order
      int[] indexes = new int[all.size()];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = i;
      }
      int chosen = Math.min(size, indexes.length);
      for (int i = 0; i < chosen; i++) {
        int j = i + random.nextInt(indexes.length - i);
        int swapped = indexes[i];
        indexes[i] = indexes[j];
        indexes[j] = swapped;
      }
      int[] picked = Arrays.copyOf(indexes, chosen);
      Arrays.sort(picked);
      List<T> subset = new ArrayList<>(chosen);
      for (int index : picked) {
        subset.add(all.get(index));
      }
      return Collections.unmodifiableList(subset);
    });
  }

  /**
   * Returns a generator of subsets of an enumeration's constants, in declaration order, of any size unless sized
   * otherwise.
   *
   * @param <E> the enumeration
   * @param type the enumeration's class
   * @return the generator
   */
  static <E extends Enum<E>> Sized<List<E>> subsetOf(Class<E> type) {
    return subsetOf(List.of(type.getEnumConstants()));
  }

  /**
   * Returns a generator of lists that are empty with one weight and drawn from {@code some} with another: the
   * shape of a record that most often holds none of something, sometimes a few.
   *
   * @param <T> the type of the elements
   * @param noneWeight the weight of the empty list
   * @param someWeight the weight of a list drawn from {@code some}
   * @param some the lists when there are some
   * @return the generator
   */
  static <T> Gen<List<T>> noneOr(int noneWeight, int someWeight, Gen<? extends List<T>> some) {
    return frequencyOf(Weighted.of(noneWeight, just(List.<T>of())), Weighted.of(someWeight, some));
  }

  /**
   * Returns a generator of the given values in a random order.
   *
   * @param <T> the type of the values
   * @param values the values
   * @return the generator
   */
  static <T> Gen<List<T>> shuffle(Collection<? extends T> values) {
    List<T> all = ImmutableList.copyOf(values);
    return random -> {
      List<T> copy = new ArrayList<>(all);
      for (int i = copy.size() - 1; i > 0; i--) {
        Collections.swap(copy, i, random.nextInt(i + 1));
      }
      return Collections.unmodifiableList(copy);
    };
  }

  /**
   * Returns a generator of strings over the given characters, of 0 to {@value Sized#DEFAULT_MAX_SIZE}
   * characters unless sized otherwise.
   *
   * @param alphabet the characters to draw from, at least one
   * @return the generator
   */
  static Sized<String> strings(Gen<Character> alphabet) {
    return new Sized<>(0, Sized.DEFAULT_MAX_SIZE, (random, size) -> {
      StringBuilder text = new StringBuilder(size);
      for (int i = 0; i < size; i++) {
        text.append(alphabet.next(random).charValue());
      }
      return text.toString();
    });
  }

  /**
   * Returns a generator of the characters of a closed range.
   *
   * @param first the first character
   * @param last the last character, included
   * @return the generator
   */
  static Gen<Character> chars(char first, char last) {
    return integers(first, last).map(i -> (char) i.intValue());
  }

  /**
   * Starts combining two generators; {@link Combine2#as} says how.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param a the first generator
   * @param b the second generator
   * @return the combination, to finish with {@code as}
   */
  static <A, B> Combine2<A, B> combine(Gen<A> a, Gen<B> b) {
    return new Combine2<>(a, b);
  }

  /**
   * Starts combining three generators; {@link Combine3#as} says how.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @return the combination, to finish with {@code as}
   */
  static <A, B, C> Combine3<A, B, C> combine(Gen<A> a, Gen<B> b, Gen<C> c) {
    return new Combine3<>(a, b, c);
  }

  /**
   * Starts combining four generators; {@link Combine4#as} says how.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <D> the fourth type
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @param d the fourth generator
   * @return the combination, to finish with {@code as}
   */
  static <A, B, C, D> Combine4<A, B, C, D> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
    return new Combine4<>(a, b, c, d);
  }

  /**
   * Starts combining a list of generators of one type; {@link CombineList#as} says how.
   *
   * @param <T> the type of the values
   * @param generators the generators
   * @return the combination, to finish with {@code as}
   */
  static <T> CombineList<T> combine(List<? extends Gen<? extends T>> generators) {
    return new CombineList<>(ImmutableList.copyOf(generators));
  }

  /**
   * Two generators combined.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param a the first generator
   * @param b the second generator
   */
  record Combine2<A, B>(Gen<A> a, Gen<B> b) {

    /**
     * Returns the generator that draws from both, in order, and combines the values.
     *
     * @param <R> the type of the result
     * @param function the combination
     * @return the generator
     */
    public <R> Gen<R> as(BiFunction<? super A, ? super B, ? extends R> function) {
      return random -> {
        A first = a.next(random);
        return function.apply(first, b.next(random));
      };
    }
  }

  /**
   * Three generators combined.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   */
  record Combine3<A, B, C>(Gen<A> a, Gen<B> b, Gen<C> c) {

    /**
     * A function of three values.
     *
     * @param <A> the first type
     * @param <B> the second type
     * @param <C> the third type
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function3<A, B, C, R> {
      /**
       * Applies the function.
       *
       * @param a the first value
       * @param b the second value
       * @param c the third value
       * @return the result
       */
      R apply(A a, B b, C c);
    }

    /**
     * Returns the generator that draws from the three, in order, and combines the values.
     *
     * @param <R> the type of the result
     * @param function the combination
     * @return the generator
     */
    public <R> Gen<R> as(Function3<? super A, ? super B, ? super C, ? extends R> function) {
      return random -> {
        A first = a.next(random);
        B second = b.next(random);
        return function.apply(first, second, c.next(random));
      };
    }
  }

  /**
   * Four generators combined.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <D> the fourth type
   * @param a the first generator
   * @param b the second generator
   * @param c the third generator
   * @param d the fourth generator
   */
  record Combine4<A, B, C, D>(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {

    /**
     * A function of four values.
     *
     * @param <A> the first type
     * @param <B> the second type
     * @param <C> the third type
     * @param <D> the fourth type
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function4<A, B, C, D, R> {
      /**
       * Applies the function.
       *
       * @param a the first value
       * @param b the second value
       * @param c the third value
       * @param d the fourth value
       * @return the result
       */
      R apply(A a, B b, C c, D d);
    }

    /**
     * Returns the generator that draws from the four, in order, and combines the values.
     *
     * @param <R> the type of the result
     * @param function the combination
     * @return the generator
     */
    public <R> Gen<R> as(Function4<? super A, ? super B, ? super C, ? super D, ? extends R> function) {
      return random -> {
        A first = a.next(random);
        B second = b.next(random);
        C third = c.next(random);
        return function.apply(first, second, third, d.next(random));
      };
    }
  }

  /**
   * A list of generators of one type combined.
   *
   * @param <T> the type of the values
   * @param generators the generators
   */
  record CombineList<T>(List<Gen<? extends T>> generators) {

    /**
     * Returns the generator that draws from each generator, in order, and combines the list of values.
     *
     * @param <R> the type of the result
     * @param function the combination
     * @return the generator
     */
    public <R> Gen<R> as(Function<? super List<T>, ? extends R> function) {
      return random -> {
        List<T> values = new ArrayList<>(generators.size());
        for (Gen<? extends T> generator : generators) {
          values.add(generator.next(random));
        }
        return function.apply(Collections.unmodifiableList(values));
      };
    }
  }
}
