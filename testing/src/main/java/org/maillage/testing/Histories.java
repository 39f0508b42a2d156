package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.maillage.Period;

/**
 * Membership histories (<i>historique d'implication</i>): one or more involvement periods in date order,
 * every one but the last closed, each starting at least one day after the previous one ended.
 *
 * <p>Histories are built backwards from the date judged, so that the {@link Presence} asked for holds by
 * construction.
 */
final class Histories {
  private Histories() {}

  /**
   * Returns a presence: mostly current, sometimes former, rarely future.
   *
   * @return presences
   */
  static Arbitrary<Presence> anyPresence() {
    return Arbitraries.frequency(
        Tuple.of(75, Presence.CURRENT), Tuple.of(18, Presence.FORMER), Tuple.of(7, Presence.FUTURE));
  }

  /**
   * Returns a presence that is never current.
   *
   * @return {@link Presence#FORMER} or {@link Presence#FUTURE}
   */
  static Arbitrary<Presence> notCurrent() {
    return Arbitraries.frequency(Tuple.of(3, Presence.FORMER), Tuple.of(1, Presence.FUTURE));
  }

  /**
   * Returns histories of a given presence on a date; about one in three has two or more periods (a member
   * who left and rejoined).
   *
   * @param asOf the date judged
   * @param presence what the history must say on that date
   * @return valid involvement lists
   */
  static Arbitrary<ImmutableList<Period>> of(LocalDate asOf, Presence presence) {
    Arbitrary<Tuple2<Integer, Integer>> step = Combinators.combine(
        Arbitraries.integers().between(1, 240), Arbitraries.integers().between(0, 400)).as(Tuple::of);
    Arbitrary<List<Tuple2<Integer, Integer>>> earlier = Arbitraries.frequencyOf(
            Tuple.of(66, Arbitraries.just(0)),
            Tuple.of(24, Arbitraries.just(1)),
            Tuple.of(10, Arbitraries.integers().between(2, 3)))
        .flatMap(count -> step.list().ofSize(count));
    if (presence == Presence.FUTURE) {
      // every period after the date: built forwards from a first start after it
      return Combinators.combine(
              Arbitraries.integers().between(1, 300), earlier, Arbitraries.integers().between(0, 500).optional(0.4))
          .as((untilStart, steps, lastLength) -> forwards(asOf.plusDays(untilStart), steps, lastLength));
    }
    // the last period decides the presence; earlier ones, built backwards, end before it starts
    return Combinators.combine(last(asOf, presence), earlier).as(Histories::backwards);
  }

  /**
   * Returns histories of any presence on a date.
   *
   * @param asOf the date judged
   * @return valid involvement lists
   */
  static Arbitrary<ImmutableList<Period>> any(LocalDate asOf) {
    return anyPresence().flatMap(p -> of(asOf, p));
  }

  private static Arbitrary<Period> last(LocalDate asOf, Presence presence) {
    switch (presence) {
      case CURRENT:
        return Combinators.combine(
                Arbitraries.integers().between(0, 1500),
                Arbitraries.integers().between(0, 700).optional(0.4))
            .as((sinceStart, untilEnd) -> Period.of(asOf.minusDays(sinceStart), untilEnd.map(asOf::plusDays)));
      case FORMER:
        return Combinators.combine(Arbitraries.integers().between(1, 1000), Arbitraries.integers().between(0, 700))
            .as((sinceEnd, length) -> Period.of(asOf.minusDays(sinceEnd + length), asOf.minusDays(sinceEnd)));
      default:
        throw new AssertionError(presence);
    }
  }

  private static ImmutableList<Period> forwards(LocalDate firstStart, List<Tuple2<Integer, Integer>> steps,
      Optional<Integer> lastLength) {
    ImmutableList.Builder<Period> periods = ImmutableList.builder();
    LocalDate start = firstStart;
    for (Tuple2<Integer, Integer> step : steps) {
      LocalDate end = start.plusDays(step.get2());
      periods.add(Period.of(start, end));
      start = end.plusDays(step.get1());
    }
    LocalDate lastStart = start;
    periods.add(Period.of(lastStart, lastLength.map(lastStart::plusDays)));
    return periods.build();
  }

  private static ImmutableList<Period> backwards(Period last, List<Tuple2<Integer, Integer>> steps) {
    Deque<Period> periods = new ArrayDeque<>();
    periods.addFirst(last);
    LocalDate nextStart = last.start();
    for (Tuple2<Integer, Integer> step : steps) {
      LocalDate end = nextStart.minusDays(step.get1());
      LocalDate start = end.minusDays(step.get2());
      periods.addFirst(Period.of(start, end));
      nextStart = start;
    }
    return ImmutableList.copyOf(periods);
  }
}
