package org.maillage.core.rules.governance;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.governance.GovernanceFixtures.DATE;
import static org.maillage.core.rules.governance.GovernanceFixtures.NETWORK;
import static org.maillage.core.rules.governance.GovernanceFixtures.becomes;
import static org.maillage.core.rules.governance.GovernanceFixtures.network;
import static org.maillage.core.rules.governance.GovernanceFixtures.validate;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Governance;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class GovSharedDeontologyRuleTest implements RuleContract {

  public Rule rule() {
    return new GovSharedDeontologyRule();
  }

  private static Network withCharter(LocalDate adopted, boolean coversCommunication) {
    return network().governance(Governance.builder().ethicsCharter(EthicsCharter.of(adopted, coversCommunication))
        .build()).build();
  }

  @Test
  void firesForAnActiveNetworkWithoutCharter() {
    // given
    Network network = network().build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("GOV-SHARED-DEONTOLOGY"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).governance());
      assertThat(f.messageKey()).isEqualTo("GOV-SHARED-DEONTOLOGY.missing");
      assertThat(f.arguments()).isEmpty();
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void aCharterCoveringCommunicationSilencesIt() {
    // given
    Network network = withCharter(DATE.minusMonths(1), true);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void firesForACharterThatDoesNotCoverCommunication() {
    // given
    LocalDate adopted = DATE.minusMonths(1);
    Network network = withCharter(adopted, false);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("GOV-SHARED-DEONTOLOGY.no-communication");
      assertThat(f.arguments()).isEqualTo(Map.of("adopted", adopted));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void aCharterAdoptedAfterTheDateIsNotThereYet() {
    // given
    Network onTheDate = withCharter(DATE, true);
    Network dayAfter = withCharter(DATE.plusDays(1), true);

    // when
    ValidationReport silent = validate(rule(), onTheDate);
    ValidationReport report = validate(rule(), dayAfter);

    // then
    assertThat(silent.isEmpty()).isTrue();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("GOV-SHARED-DEONTOLOGY.not-yet-adopted");
      assertThat(f.arguments()).isEqualTo(Map.of("adopted", DATE.plusDays(1)));
    });
    RuleChecks.assertRendersFully(rule(), report);
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
  void isSilentOnANetworkCreatedAfterTheDate() {
    // given
    Network network = network().created(DATE.plusDays(1)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
