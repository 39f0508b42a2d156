package org.maillage.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.core.Validator;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.network.Network;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class NetworkCheckTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  @Test
  void aResultCarriesTheIdTheFindingsTheFormsAndTheMetrics() {
    // given
    String text = NetworkLines.line(9, 2);
    Network network = NetworkJsonReader.create().read(text);
    ValidationReport report = Validator.standard().validate(network, ValidationSettings.asOf(DATE));

    // when
    NetworkCheck.Outcome outcome = NetworkCheck.asOf(DATE).check(Line.of("in/a.jsonl", 3, text));

    // then
    assertThat(outcome.bad()).isNull();
    assertThat(outcome.result()).startsWith("{\"file\":\"in/a.jsonl\",\"line\":3,\"network\":\"n-2\",")
        .contains("\"acceptable\":" + report.isAcceptable(), "\"forms\":{", "\"verdict\":", "\"metrics\":{\"size\":");
    assertThat(outcome.counts()).contains(Count.of("\"aggregate\":\"networks\"", 1));
    long findings = outcome.counts().stream().filter(c -> c.key.startsWith("\"aggregate\":\"rule\""))
        .mapToLong(c -> c.count).sum();
    assertThat(findings).isEqualTo(report.count());
  }

  @Test
  void aLineThatIsNotANetworkIsABadLineWithItsFileAndLine() {
    // given
    Line line = Line.of("in/\"b\".jsonl", 7, "{\"network\": 3");

    // when
    NetworkCheck.Outcome outcome = NetworkCheck.asOf(DATE).check(line);

    // then
    assertThat(outcome.result()).isNull();
    assertThat(outcome.bad()).startsWith("{\"file\":\"in/\\\"b\\\".jsonl\",\"line\":7,\"error\":\"");
    assertThat(outcome.counts()).containsExactly(Count.of(NetworkCheck.Outcome.BAD_LINES, 1));
  }
}
