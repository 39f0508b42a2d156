package org.maillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.network.Network;

/** The analysis benchmarks measure what they say, and ratios.py knows the V·E of their networks. */
class AnalysisBenchmarkTest {

  @Test
  void ratios_py_holds_the_vertex_edge_products_of_the_benchmarked_networks() throws Exception {
    // given
    String ratios = Files.readString(Path.of("ratios.py"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("VERTEX_EDGES = \\{60: (\\d+), 400: (\\d+)\\}").matcher(ratios);

    // when
    boolean found = m.find();

    // then
    assertThat(found).as("VERTEX_EDGES in ratios.py").isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(AnalysisBenchmark.vertexEdgeProduct(Networks.personCentred(60)));
    assertThat(Long.parseLong(m.group(2))).isEqualTo(AnalysisBenchmark.vertexEdgeProduct(Networks.personCentred(400)));
  }

  @Test
  void both_benchmarks_measure_the_same_graph() {
    // given
    AnalysisBenchmark.Metrics metrics = new AnalysisBenchmark.Metrics();
    metrics.members = 60;
    metrics.setUp();
    AnalysisBenchmark.Baseline baseline = new AnalysisBenchmark.Baseline();
    baseline.setUp();

    // when
    EgoNetworkMetrics ours = new AnalysisBenchmark().egoMetrics(metrics);
    Object[] jgrapht = new AnalysisBenchmark().jgraphtCentralities(baseline);

    // then
    @SuppressWarnings("unchecked")
    Map<MemberId, Double> betweenness = (Map<MemberId, Double>) jgrapht[0];
    Network network = baseline.network;
    assertThat(ours.centralities()).hasSize(betweenness.size()).hasSize(network.currentMembers(Networks.AS_OF).size() + 1);
    betweenness.forEach((id, score) ->
        assertThat(ours.centralityOf(id).orElseThrow().betweenness()).isCloseTo(score, within(1e-9)));
  }
}
