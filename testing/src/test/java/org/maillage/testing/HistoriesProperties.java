package org.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.maillage.Period;

/** The membership histories the generators draw say what they were asked to say on the date judged. */
class HistoriesProperties {
  private static final LocalDate ASOF = NetworkGenerators.REFERENCE_DATE;

  @Property(tries = 500)
  void aHistoryHasThePresenceAskedFor(@ForAll("asked") Asked asked) {
    // given a presence, a date, and a history generated for them
    Presence presence = asked.presence();
    LocalDate asOf = asked.asOf();
    ImmutableList<Period> history = asked.history();

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
    Statistics.label("left and rejoined").coverage(true, 15);
  }

  /**
   * A presence asked for on a date, and the history generated for them.
   *
   * @param presence the presence asked for
   * @param asOf the date judged
   * @param history the history
   */
  record Asked(Presence presence, LocalDate asOf, ImmutableList<Period> history) {}

  Gen<Asked> asked() {
    return Gen.combine(Gen.of(Presence.class), NetworkGenerators.dates())
        .as((presence, asOf) -> Histories.of(asOf, presence).map(h -> new Asked(presence, asOf, h)))
        .flatMap(asked -> asked);
  }

  Gen<ImmutableList<Period>> histories() {
    return NetworkGenerators.involvements(ASOF);
  }
}
