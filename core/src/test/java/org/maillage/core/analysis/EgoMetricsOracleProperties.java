package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.maillage.MemberId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Centrality;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.Figure;
import org.maillage.core.NetworkAnalysis;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * Degree, betweenness, closeness and the components of the alter graph agree with JGraphT 1.5 (the oracle, test
 * scope only) on generated networks, within floating tolerance. The oracle graph is built from the network's
 * ties alone, as DOMAIN.md §3 says: the person and the current members as nodes, the person tied to every alter,
 * two alters tied when at least one tie joins them.
 */
class EgoMetricsOracleProperties {
  private static final double TOLERANCE = 1e-9;

  Gen<Network> networks() {
    return EgoGraphs.any();
  }

  @Property(tries = 300)
  void centralities_and_components_agree_with_jgrapht(@ForAll("networks") Network network) {
    // given
    MemberId ego = network.focalPerson().orElseThrow().id();
    List<MemberId> alters = EgoGraphs.alters(network);
    Graph<MemberId, DefaultEdge> whole = oracleGraph(network, ego, alters, true);
    Graph<MemberId, DefaultEdge> alterGraph = oracleGraph(network, ego, alters, false);

    // when
    EgoNetworkMetrics m = NetworkAnalysis.egoMetrics(network, AnalysisSettings.asOf(EgoGraphs.DATE));

    // then
    Map<MemberId, Double> betweenness = new BetweennessCentrality<>(whole, false).getScores();
    Map<MemberId, Double> closeness = new ClosenessCentrality<>(whole, false, true).getScores();
    int n = alters.size() + 1;
    assertThat(m.centralities()).extracting(Centrality::individual).containsExactlyElementsOf(whole.vertexSet().stream()
        .sorted((a, b) -> a.equals(ego) ? -1 : b.equals(ego) ? 1 : alters.indexOf(a) - alters.indexOf(b)).toList());
    for (MemberId v : whole.vertexSet()) {
      Centrality c = m.centralityOf(v).orElseThrow();
      assertThat(c.degree()).as("degree of %s", v).isEqualTo(whole.degreeOf(v));
      assertThat(c.betweenness()).as("betweenness of %s", v).isCloseTo(betweenness.get(v), within(TOLERANCE));
      if (n >= 3) {
        assertThat(c.normalisedBetweenness().value()).isCloseTo(betweenness.get(v) / ((n - 1) * (n - 2) / 2.0),
            within(TOLERANCE));
      } else {
        assertThat(c.normalisedBetweenness()).isEqualTo(Figure.undefined());
      }
      if (n >= 2) {
        assertThat(c.closeness().value()).as("closeness of %s", v).isCloseTo(closeness.get(v), within(TOLERANCE));
      } else {
        assertThat(c.closeness()).isEqualTo(Figure.undefined());
      }
    }
    Set<Set<MemberId>> components = new ConnectivityInspector<>(alterGraph).connectedSets().stream()
        .map(HashSet::new).collect(Collectors.toSet());
    assertThat(m.components().stream().map(HashSet::new).collect(Collectors.toSet())).isEqualTo(components);
    assertThat(m.isolates()).containsExactlyInAnyOrderElementsOf(alterGraph.vertexSet().stream()
        .filter(v -> alterGraph.degreeOf(v) == 0).toList());
    assertThat(m.alterTies()).isEqualTo(alterGraph.edgeSet().size());
    assertThat(m.egoBetweenness()).isCloseTo(betweenness.get(ego), within(TOLERANCE));
    Statistics.label("alters").collect(n - 1 < 2 ? "0-1" : n - 1 < 10 ? "2-9" : "10+");
    Statistics.label("alters").coverage("10+", 30);
    Statistics.label("alters").coverage("0-1", 3);
    Statistics.label("alter components").collect(components.size() > 1 ? "several" : "one or none");
    Statistics.label("alter components").coverage("several", 30);
    Statistics.label("parallel ties").collect(parallel(network, alters) ? "some" : "none");
    Statistics.label("parallel ties").coverage("some", 10);
  }

  @Property(tries = 300)
  void ego_betweenness_is_the_ego_network_formula(@ForAll("networks") Network network) {
    // given: Σ over pairs of alters not tied to each other of 1 / (alters tied to both + 1), from the oracle graph
    MemberId ego = network.focalPerson().orElseThrow().id();
    List<MemberId> alters = EgoGraphs.alters(network);
    Graph<MemberId, DefaultEdge> alterGraph = oracleGraph(network, ego, alters, false);
    double expected = 0;
    for (int j = 0; j < alters.size(); j++) {
      for (int k = j + 1; k < alters.size(); k++) {
        MemberId a = alters.get(j);
        MemberId b = alters.get(k);
        if (!alterGraph.containsEdge(a, b)) {
          long common = alters.stream().filter(q -> alterGraph.containsEdge(a, q) && alterGraph.containsEdge(q, b))
              .count();
          expected += 1.0 / (common + 1);
        }
      }
    }

    // when
    EgoNetworkMetrics m = NetworkAnalysis.egoMetrics(network, AnalysisSettings.asOf(EgoGraphs.DATE));

    // then
    assertThat(m.egoBetweenness()).isCloseTo(expected, within(TOLERANCE));
  }

  private static Graph<MemberId, DefaultEdge> oracleGraph(Network network, MemberId ego, List<MemberId> alters,
      boolean withEgo) {
    Graph<MemberId, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    Set<MemberId> current = new HashSet<>(alters);
    if (withEgo) {
      graph.addVertex(ego);
    }
    for (MemberId alter : alters) {
      graph.addVertex(alter);
      if (withEgo) {
        graph.addEdge(ego, alter);
      }
    }
    for (Tie tie : network.ties()) {
      if (current.contains(tie.first()) && current.contains(tie.second())) {
        graph.addEdge(tie.first(), tie.second()); // a second tie of the pair is refused: counted once
      }
    }
    return graph;
  }

  private static boolean parallel(Network network, List<MemberId> alters) {
    Set<MemberId> current = new HashSet<>(alters);
    Set<Set<MemberId>> pairs = new HashSet<>();
    for (Tie tie : network.ties()) {
      if (current.contains(tie.first()) && current.contains(tie.second())
          && !pairs.add(Set.of(tie.first(), tie.second()))) {
        return true;
      }
    }
    return false;
  }
}
