package org.maillage.core.analysis.territory;

import org.maillage.analysis.TerritoryGraph;

/**
 * Both directions of every tie of a territory graph, in compressed sparse rows (<i>liste d'adjacence</i>): the
 * neighbours of node u are {@code targets[offsets[u]]} to {@code targets[offsets[u + 1] - 1]}, in increasing
 * order, and {@code ties[s]} is the graph's tie of slot s. Built in two linear passes over the graph's ties; held
 * only while an analysis runs (16 bytes a tie, transient).
 *
 * <p>Not thread-safe while built; read-only afterwards.
 */
public final class Adjacency {
  final int n;
  final int[] offsets;
  final int[] targets;
  final int[] ties;

  private Adjacency(int n, int[] offsets, int[] targets, int[] ties) {
    this.n = n;
    this.offsets = offsets;
    this.targets = targets;
    this.ties = ties;
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
    int[] ties = new int[2 * m];
    // u ascending: row v receives its smaller neighbours before its own larger ones, so each row is sorted
    for (int u = 0; u < n; u++) {
      int to = graph.tieStart(u + 1);
      for (int t = graph.tieStart(u); t < to; t++) {
        int v = graph.second(t);
        int s = next[u]++;
        targets[s] = v;
        ties[s] = t;
        s = next[v]++;
        targets[s] = u;
        ties[s] = t;
      }
    }
    return new Adjacency(n, offsets, targets, ties);
  }
}
