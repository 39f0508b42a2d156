package org.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.maillage.network.Network;

/** The combinators of {@link Gen} and {@link Sized}, drawn with fixed seeds so that each test is exact. */
class GenTest {

  private static final int DRAWS = 10_000;

  @Test
  void theSameSeedDrawsTheSameValueEvenThroughADeepGenerator() {
    // given the network generator, the deepest of all
    Gen<Network> networks = NetworkGenerators.networks();

    // when it draws twice with each of a few seeds
    // then each seed gives one network, and different seeds different ones
    List<Network> drawn = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      Network network = networks.next(new SplittableRandom(seed));
      assertThat(networks.next(new SplittableRandom(seed))).isEqualTo(network);
      drawn.add(network);
    }
    assertThat(new HashSet<>(drawn)).hasSize(5);
  }

  @Test
  void integersStayWithinTheirBoundsAndReachBoth() {
    // given integers from -3 to 3
    Map<Integer, Long> counts = counts(Gen.integers(-3, 3));

    // then every value is drawn, and only those
    assertThat(counts.keySet()).containsExactly(-3, -2, -1, 0, 1, 2, 3);
    assertThatThrownBy(() -> Gen.integers(2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min 2 is above max 1");
  }

  @Test
  void frequencyDrawsInProportionToTheWeights() {
    // given two values weighted 9 to 1, and two generators weighted 1 to 3
    Map<String, Long> values = counts(Gen.frequency(Weighted.of(9, "a"), Weighted.of(1, "b")));
    Map<String, Long> generators = counts(Gen.frequencyOf(Weighted.of(1, Gen.just("x")), Weighted.of(3, Gen.just("y"))));

    // then the shares follow the weights
    assertThat(share(values, "a")).isCloseTo(0.9, within(0.02));
    assertThat(share(generators, "y")).isCloseTo(0.75, within(0.02));
    assertThatThrownBy(() -> Gen.frequency(Weighted.of(0, "never"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no choice has a positive weight");
    assertThatThrownBy(() -> Weighted.of(-1, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sizedValuesKeepTheirBoundsAndReachBoth() {
    // given lists of 2 to 5 elements and strings of exactly 4 characters
    Map<Integer, Long> sizes = counts(Gen.integers(0, 9).list().ofMinSize(2).ofMaxSize(5).map(List::size));
    Map<Integer, Long> lengths = counts(Gen.strings(Gen.chars('a', 'c')).ofSize(4).map(String::length));

    // then every size from 2 to 5 is drawn, and only those
    assertThat(sizes.keySet()).containsExactly(2, 3, 4, 5);
    assertThat(lengths.keySet()).containsExactly(4);
    assertThatThrownBy(() -> Gen.integers(0, 1).list().ofMinSize(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[-1, 10]");
  }

  @Test
  void subsetsAreDistinctInTheGivenOrderAndMayBeEmptyOrFull() {
    // given subsets of five values, and of none
    List<String> values = List.of("a", "b", "c", "d", "e");
    Sized<List<String>> subsets = Gen.subsetOf(values);

    // when they are drawn
    Map<Integer, Long> sizes = counts(subsets.map(List::size));

    // then each keeps the values' order without repeating one, every size is reached, and none gives empty
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1000; i++) {
      List<String> subset = subsets.next(random);
      assertThat(subset).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
      assertThat(values).containsAll(subset);
    }
    assertThat(sizes.keySet()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(Gen.subsetOf(List.of()).next(random)).isEmpty();
    assertThat(Gen.subsetOf(values).ofMaxSize(2).next(random)).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void uniqueListsRepeatNothingAndSayWhenTheyCannot() {
    // given lists of distinct digits, and lists asking for more distinct values than exist
    Sized<List<Integer>> digits = Gen.integers(0, 9).uniqueList().ofSize(10);
    Sized<List<Integer>> tooMany = Gen.integers(0, 2).uniqueList().ofSize(4);
    SplittableRandom random = new SplittableRandom(11);

    // when drawn, then every list of ten is a permutation, and too many fails saying why
    assertThat(digits.next(random)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThatThrownBy(() -> tooMany.next(random)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not draw 4 distinct values")
        .hasMessageContaining("got 3");
  }

  @Test
  void shuffleGivesPermutations() {
    // given a shuffle of ten values
    List<Integer> values = IntStream.range(0, 10).boxed().toList();
    Gen<List<Integer>> shuffled = Gen.shuffle(values);

    // when drawn, then each draw is a permutation, and orders differ
    SplittableRandom random = new SplittableRandom(13);
    List<List<Integer>> drawn = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      List<Integer> order = shuffled.next(random);
      assertThat(order).containsExactlyInAnyOrderElementsOf(values);
      drawn.add(order);
    }
    assertThat(new HashSet<>(drawn)).hasSizeGreaterThan(15);
  }

  @Test
  void optionalValuesArePresentWithTheProbabilityGiven() {
    // given values present with probability 0, 0.3 and 1
    Map<Boolean, Long> never = counts(Gen.just(1).optional(0).map(Optional::isPresent));
    Map<Boolean, Long> sometimes = counts(Gen.just(1).optional(0.3).map(Optional::isPresent));
    Map<Boolean, Long> always = counts(Gen.just(1).optional(1).map(Optional::isPresent));

    // then they are present in those proportions
    assertThat(never.keySet()).containsExactly(false);
    assertThat(share(sometimes, true)).isCloseTo(0.3, within(0.02));
    assertThat(always.keySet()).containsExactly(true);
    assertThatThrownBy(() -> Gen.just(1).optional(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("presence 1.5");
  }

  @Test
  void aFilterThatRejectsEverythingSaysWhatToDoInstead() {
    // given a filter no value passes
    Gen<Integer> impossible = Gen.integers(0, 9).filter(i -> i > 9);

    // when a value is drawn, then it fails saying how many it rejected and what to do instead
    assertThatThrownBy(() -> impossible.next(new SplittableRandom(17)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Gen.filter rejected 10000 values in a row")
        .hasMessageContaining("build the condition into the generator");
    assertThat(counts(Gen.integers(0, 9).filter(i -> i % 2 == 0)).keySet()).containsExactly(0, 2, 4, 6, 8);
  }

  @Test
  void combinationsDrawEachGeneratorInOrder() {
    // given combinations of two, three, four and a list of generators
    SplittableRandom random = new SplittableRandom(19);
    Gen<String> two = Gen.combine(Gen.just("a"), Gen.just("b")).as((a, b) -> a + b);
    Gen<String> three = Gen.combine(Gen.just("a"), Gen.just("b"), Gen.just("c")).as((a, b, c) -> a + b + c);
    Gen<String> four = Gen.combine(Gen.just("a"), Gen.just("b"), Gen.just("c"), Gen.just("d"))
        .as((a, b, c, d) -> a + b + c + d);
    Gen<String> many = Gen.combine(List.of(Gen.just("w"), Gen.just("x"), Gen.just("y"))).as(list -> String.join("", list));

    // when drawn, then the values come in the generators' order
    assertThat(two.next(random)).isEqualTo("ab");
    assertThat(three.next(random)).isEqualTo("abc");
    assertThat(four.next(random)).isEqualTo("abcd");
    assertThat(many.next(random)).isEqualTo("wxy");
  }

  @Test
  void mapAndFlatMapCompose() {
    // given a length, then a string of that length
    Gen<String> strings = Gen.integers(1, 4).flatMap(n -> Gen.strings(Gen.of('z')).ofSize(n)).map(s -> s + "!");

    // when drawn, then every string is one to four z and a bang
    assertThat(counts(strings).keySet()).containsExactly("z!", "zz!", "zzz!", "zzzz!");
  }

  @Test
  void intsAndLongsReachTheEdges() {
    // given any ints and longs
    Map<Integer, Long> ints = counts(Gen.ints());
    Map<Long, Long> longs = counts(Gen.longs());

    // then the extremes and the values around zero are drawn
    assertThat(ints).containsKeys(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE);
    assertThat(longs).containsKeys(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE);
  }

  private static <T> Map<T, Long> counts(Gen<T> generator) {
    SplittableRandom random = new SplittableRandom(42);
    return IntStream.range(0, DRAWS).mapToObj(i -> generator.next(random))
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  private static <T> double share(Map<T, Long> counts, T value) {
    return (double) counts.getOrDefault(value, 0L) / DRAWS;
  }
}
