package org.maillage.core.analysis.territory;

import org.maillage.analysis.TerritoryGraph;

/**
 * Both directions of every tie of a territory graph, in compressed sparse rows (<i>liste d'adjacence</i>): the
 * neighbours of node u are {@code targets[offsets[u]]} to {@code targets[offsets[u + 1] - 1]}, in increasing
 * order. Built in two linear passes over the graph's ties; held only while an analysis runs (8 bytes a tie,
 * transient). A graph made by the builder is simple (a pair is tied once), so a neighbour names its tie: the tie of
 * u and v is found in the graph's row of the smaller one.
 *
 * <p>Not thread-safe while built; read-only afterwards.
 */
public final class Adjacency {
  final int n;
  final int[] offsets;
  final int[] targets;

  private Adjacency(int n, int[] offsets, int[] targets) {
    this.n = n;
    this.offsets = offsets;
    this.targets = targets;
  }

  /**
   * Builds the rows of a graph; linear in the nodes and ties.
   *
   * @param graph the graph
   * @return its rows
   */
  public static Adjacency of(TerritoryGraph graph) {
    int n = graph.organisationCount();
    int m = graph.tieCount();
    int[] offsets = new int[n + 1];
    for (int u = 0; u < n; u++) {
      int from = graph.tieStart(u);
      int to = graph.tieStart(u + 1);
      offsets[u + 1] += to - from;
      for (int t = from; t < to; t++) {
        offsets[graph.second(t) + 1]++;
      }
    }
    for (int u = 0; u < n; u++) {
      offsets[u + 1] += offsets[u];
    }
    int[] next = new int[n];
    System.arraycopy(offsets, 0, next, 0, n);
    int[] targets = new int[2 * m];
    // u ascending: row v receives its smaller neighbours before its own larger ones, so each row is sorted
    for (int u = 0; u < n; u++) {
      int to = graph.tieStart(u + 1);
      for (int t = graph.tieStart(u); t < to; t++) {
        int v = graph.second(t);
        targets[next[u]++] = v;
        targets[next[v]++] = u;
      }
    }
    return new Adjacency(n, offsets, targets);
  }
}
