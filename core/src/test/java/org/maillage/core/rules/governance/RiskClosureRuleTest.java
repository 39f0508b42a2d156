package org.maillage.core.rules.governance;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.CMP;
import static org.maillage.core.rules.governance.GovernanceFixtures.DATE;
import static org.maillage.core.rules.governance.GovernanceFixtures.NETWORK;
import static org.maillage.core.rules.governance.GovernanceFixtures.becomes;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.professional;
import static org.maillage.core.rules.governance.GovernanceFixtures.relative;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.Period;
import org.maillage.member.PrimaryMember;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class RiskClosureRuleTest implements RuleContract {
  private static final LocalDate SINCE = DATE.minusMonths(12);
  private static final LocalDate CREATED = DATE.minusYears(2);

  public Rule rule() {
    return new RiskClosureRule();
  }

  /** Founding members only: a relative and a professional, both since the creation two years ago. */
  private static Network.Builder founded() {
    return network().addMembers(relative("m-aunt").build(), professional("pro-1", CMP));
  }

  private static PrimaryMember member(String id, Period... involvements) {
    return relative(id).involvements(List.of(involvements)).build();
  }

  @Test
  void firesWhenNobodyJoinedOrLeftForTwelveMonths() {
    // given
    Network network = founded().build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("RISK-CLOSURE"));
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("RISK-CLOSURE.closed");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("months", 12, "last", CREATED));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @ParameterizedTest(name = "joined {0} days after the window opens: fires={1}")
  @CsvSource({"-1, true", "0, false", "1, false"})
  void aJoinWithinTheWindowKeepsItOpenAndTheWindowIncludesItsFirstDay(int days, boolean fires) {
    // given
    LocalDate joined = SINCE.plusDays(days);
    Network network = founded().addMember(member("m-new", Period.from(joined))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isNotEqualTo(fires);
    if (fires) {
      assertThat(report.findings().get(0).arguments()).containsEntry("last", joined);
    }
  }

  @Test
  void aLeaveWithinTheWindowKeepsItOpen() {
    // given
    Network network = founded().addMember(member("m-gone", Period.of(CREATED, DATE.minusMonths(3)))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void aLeaveOnTheDateCounts() {
    // given
    Network network = founded().addMember(member("m-gone", Period.of(CREATED, DATE))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void plannedJoinsAndLeavesAfterTheDateDoNotCount() {
    // given
    Network network = founded().addMember(member("m-next", Period.from(DATE.plusDays(1))))
        .addMember(member("m-leaving", Period.of(CREATED, DATE.plusMonths(1)))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.arguments()).containsEntry("last", CREATED));
  }

  @Test
  void theLatestMovementBeforeTheWindowIsReported() {
    // given
    LocalDate left = SINCE.minusMonths(2);
    LocalDate rejoined = SINCE.minusMonths(1);
    Network network = founded().addMember(member("m-back", Period.of(CREATED, left), Period.from(rejoined)))
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.arguments()).containsEntry("last", rejoined));
  }

  @Test
  void aNetworkCreatedWithinTheWindowIsNotClosed() {
    // given: its founding members joined before the creation was recorded, but the creation counts as a join
    Network network = network().created(SINCE).addMember(member("m-aunt", Period.from(SINCE.minusYears(3))))
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void honoursAChangedNumberOfMonths() {
    // given
    Network network = founded().addMember(member("m-new", Period.from(DATE.minusMonths(8)))).build();
    ValidationSettings sixMonths = ValidationSettings.builder().date(DATE).closureMonths(6).build();

    // when
    ValidationReport report = validate(rule(), network, sixMonths);

    // then
    assertThat(validate(rule(), network).isEmpty()).isTrue();
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.arguments()).isEqualTo(ImmutableMap.of("months", 6, "last", DATE.minusMonths(8))));
  }

  @Test
  void isSilentOnNetworksThatAreNotActive() {
    // given
    Network network = founded().addStatusHistory(becomes(NetworkStatus.SUSPENDED)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
