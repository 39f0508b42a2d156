package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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
  static Gen<Presence> anyPresence() {
    return Gen.frequency(
        Weighted.of(75, Presence.CURRENT), Weighted.of(18, Presence.FORMER), Weighted.of(7, Presence.FUTURE));
  }

  /**
   * Returns a presence that is never current.
   *
   * @return {@link Presence#FORMER} or {@link Presence#FUTURE}
   */
  static Gen<Presence> notCurrent() {
    return Gen.frequency(Weighted.of(3, Presence.FORMER), Weighted.of(1, Presence.FUTURE));
  }

  /**
   * Returns histories of a given presence on a date; about one in three has two or more periods (a member
   * who left and rejoined).
   *
   * @param asOf the date judged
   * @param presence what the history must say on that date
   * @return valid involvement lists
   */
  static Gen<ImmutableList<Period>> of(LocalDate asOf, Presence presence) {
    Gen<Step> step = Gen.combine(Gen.integers(1, 240), Gen.integers(0, 400)).as(Step::new);
    Gen<List<Step>> earlier = Gen.frequencyOf(
            Weighted.of(66, Gen.just(0)),
            Weighted.of(24, Gen.just(1)),
            Weighted.of(10, Gen.integers(2, 3)))
        .flatMap(count -> step.list().ofSize(count));
    if (presence == Presence.FUTURE) {
      // every period after the date: built forwards from a first start after it
      return Gen.combine(Gen.integers(1, 300), earlier, Gen.integers(0, 500).optional(0.4))
          .as((untilStart, steps, lastLength) -> forwards(asOf.plusDays(untilStart), steps, lastLength));
    }
    // the last period decides the presence; earlier ones, built backwards, end before it starts
    return Gen.combine(last(asOf, presence), earlier).as(Histories::backwards);
  }

  /**
   * Returns histories of any presence on a date.
   *
   * @param asOf the date judged
   * @return valid involvement lists
   */
  static Gen<ImmutableList<Period>> any(LocalDate asOf) {
    return anyPresence().flatMap(p -> of(asOf, p));
  }

  private static Gen<Period> last(LocalDate asOf, Presence presence) {
    switch (presence) {
      case CURRENT:
        return Gen.combine(Gen.integers(0, 1500), Gen.integers(0, 700).optional(0.4))
            .as((sinceStart, untilEnd) -> Period.of(asOf.minusDays(sinceStart), untilEnd.map(asOf::plusDays)));
      case FORMER:
        return Gen.combine(Gen.integers(1, 1000), Gen.integers(0, 700))
            .as((sinceEnd, length) -> Period.of(asOf.minusDays(sinceEnd + length), asOf.minusDays(sinceEnd)));
      default:
        throw new AssertionError(presence);
    }
  }

  /**
   * One earlier period of a history.
   *
   * @param gap the days between this period's end and the next period's start, at least 1
   * @param length the period's length in days
   */
  private record Step(int gap, int length) {}

  private static ImmutableList<Period> forwards(LocalDate firstStart, List<Step> steps,
      Optional<Integer> lastLength) {
    ImmutableList.Builder<Period> periods = ImmutableList.builder();
    LocalDate start = firstStart;
    for (Step step : steps) {
      LocalDate end = start.plusDays(step.length());
      periods.add(Period.of(start, end));
      start = end.plusDays(step.gap());
    }
    LocalDate lastStart = start;
    periods.add(Period.of(lastStart, lastLength.map(lastStart::plusDays)));
    return periods.build();
  }

  private static ImmutableList<Period> backwards(Period last, List<Step> steps) {
    Deque<Period> periods = new ArrayDeque<>();
    periods.addFirst(last);
    LocalDate nextStart = last.start();
    for (Step step : steps) {
      LocalDate end = nextStart.minusDays(step.gap());
      LocalDate start = end.minusDays(step.length());
      periods.addFirst(Period.of(start, end));
      nextStart = start;
    }
    return ImmutableList.copyOf(periods);
  }
}
