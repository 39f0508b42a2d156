package org.maillage.core.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.maillage.analysis.TerritoryBetweenness;
import org.maillage.analysis.TerritoryConnectivity;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * Components, isolated organisations, articulation points, bridges and exact betweenness of territory graphs agree
 * with JGraphT 1.5 (the oracle, test scope only) on generated graphs of up to 200 organisations, and on a few of
 * 1,000 to 3,000 (betweenness up to 150, since JGraphT's costs O(n·m) with hash maps), within floating tolerance.
 */
class TerritoryOracleProperties {
  private static final double TOLERANCE = 1e-7;

  Gen<Graphs.Drawn> large() {
    return random -> {
      int n = 1_000 + random.nextInt(2_000);
      String[] shapes = {"sparse", "tree", "cycles", "clusters"};
      String shape = shapes[random.nextInt(shapes.length)];
      java.util.List<int[]> edges = Graphs.edges(shape, n, random);
      return new Graphs.Drawn(n, edges, Graphs.build(n, edges, random), shape);
    };
  }

  Gen<Graphs.Drawn> betweenness() {
    return Graphs.upTo(150);
  }

  Gen<Graphs.Drawn> small() {
    return Graphs.upTo(200);
  }

  @Property(tries = 200)
  void connectivity_agrees_with_jgrapht(@ForAll("small") Graphs.Drawn drawn) {
    connectivityAgrees(drawn);
  }

  @Property(tries = 25)
  void connectivity_agrees_with_jgrapht_on_thousands_of_organisations(@ForAll("large") Graphs.Drawn drawn) {
    connectivityAgrees(drawn);
  }

  private static void connectivityAgrees(Graphs.Drawn drawn) {
    // given
    Graph<Integer, DefaultEdge> oracle = oracle(drawn);

    // when
    TerritoryConnectivity connectivity = TerritoryAnalysis.connectivity(drawn.graph());

    // then
    TerritoryGraph graph = drawn.graph();
    Set<Set<Integer>> components = new ConnectivityInspector<>(oracle).connectedSets().stream()
        .map(HashSet::new).collect(Collectors.toSet());
    assertThat(connectivity.componentCount()).isEqualTo(components.size());
    for (Set<Integer> component : components) {
      int label = connectivity.componentOf(component.iterator().next());
      assertThat(component).allMatch(v -> connectivity.componentOf(v) == label);
      assertThat(connectivity.componentSize(label)).isEqualTo(component.size());
    }
    assertThat(connectivity.isolated()).containsExactlyElementsOf(oracle.vertexSet().stream()
        .filter(v -> oracle.degreeOf(v) == 0).sorted().map(Graphs::id).toList());
    BiconnectivityInspector<Integer, DefaultEdge> biconnectivity = new BiconnectivityInspector<>(oracle);
    assertThat(connectivity.articulationPoints()).containsExactlyElementsOf(
        new TreeSet<>(biconnectivity.getCutpoints()).stream().map(Graphs::id).toList());
    Set<List<Integer>> bridges = biconnectivity.getBridges().stream()
        .map(e -> List.of(Math.min(oracle.getEdgeSource(e), oracle.getEdgeTarget(e)),
            Math.max(oracle.getEdgeSource(e), oracle.getEdgeTarget(e))))
        .collect(Collectors.toSet());
    Set<List<Integer>> ours = new HashSet<>();
    for (int i = 0; i < connectivity.bridgeCount(); i++) {
      int tie = connectivity.bridge(i);
      ours.add(List.of(graph.first(tie), graph.second(tie)));
    }
    assertThat(ours).isEqualTo(bridges);
    Statistics.label("components").collect(components.size() > 1 ? "several" : "one or none");
    Statistics.label("components").coverage("several", 30);
    Statistics.label("articulation points").collect(connectivity.articulationPointCount() > 0 ? "some" : "none");
    Statistics.label("articulation points").coverage("some", 40);
    Statistics.label("bridges").collect(connectivity.bridgeCount() > 0 ? "some" : "none");
    Statistics.label("bridges").coverage("some", 40);
  }

  @Property(tries = 150)
  void exact_betweenness_agrees_with_jgrapht(@ForAll("betweenness") Graphs.Drawn drawn) {
    // given
    Graph<Integer, DefaultEdge> oracle = oracle(drawn);

    // when
    TerritoryBetweenness betweenness = TerritoryAnalysis.betweenness(drawn.graph(), TerritorySettings.defaults());

    // then
    Map<Integer, Double> expected = new BetweennessCentrality<>(oracle, false).getScores();
    assertThat(betweenness.isExact()).isTrue();
    for (int v = 0; v < drawn.n(); v++) {
      assertThat(betweenness.of(v)).as("betweenness of %s", v).isCloseTo(expected.get(v),
          within(TOLERANCE * Math.max(1, expected.get(v))));
    }
    Statistics.label("some betweenness").collect(expected.values().stream().anyMatch(x -> x > 0) ? "yes" : "no");
    Statistics.label("some betweenness").coverage("yes", 50);
  }

  private static Graph<Integer, DefaultEdge> oracle(Graphs.Drawn drawn) {
    Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    for (int v = 0; v < drawn.n(); v++) {
      graph.addVertex(v);
    }
    for (int[] edge : drawn.edges()) {
      graph.addEdge(edge[0], edge[1]);
    }
    return graph;
  }
}
