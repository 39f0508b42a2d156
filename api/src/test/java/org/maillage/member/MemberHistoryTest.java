package org.maillage.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;

/** Whether a member with a long history (<i>parcours dans le réseau</i>) is current, found by halving. */
class MemberHistoryTest {
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

  /** Involvements of 10 days each, 5 days apart, the last one open when {@code open}. */
  private static List<Period> history(int periods, boolean open) {
    List<Period> involvements = new ArrayList<>();
    for (int i = 0; i < periods; i++) {
      LocalDate start = FIRST.plusDays(15L * i);
      involvements.add(open && i == periods - 1 ? Period.from(start) : Period.of(start, start.plusDays(9)));
    }
    return involvements;
  }

  private static boolean inAnyPeriod(List<Period> involvements, LocalDate date) {
    return involvements.stream().anyMatch(p -> p.contains(date));
  }

  @Test
  void aLongHistoryIsReadAsItsPeriodsSayOnEveryDay() {
    for (int periods : new int[] {1, 2, 3, 7, 64, 101}) {
      for (boolean open : new boolean[] {true, false}) {
        // given a neighbour who joined and left again and again
        List<Period> involvements = history(periods, open);
        PrimaryMember neighbour = PrimaryMember.builder().id(MemberId.of("m-neighbour"))
            .relation(Relation.NEIGHBOUR).horizon(Horizon.MIDDLE).involvements(involvements).build();

        // when judged on every day from before the first period to after the last one
        // then current exactly on the days one of the periods contains, bounds included
        for (LocalDate day = FIRST.minusDays(3); day.isBefore(FIRST.plusDays(15L * periods + 5));
            day = day.plusDays(1)) {
          assertThat(neighbour.isCurrentOn(day)).as("%d periods, open %s, on %s", periods, open, day)
              .isEqualTo(inAnyPeriod(involvements, day));
        }
      }
    }
  }

  @Test
  void theCalendarsBoundsAreOrdinaryDays() {
    // given a participant involved from the first day of the calendar to its last
    Participant volunteer = Participant.builder().id(MemberId.of("pt-1")).role(ParticipantRole.VOLUNTEER)
        .horizon(Horizon.MIDDLE).addInvolvement(Period.of(LocalDate.MIN, LocalDate.MIN.plusDays(1)))
        .addInvolvement(Period.of(LocalDate.MAX.minusDays(1), LocalDate.MAX)).build();

    // when judged on those days and between them
    // then current on the first two and the last two days only
    assertThat(volunteer.isCurrentOn(LocalDate.MIN)).isTrue();
    assertThat(volunteer.isCurrentOn(LocalDate.MIN.plusDays(2))).isFalse();
    assertThat(volunteer.isCurrentOn(FIRST)).isFalse();
    assertThat(volunteer.isCurrentOn(LocalDate.MAX)).isTrue();
  }
}
