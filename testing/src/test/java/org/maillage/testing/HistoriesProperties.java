package org.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.statistics.Statistics;
import org.maillage.Period;

/** The membership histories the generators draw say what they were asked to say on the date judged. */
class HistoriesProperties {
  private static final LocalDate ASOF = NetworkArbitraries.REFERENCE_DATE;

  @Property(tries = 500)
  void aHistoryHasThePresenceAskedFor(@ForAll("asked") Tuple3<Presence, LocalDate, ImmutableList<Period>> asked) {
    // given a presence, a date, and a history generated for them
    Presence presence = asked.get1();
    LocalDate asOf = asked.get2();
    ImmutableList<Period> history = asked.get3();

    // when the history is read on that date
    boolean current = history.stream().anyMatch(p -> p.contains(asOf));

    // then its periods are in order, one day apart at least, and current, former or future as asked
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i - 1).end().orElseThrow()).isBefore(history.get(i).start());
    }
    switch (presence) {
      case CURRENT -> assertThat(current).isTrue();
      case FORMER -> assertThat(history).allSatisfy(p -> assertThat(p.end()).hasValueSatisfying(
          end -> assertThat(end).isBefore(asOf)));
      case FUTURE -> assertThat(history).allSatisfy(p -> assertThat(p.start()).isAfter(asOf));
    }
    Statistics.label("periods").collect(history.size() >= 2 ? "2+" : "1");
  }

  @Property(tries = 200)
  void generatedInvolvementsAreAcceptedByEveryKindOfMember(@ForAll("histories") ImmutableList<Period> history) {
    // given a generated history

    // when it is read, then its periods do not overlap and only the last may be open
    for (int i = 0; i < history.size() - 1; i++) {
      assertThat(history.get(i).isOpen()).isFalse();
    }
    Statistics.label("left and rejoined").collect(history.size() >= 2);
    Statistics.label("left and rejoined").coverage(c -> c.check(true).percentage(p -> p > 15));
  }

  @Provide
  Arbitrary<Tuple3<Presence, LocalDate, ImmutableList<Period>>> asked() {
    return Combinators.combine(Arbitraries.of(Presence.class), NetworkArbitraries.dates())
        .flatAs((presence, asOf) -> Histories.of(asOf, presence).map(h -> Tuple.of(presence, asOf, h)));
  }

  @Provide
  Arbitrary<ImmutableList<Period>> histories() {
    return NetworkArbitraries.involvements(ASOF);
  }
}
