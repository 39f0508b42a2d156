package org.maillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.maillage.analysis.TerritoryConnectivity;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;

/**
 * The three contenders of {@link TerritoryBenchmark} find the same components, articulation points and bridges on
 * the 10,000-tie edge list, so they do the same work; the edge list has the shape it claims; a tie costs at most
 * 16 bytes; the fold and the plain loop read the same networks.
 */
class TerritoryBenchmarkTest {
  private final TerritoryEdges edges = TerritoryEdges.of(10_000, TerritoryEdges.SEED);

  @Test
  void the_edge_list_has_distinct_ties_over_a_tenth_as_many_organisations() {
    // then
    assertThat(edges.organisations).isEqualTo(1_000);
    assertThat(edges.first).hasSize(10_000);
    TerritoryGraph graph = TerritoryBenchmark.graph(edges);
    assertThat(graph.tieCount()).as("no pair twice").isEqualTo(10_000);
  }

  @Test
  void maillage_the_hand_written_pass_and_jgrapht_find_the_same_structure() throws InterruptedException {
    // when
    TerritoryConnectivity maillage = TerritoryBenchmark.connectivity(edges);
    TerritoryHandWritten.Result hand = TerritoryHandWritten.run(edges.organisations, edges.first, edges.second);
    Object[] jgrapht = TerritoryBenchmark.jgraphtOnBigStack(edges);

    // then
    TerritoryGraph graph = maillage.graph();
    assertThat(hand.component).containsExactly(componentsOf(maillage));
    List<Integer> cuts = new ArrayList<>();
    for (int v = 0; v < edges.organisations; v++) {
      if (hand.cut[v]) {
        cuts.add(v);
      }
    }
    List<Integer> ours = new ArrayList<>();
    for (int i = 0; i < maillage.articulationPointCount(); i++) {
      ours.add(maillage.articulationPoint(i));
    }
    assertThat(ours).isEqualTo(cuts).isNotEmpty();
    assertThat(new java.util.TreeSet<Object>((Set<?>) jgrapht[1])).containsExactlyElementsOf(new ArrayList<Object>(cuts));
    assertThat(((List<?>) jgrapht[0]).size()).isEqualTo(hand.components).isEqualTo(maillage.componentCount());
    int bridges = 0;
    for (boolean bridge : hand.bridge) {
      bridges += bridge ? 1 : 0;
    }
    assertThat(maillage.bridgeCount()).isEqualTo(bridges).isEqualTo(((Set<?>) jgrapht[2]).size()).isPositive();
    assertThat(maillage.isolatedCount()).isEqualTo(edges.organisations / 20);
    assertThat(graph.organisationCount()).isEqualTo(edges.organisations);
    assertThat((Set<?>) jgrapht[2]).allMatch(e -> e instanceof DefaultEdge);
  }

  @Test
  void a_tie_costs_at_most_sixteen_bytes() throws IllegalAccessException {
    // when
    double bytes = TerritoryFootprint.bytesPerTie(TerritoryEdges.of(100_000, TerritoryEdges.SEED));

    // then
    assertThat(bytes).isLessThanOrEqualTo(16.0).isGreaterThan(15.9);
  }

  @Test
  void the_fold_reads_what_the_plain_loop_reads() {
    // given
    var networks = TerritoryNetworks.of(200, TerritoryEdges.SEED);

    // when
    TerritoryGraph graph = TerritoryAnalysis.fold(networks.iterator(), TerritorySettings.defaults());

    // then
    assertThat(graph.networkCount()).isEqualTo(200);
    assertThat(graph.tieCount()).isPositive();
    assertThat(graph.networksBeyondBound()).isZero();
    assertThat(TerritoryBenchmark.plainLoop(networks)).isNotZero();
  }

  private static int[] componentsOf(TerritoryConnectivity connectivity) {
    int[] components = new int[connectivity.graph().organisationCount()];
    for (int v = 0; v < components.length; v++) {
      components[v] = connectivity.componentOf(v);
    }
    return components;
  }
}
