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
   * Computes the connectivity on both directions of every tie ({@link Adjacency}, transient: 16 bytes a tie while
   * it runs).
   *
   * @param graph the graph
   * @return its components, isolated organisations, articulation points and bridges
   */
  public static TerritoryConnectivity compute(TerritoryGraph graph) {
    return compute(graph, Adjacency.of(graph));
  }

  /**
   * Computes the connectivity on rows already built.
   *
   * @param graph the graph
   * @param rows its adjacency
   * @return its components, isolated organisations, articulation points and bridges
   */
  public static TerritoryConnectivity compute(TerritoryGraph graph, Adjacency rows) {
    int n = rows.n;
    int[] offsets = rows.offsets;
    int[] targets = rows.targets;
    int[] ties = rows.ties;
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
      if (offsets[root + 1] == offsets[root]) {
        isolatedCount++;
      }
      int c = components++;
      int rootChildren = 0;
      int top = 0;
      stack[top++] = root;
      discovered[root] = ++time;
      low[root] = time;
      parentTie[root] = -1;
      next[root] = offsets[root];
      component[root] = c;
      while (top > 0) {
        int u = stack[top - 1];
        if (next[u] < offsets[u + 1]) {
          int s = next[u]++;
          int t = ties[s];
          if (t == parentTie[u]) {
            continue;
          }
          int v = targets[s];
          if (discovered[v] == 0) {
            discovered[v] = ++time;
            low[v] = time;
            parentTie[v] = t;
            next[v] = offsets[v];
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
      if (offsets[u + 1] == offsets[u]) {
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
