package org.maillage.core.rules.referent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.referent.ReferentFixtures.DATE;
import static org.maillage.core.rules.referent.ReferentFixtures.REFERENT;
import static org.maillage.core.rules.referent.ReferentFixtures.designation;
import static org.maillage.core.rules.referent.ReferentFixtures.network;
import static org.maillage.core.rules.referent.ReferentFixtures.professional;
import static org.maillage.core.rules.referent.ReferentFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.Period;
import org.maillage.core.Validator;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * {@code REFERENT-PERMANENT} judged on the first and last days of the calendar (<i>bornes du calendrier</i>):
 * the horizon three months after {@link LocalDate#MAX} stays at {@code LocalDate.MAX}, and the rule answers
 * instead of failing.
 */
class ReferentPermanentExtremeDatesTest {
  private static final LocalDate START = DATE.minusYears(1);

  private static ValidationReport judgedOn(Network network, LocalDate date) {
    return validate(new ReferentPermanentRule(), network, ValidationSettings.asOf(date));
  }

  @Test
  void theReferentIsJudgedOnTheCalendarsFirstAndLastDays() {
    // given a référent whose involvement and designation are open; one whose designation ends on the last day
    // of the calendar; and one involved from its first day, designated for its first two months
    Network open = network().addMember(professional(REFERENT.value()).build())
        .addReferent(designation(Period.from(START))).build();
    Network endingLast = network().addMember(professional(REFERENT.value()).build())
        .addReferent(designation(Period.of(START, LocalDate.MAX))).build();
    LocalDate end = LocalDate.MIN.plusMonths(2);
    Network fromFirst = network().addMember(professional(REFERENT.value())
            .involvements(List.of(Period.from(LocalDate.MIN))).build())
        .addReferent(designation(Period.of(LocalDate.MIN, end))).build();

    // when judged on LocalDate.MAX, and the last one on LocalDate.MIN
    ValidationReport openReport = judgedOn(open, LocalDate.MAX);
    ValidationReport endingReport = judgedOn(endingLast, LocalDate.MAX);
    ValidationReport firstReport = judgedOn(fromFirst, LocalDate.MIN);

    // then no rule failed: the open référent is permanent; the designation ending on the last day ends within
    // the horizon, which stays on the last day; the first one ends within three months of the first day
    assertThat(openReport.findings()).extracting(Finding::messageKey).doesNotContain(Validator.RULE_FAILED);
    assertThat(openReport.isEmpty()).isTrue();
    assertThat(endingReport.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.designation-ends");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("end", LocalDate.MAX, "months", 3));
    });
    assertThat(firstReport.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.designation-ends");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("end", end, "months", 3));
    });
  }

  @Test
  void aDesignationForeverIsJudgedOnOrdinaryDays() {
    // given a référent involved and designated from the first to the last day of the calendar
    Network network = network().addMember(professional(REFERENT.value()).involvements(
            List.of(Period.of(LocalDate.MIN, LocalDate.MAX))).build())
        .addReferent(designation(Period.of(LocalDate.MIN, LocalDate.MAX))).build();

    // when judged on an ordinary day
    ValidationReport report = judgedOn(network, DATE);

    // then nothing ends within three months
    assertThat(report.isEmpty()).isTrue();
  }
}
