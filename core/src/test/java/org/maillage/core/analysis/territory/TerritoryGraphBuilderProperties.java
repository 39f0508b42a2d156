package org.maillage.core.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * The builder of a territory graph from an edge list: whatever the order of the nodes and ties, and with pairs given
 * more than once, the graph holds the nodes in id order and each pair once, first &lt; second, rows sorted, with its
 * weights summed: what a sorted map of pairs gives.
 */
class TerritoryGraphBuilderProperties {

  /** An edge list: n node ids in a shuffled order, and ties (some repeated, either way round) over them. */
  record EdgeList(List<String> ids, int[][] ties) {
    @Override
    public String toString() {
      return ids.size() + " organisations, " + ties.length + " ties";
    }
  }

  Gen<EdgeList> edgeLists() {
    return random -> {
      int n = 2 + random.nextInt(random.nextBoolean() ? 10 : 300);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ids.add(String.format("o-%04d", i));
      }
      if (random.nextInt(4) > 0) {
        Collections.shuffle(ids, new java.util.Random(random.nextLong()));
      }
      int m = random.nextInt(n * (random.nextBoolean() ? 3 : 40));
      int[][] ties = new int[m][];
      for (int t = 0; t < m; t++) {
        int a = random.nextInt(n);
        int b = (a + 1 + random.nextInt(n - 1)) % n;
        ties[t] = new int[] {a, b, random.nextInt(4), random.nextInt(3), random.nextInt(5)};
      }
      return new EdgeList(ids, ties);
    };
  }

  @Property(tries = 200)
  void the_graph_holds_each_pair_once_in_order_with_its_weights_summed(@ForAll("edgeLists") EdgeList list) {
    // given
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    for (String id : list.ids()) {
      builder.organisation(OrganisationId.of(id), OrganisationId.of(id), Optional.empty(), 1, 1, 0);
    }
    TreeMap<List<String>, List<Integer>> expected = new TreeMap<>((x, y) -> x.get(0).equals(y.get(0))
        ? x.get(1).compareTo(y.get(1)) : x.get(0).compareTo(y.get(0)));
    for (int[] tie : list.ties()) {
      builder.tie(tie[0], tie[1], tie[2], tie[3], tie[4]);
      String a = list.ids().get(tie[0]);
      String b = list.ids().get(tie[1]);
      List<String> pair = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
      List<Integer> sum = expected.getOrDefault(pair, List.of(0, 0, 0));
      expected.put(pair, List.of(sum.get(0) + tie[2], sum.get(1) + tie[3], sum.get(2) + tie[4]));
    }

    // when
    TerritoryGraph graph = builder.build();

    // then
    List<List<String>> pairs = new ArrayList<>();
    List<List<Integer>> weights = new ArrayList<>();
    for (int i = 0; i < graph.organisationCount(); i++) {
      for (int t = graph.tieStart(i); t < graph.tieStart(i + 1); t++) {
        assertThat(graph.first(t)).isEqualTo(i);
        pairs.add(List.of(graph.organisation(i).value(), graph.organisation(graph.second(t)).value()));
        weights.add(List.of(graph.sharedNetworks(t), graph.professionalTies(t), graph.meetingsTogether(t)));
      }
    }
    assertThat(graph.organisations()).isSorted();
    assertThat(pairs).containsExactlyElementsOf(expected.keySet());
    assertThat(weights).containsExactlyElementsOf(expected.values());
    Statistics.label("repeated pairs").collect(list.ties().length > expected.size() ? "some" : "none");
    Statistics.label("repeated pairs").coverage("some", 30);
    Statistics.label("long rows").collect(list.ties().length > 32 * list.ids().size() / 2 ? "some" : "none");
    Statistics.label("long rows").coverage("some", 10);
  }

  @Test
  void beyond_262144_ties_the_rows_are_sorted_the_other_way_with_the_same_result() {
    // given 300,000 ties, some repeated, over 2,000 organisations added in order
    SplittableRandom random = new SplittableRandom(15);
    int n = 2000;
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    for (int i = 0; i < n; i++) {
      OrganisationId id = OrganisationId.of(String.format("o-%05d", i));
      builder.organisation(id, id, Optional.empty(), 1, 1, 0);
    }
    int m = 300_000;
    long[] keys = new long[m]; // pair, then the tie's place, to sum the weights in order
    int[][] weights = new int[m][];
    for (int t = 0; t < m; t++) {
      int a = random.nextInt(n);
      int b = (a + 1 + random.nextInt(n - 1)) % n;
      weights[t] = new int[] {1 + random.nextInt(3), random.nextInt(3), random.nextInt(3)};
      builder.tie(a, b, weights[t][0], weights[t][1], weights[t][2]);
      keys[t] = ((long) Math.min(a, b) * n + Math.max(a, b)) << 20 | t;
    }
    java.util.Arrays.sort(keys);

    // when
    TerritoryGraph graph = builder.build();

    // then each distinct pair in order, its weights summed
    int tie = -1;
    long previous = -1;
    int[] sum = new int[3];
    List<int[]> expected = new ArrayList<>();
    for (long key : keys) {
      long pair = key >>> 20;
      int[] w = weights[(int) (key & ((1 << 20) - 1))];
      if (pair != previous) {
        sum = new int[] {(int) (pair / n), (int) (pair % n), 0, 0, 0};
        expected.add(sum);
        previous = pair;
      }
      sum[2] += w[0];
      sum[3] += w[1];
      sum[4] += w[2];
    }
    assertThat(graph.tieCount()).isEqualTo(expected.size());
    for (int[] e : expected) {
      tie++;
      assertThat(new int[] {graph.first(tie), graph.second(tie), graph.sharedNetworks(tie),
          graph.professionalTies(tie), graph.meetingsTogether(tie)}).as("tie %s", tie).isEqualTo(e);
    }
  }
}
