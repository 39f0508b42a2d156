package org.maillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.maillage.formats.json.NetworkJsonLinesReader;
import org.maillage.formats.json.NetworkLines;
import org.maillage.network.Network;

/** The JSON benchmarks measure what they say: the same network both ways, and a stream of distinct documents. */
class JsonBenchmarkTest {

  @Test
  void the_network_and_its_records_are_the_same_document() {
    // given
    JsonBenchmark.Document d = new JsonBenchmark.Document();

    // when
    d.setUp();
    JsonBenchmark benchmark = new JsonBenchmark();

    // then
    assertThat(benchmark.readNetwork(d)).isEqualTo(d.network);
    assertThat(benchmark.readRecords(d).network().members()).hasSize(60);
    assertThat(benchmark.writeNetwork(d)).isEqualTo(d.json);
    assertThat(benchmark.writeRecords(d).length).isBetween(d.json.length * 9 / 10, d.json.length * 11 / 10);
  }

  @Test
  void the_generated_stream_holds_distinct_networks_one_per_line() throws IOException {
    // given
    Network network = Networks.personCentred(60);

    // when
    int read = 0;
    Network last = null;
    try (NetworkLines lines = NetworkJsonLinesReader.create().open(new GeneratedLines(network, 5))) {
      while (lines.hasNext()) {
        last = lines.next();
        read++;
      }
    }
    StringWriter text = new StringWriter();
    try (Reader r = new GeneratedLines(network, 2)) {
      r.transferTo(text);
    }

    // then
    assertThat(read).isEqualTo(5);
    assertThat(last.id().value()).isEqualTo("n-4");
    assertThat(last.members()).isEqualTo(network.members());
    assertThat(text.toString().lines()).hasSize(2);
  }

  @Test
  void the_lines_benchmark_reads_and_validates_a_small_stream() {
    // given
    JsonLinesBenchmark.Stream s = new JsonLinesBenchmark.Stream();
    s.count = 3;
    s.setUp();
    org.openjdk.jmh.infra.Blackhole bh = new org.openjdk.jmh.infra.Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    // when
    JsonLinesBenchmark benchmark = new JsonLinesBenchmark();

    // then
    assertThat(benchmark.readAndValidate(s, bh)).isEqualTo(3);
    assertThat(benchmark.readOnly(s, bh)).isEqualTo(3);
    assertThat(benchmark.validateOnly(s, bh)).isEqualTo(3);
  }
}
