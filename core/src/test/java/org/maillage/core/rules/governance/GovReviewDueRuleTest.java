package org.maillage.core.rules.governance;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.DATE;
import static org.maillage.core.rules.governance.GovernanceFixtures.NETWORK;
import static org.maillage.core.rules.governance.GovernanceFixtures.becomes;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.network.Evaluation;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class GovReviewDueRuleTest implements RuleContract {
  private static final LocalDate LIMIT = DATE.minusMonths(6);

  public Rule rule() {
    return new GovReviewDueRule();
  }

  @Test
  void firesWhenTheLastEvaluationIsOlderThanSixMonths() {
    // given
    LocalDate last = LIMIT.minusDays(1);
    Network network = network().addEvaluations(Evaluation.of(DATE.minusYears(1)), Evaluation.of(last)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("GOV-REVIEW-DUE"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("GOV-REVIEW-DUE.overdue");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("last", last, "months", 6));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @ParameterizedTest(name = "evaluated {0} days after the limit: fires={1}")
  @CsvSource({"-1, true", "0, false", "1, false"})
  void anEvaluationIsDueStrictlyAfterSixMonths(int daysAfterLimit, boolean fires) {
    // given
    Network network = network().addEvaluation(Evaluation.of(LIMIT.plusDays(daysAfterLimit))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isNotEqualTo(fires);
  }

  @Test
  void theLatestEvaluationCountsWhateverTheListOrder() {
    // given
    Network network = network().addEvaluations(Evaluation.of(DATE.minusMonths(1)), Evaluation.of(DATE.minusYears(1)))
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void withoutEvaluationTheCreationCounts() {
    // given
    Network old = network().created(LIMIT.minusDays(1)).build();
    Network atTheLimit = network().created(LIMIT).build();

    // when
    ValidationReport report = validate(rule(), old);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("GOV-REVIEW-DUE.never");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("created", LIMIT.minusDays(1), "months", 6));
    });
    RuleChecks.assertRendersFully(rule(), report);
    assertThat(validate(rule(), atTheLimit).isEmpty()).isTrue();
  }

  @Test
  void anEvaluationAfterTheDateHasNotHappenedYet() {
    // given
    Network network = network().addEvaluation(Evaluation.of(DATE.plusDays(1))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().extracting(Finding::messageKey).isEqualTo("GOV-REVIEW-DUE.never");
  }

  @Test
  void honoursAChangedThreshold() {
    // given
    Network network = network().addEvaluation(Evaluation.of(DATE.minusMonths(4))).build();
    ValidationSettings threeMonths = ValidationSettings.builder().date(DATE).reviewMonths(3).build();

    // when
    ValidationReport report = validate(rule(), network, threeMonths);

    // then
    assertThat(validate(rule(), network).isEmpty()).isTrue();
    assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.arguments().get("months")).isEqualTo(3));
  }

  @ParameterizedTest
  @EnumSource(value = NetworkStatus.class, names = {"SUSPENDED", "CLOSED"})
  void isSilentOnNetworksThatAreNotActive(NetworkStatus status) {
    // given
    Network network = network().addStatusHistory(becomes(status)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void aResumedNetworkIsJudgedAgain() {
    // given
    Network network = network().addStatusHistory(becomes(NetworkStatus.SUSPENDED))
        .addStatusHistory(StatusChange.of(DATE, NetworkStatus.ACTIVE)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.count()).isEqualTo(1);
  }
}
