package org.maillage.core.analysis.territory;

import org.maillage.analysis.TerritoryConnectivity;
import org.maillage.analysis.TerritoryGraph;

/**
 * Computes the components, isolated organisations, articulation points and bridges of a territory graph in one
 * iterative depth-first pass (Hopcroft and Tarjan's low points), with an explicit stack of int arrays: never
 * recursive, so a path of a million organisations needs no deep thread stack.
 *
 * <p>Linear in the nodes and ties: each slot of the adjacency is read once. The parent's tie, not the parent, is
 * skipped when a node looks back, so the result is right for any graph the builder makes. This class is stateless
 * and thread-safe.
 */
public final class ConnectivityComputation {
  private ConnectivityComputation() {}

  /**
   * Computes the connectivity. Each node's ties to larger nodes are read in the graph's own rows; its ties to
   * smaller ones in transient rows of 8 bytes a tie (one counting pass), so that no second copy of the whole graph
   * is made.
   *
   * @param graph the graph
   * @return its components, isolated organisations, articulation points and bridges
   */
  public static TerritoryConnectivity compute(TerritoryGraph graph) {
    int n = graph.organisationCount();
    int m = graph.tieCount();
    int[] lowerStart = new int[n + 1];
    for (int t = 0; t < m; t++) {
      lowerStart[graph.second(t) + 1]++;
    }
    for (int u = 0; u < n; u++) {
      lowerStart[u + 1] += lowerStart[u];
    }
    int[] fill = new int[n];
    System.arraycopy(lowerStart, 0, fill, 0, n);
    int[] lowerTie = new int[m]; // the tie of each slot; its other end is the tie's first node
    int[] lowerTarget = new int[m];
    for (int u = 0; u < n; u++) {
      int to = graph.tieStart(u + 1);
      for (int t = graph.tieStart(u); t < to; t++) {
        int s = fill[graph.second(t)]++;
        lowerTie[s] = t;
        lowerTarget[s] = u;
      }
    }
    int[] degrees = new int[n];
    for (int u = 0; u < n; u++) {
      degrees[u] = graph.tieStart(u + 1) - graph.tieStart(u) + lowerStart[u + 1] - lowerStart[u];
    }
    return compute(graph, n, new Rows() {
      @Override
      public int degree(int u) {
        return degrees[u];
      }

      @Override
      public int target(int u, int i) {
        int upper = graph.tieStart(u + 1) - graph.tieStart(u);
        return i < upper ? graph.second(graph.tieStart(u) + i) : lowerTarget[lowerStart[u] + i - upper];
      }

      @Override
      public int tie(int u, int i) {
        int upper = graph.tieStart(u + 1) - graph.tieStart(u);
        return i < upper ? graph.tieStart(u) + i : lowerTie[lowerStart[u] + i - upper];
      }
    });
  }

  /**
   * Computes the connectivity on rows already built.
   *
   * @param graph the graph
   * @param rows its adjacency
   * @return its components, isolated organisations, articulation points and bridges
   */
  public static TerritoryConnectivity compute(TerritoryGraph graph, Adjacency rows) {
    int[] offsets = rows.offsets;
    int[] targets = rows.targets;
    int[] ties = rows.ties;
    return compute(graph, rows.n, new Rows() {
      @Override
      public int degree(int u) {
        return offsets[u + 1] - offsets[u];
      }

      @Override
      public int target(int u, int i) {
        return targets[offsets[u] + i];
      }

      @Override
      public int tie(int u, int i) {
        return ties[offsets[u] + i];
      }
    });
  }

  /** The i-th neighbour of each node and the tie to it. */
  private interface Rows {
    int degree(int u);

    int target(int u, int i);

    int tie(int u, int i);
  }

  private static TerritoryConnectivity compute(TerritoryGraph graph, int n, Rows rows) {
    int[] component = new int[n];
    int[] discovered = new int[n]; // 0: not yet; else the discovery time, from 1
    int[] low = new int[n];
    int[] parentTie = new int[n];
    int[] next = new int[n]; // the next slot of each node's row to look at
    int[] stack = new int[n];
    boolean[] cut = new boolean[n];
    boolean[] bridge = new boolean[graph.tieCount()];
    int time = 0;
    int components = 0;
    int isolatedCount = 0;
    int cutCount = 0;
    int bridgeCount = 0;
    for (int root = 0; root < n; root++) {
      if (discovered[root] != 0) {
        continue;
      }
      if (rows.degree(root) == 0) {
        isolatedCount++;
      }
      int c = components++;
      int rootChildren = 0;
      int top = 0;
      stack[top++] = root;
      discovered[root] = ++time;
      low[root] = time;
      parentTie[root] = -1;
      next[root] = 0;
      component[root] = c;
      while (top > 0) {
        int u = stack[top - 1];
        if (next[u] < rows.degree(u)) {
          int i = next[u]++;
          int t = rows.tie(u, i);
          if (t == parentTie[u]) {
            continue;
          }
          int v = rows.target(u, i);
          if (discovered[v] == 0) {
            discovered[v] = ++time;
            low[v] = time;
            parentTie[v] = t;
            next[v] = 0;
            component[v] = c;
            stack[top++] = v;
            if (u == root) {
              rootChildren++;
            }
          } else if (discovered[v] < low[u]) {
            low[u] = discovered[v];
          }
        } else {
          top--;
          if (top > 0) {
            int p = stack[top - 1];
            if (low[u] < low[p]) {
              low[p] = low[u];
            }
            if (low[u] > discovered[p]) {
              bridge[parentTie[u]] = true;
              bridgeCount++;
            }
            if (p != root && low[u] >= discovered[p] && !cut[p]) {
              cut[p] = true;
              cutCount++;
            }
          }
        }
      }
      if (rootChildren > 1) {
        cut[root] = true;
        cutCount++;
      }
    }
    int[] isolated = new int[isolatedCount];
    int[] points = new int[cutCount];
    int i = 0;
    int j = 0;
    for (int u = 0; u < n; u++) {
      if (rows.degree(u) == 0) {
        isolated[i++] = u;
      }
      if (cut[u]) {
        points[j++] = u;
      }
    }
    int[] bridges = new int[bridgeCount];
    int b = 0;
    for (int t = 0; t < bridge.length; t++) {
      if (bridge[t]) {
        bridges[b++] = t;
      }
    }
    return TerritoryConnectivity.of(graph, component, isolated, points, bridges);
  }
}
