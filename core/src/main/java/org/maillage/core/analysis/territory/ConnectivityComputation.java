package org.maillage.core.analysis.territory;

import java.util.Arrays;
import org.maillage.analysis.TerritoryConnectivity;
import org.maillage.analysis.TerritoryGraph;

/**
 * Computes the components, isolated organisations, articulation points and bridges of a territory graph in one
 * iterative depth-first pass (Hopcroft and Tarjan's low points), with an explicit stack of int arrays: never
 * recursive, so a path of a million organisations needs no deep thread stack.
 *
 * <p>Linear in the nodes and ties: each slot of the adjacency is read once. A graph made by the builder is simple
 * (the ties of one pair are summed into one), so the parent is skipped when a node looks back, and a bridge is
 * found as its child node, its tie looked up in the graph's row at the end (log of the row a bridge, then the
 * bridges sorted). This class is stateless and thread-safe.
 */
public final class ConnectivityComputation {
  private ConnectivityComputation() {}

  /**
   * Computes the connectivity on both directions of every tie ({@link Adjacency}, transient: 8 bytes a tie while
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
    int[] component = new int[n];
    int[] discovered = new int[n]; // 0: not yet; else the discovery time, from 1
    int[] low = new int[n];
    int[] parent = new int[n];
    int[] next = new int[n]; // the next slot of each node's row to look at
    int[] stack = new int[n];
    boolean[] cut = new boolean[n];
    int[] bridgeChild = new int[n]; // the child node below each bridge, its parent's tie being the bridge
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
      parent[root] = -1;
      next[root] = offsets[root];
      component[root] = c;
      while (top > 0) {
        int u = stack[top - 1];
        if (next[u] < offsets[u + 1]) {
          int v = targets[next[u]++];
          if (v == parent[u]) {
            continue;
          }
          if (discovered[v] == 0) {
            discovered[v] = ++time;
            low[v] = time;
            parent[v] = u;
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
              bridgeChild[bridgeCount++] = u;
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
    for (int b = 0; b < bridgeCount; b++) {
      int u = bridgeChild[b];
      bridges[b] = tieOf(graph, Math.min(u, parent[u]), Math.max(u, parent[u]));
    }
    Arrays.sort(bridges);
    return TerritoryConnectivity.of(graph, component, isolated, points, bridges);
  }

  /** Returns the tie of two tied nodes, {@code a < b}: a binary search of b in the graph's row of a. */
  private static int tieOf(TerritoryGraph graph, int a, int b) {
    int low = graph.tieStart(a);
    int high = graph.tieStart(a + 1) - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (graph.second(mid) < b) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
