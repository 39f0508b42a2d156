package org.maillage.core.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.CMP;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.professional;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.Period;
import org.maillage.core.Validator;
import org.maillage.network.Evaluation;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * {@code GOV-REVIEW-DUE} and {@code RISK-CLOSURE} judged on the first and last days of the calendar
 * (<i>bornes du calendrier</i>): months counted back from {@link LocalDate#MIN} stay at {@code LocalDate.MIN},
 * and the rules answer instead of failing.
 */
class GovernanceExtremeDatesTest {
  private static final LocalDate CREATED = LocalDate.of(2025, 1, 6);

  /** A network created on a day, with a professional of the CMP involved from that day, for good. */
  private static Network.Builder createdOn(LocalDate created) {
    return network().created(created)
        .addMember(professional("pro-1").organisation(CMP).involvements(List.of(Period.from(created))).build());
  }

  private static ValidationReport judgedOn(GovReviewDueRule rule, Network network, LocalDate date) {
    return validate(rule, network, ValidationSettings.asOf(date));
  }

  @Test
  void reviewDueIsAnsweredOnTheCalendarsFirstAndLastDays() {
    // given a network created on the first day of the calendar, and one created in 2025, last evaluated in 2026
    Network first = createdOn(LocalDate.MIN).build();
    Network evaluated = createdOn(CREATED).addEvaluation(Evaluation.of(LocalDate.of(2026, 9, 15))).build();

    // when judged on LocalDate.MIN and LocalDate.MAX
    ValidationReport onFirstDay = judgedOn(new GovReviewDueRule(), first, LocalDate.MIN);
    ValidationReport onLastDay = judgedOn(new GovReviewDueRule(), evaluated, LocalDate.MAX);

    // then no rule failed: a network created that very day is not due; the 2026 evaluation is overdue
    assertThat(onFirstDay.findings()).extracting(Finding::messageKey).doesNotContain(Validator.RULE_FAILED);
    assertThat(onFirstDay.isEmpty()).isTrue();
    assertThat(onLastDay.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("GOV-REVIEW-DUE.overdue");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("last", LocalDate.of(2026, 9, 15), "months", 6));
    });
  }

  @Test
  void closureIsAnsweredOnTheCalendarsFirstAndLastDays() {
    // given a network created on the first day of the calendar; one created in 2025 with founding members
    // only; and the same with a member who leaves on the last day of the calendar
    Network first = createdOn(LocalDate.MIN).build();
    Network founded = createdOn(CREATED).build();
    Network leavingLast = createdOn(CREATED)
        .addMember(professional("pro-2").organisation(CMP).involvements(List.of(Period.of(CREATED, LocalDate.MAX)))
            .build())
        .build();
    RiskClosureRule rule = new RiskClosureRule();

    // when judged on LocalDate.MIN and LocalDate.MAX
    ValidationReport onFirstDay = validate(rule, first, ValidationSettings.asOf(LocalDate.MIN));
    ValidationReport foundedOnLastDay = validate(rule, founded, ValidationSettings.asOf(LocalDate.MAX));
    ValidationReport leavingOnLastDay = validate(rule, leavingLast, ValidationSettings.asOf(LocalDate.MAX));

    // then no rule failed: the creation that very day is a join within the window; nobody moved since 2025; a
    // leave on the last day is within the window
    assertThat(onFirstDay.findings()).extracting(Finding::messageKey).doesNotContain(Validator.RULE_FAILED);
    assertThat(onFirstDay.isEmpty()).isTrue();
    assertThat(foundedOnLastDay.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("RISK-CLOSURE.closed");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("months", 12, "last", CREATED));
    });
    assertThat(leavingOnLastDay.isEmpty()).isTrue();
  }
}
