package org.maillage.benchmarks;

/**
 * The limit of the territory benchmarks (issue 15): a hand-written int-array pass over an edge list that does what
 * {@code TerritoryGraph.builder(...)...build()} then {@code TerritoryAnalysis.connectivity(graph)} do, and nothing
 * else: both directions of each tie in compressed sparse rows (one counting pass), then one iterative depth-first
 * search giving each organisation's component, the articulation points and the bridges (Hopcroft and Tarjan's low
 * points). No ids, no weights, no checks, no copies: the floor that a library with values and checks is measured
 * against.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class TerritoryHandWritten {
  private TerritoryHandWritten() {}

  /** What the pass finds. */
  public static final class Result {
    /** Each organisation's component, numbered in the order of their smallest organisation. */
    public final int[] component;
    /** The number of components. */
    public final int components;
    /** Whether each organisation is an articulation point. */
    public final boolean[] cut;
    /** Whether each tie of the edge list is a bridge. */
    public final boolean[] bridge;

    Result(int[] component, int components, boolean[] cut, boolean[] bridge) {
      this.component = component;
      this.components = components;
      this.cut = cut;
      this.bridge = bridge;
    }
  }

  /**
   * Runs the pass.
   *
   * @param n the organisations
   * @param first one end of each tie
   * @param second the other end
   * @return the components, articulation points and bridges
   */
  public static Result run(int n, int[] first, int[] second) {
    int m = first.length;
    int[] offsets = new int[n + 1];
    for (int e = 0; e < m; e++) {
      offsets[first[e] + 1]++;
      offsets[second[e] + 1]++;
    }
    for (int u = 0; u < n; u++) {
      offsets[u + 1] += offsets[u];
    }
    int[] fill = new int[n];
    System.arraycopy(offsets, 0, fill, 0, n);
    int[] targets = new int[2 * m];
    int[] ties = new int[2 * m];
    for (int e = 0; e < m; e++) {
      int a = first[e];
      int b = second[e];
      int s = fill[a]++;
      targets[s] = b;
      ties[s] = e;
      s = fill[b]++;
      targets[s] = a;
      ties[s] = e;
    }
    int[] component = new int[n];
    int[] discovered = new int[n];
    int[] low = new int[n];
    int[] parentTie = new int[n];
    int[] next = new int[n];
    int[] stack = new int[n];
    boolean[] cut = new boolean[n];
    boolean[] bridge = new boolean[m];
    int time = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (discovered[root] != 0) {
        continue;
      }
      int c = components++;
      int children = 0;
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
              children++;
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
            }
            if (p != root && low[u] >= discovered[p]) {
              cut[p] = true;
            }
          }
        }
      }
      if (children > 1) {
        cut[root] = true;
      }
    }
    return new Result(component, components, cut, bridge);
  }
}
