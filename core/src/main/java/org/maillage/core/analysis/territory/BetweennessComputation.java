package org.maillage.core.analysis.territory;

import java.util.SplittableRandom;
import org.maillage.analysis.TerritoryBetweenness;
import org.maillage.analysis.TerritorySettings;

/**
 * Computes the betweenness of every organisation of a territory graph with Brandes' algorithm on the unweighted
 * graph, exact up to {@link TerritorySettings#exactBetweennessLimit()} organisations and sampled beyond (see
 * {@link TerritoryBetweenness} for the estimator and its (epsilon, delta) bound).
 *
 * <p>Each breadth-first search is O(n + m) and resets only the nodes it reached; exact is n searches, O(n·m);
 * sampled is k = ⌈ln(2n / δ) / (2ε²)⌉ searches, O(k·(n + m)), or exact when k ≥ n. The back-propagation reads
 * each reached node's row again instead of keeping lists of predecessors, so memory stays O(n + m). Sums are
 * made in a fixed order. This class is stateless and thread-safe.
 */
public final class BetweennessComputation {
  private BetweennessComputation() {}

  /**
   * Returns the number of sources a sampled estimate draws for n organisations.
   *
   * @param n the organisations
   * @param epsilon the error bound, as a share of n(n - 2) / 2
   * @param delta the probability of missing it
   * @return k = ⌈ln(2n / δ) / (2ε²)⌉
   */
  public static long samples(int n, double epsilon, double delta) {
    return (long) Math.ceil(Math.log(2.0 * n / delta) / (2 * epsilon * epsilon));
  }

  /**
   * Computes the betweenness, exact or sampled as the settings say.
   *
   * @param rows the graph's adjacency
   * @param settings the exact limit, epsilon, delta and seed
   * @return the betweenness
   */
  public static TerritoryBetweenness compute(Adjacency rows, TerritorySettings settings) {
    int n = rows.n;
    if (n <= settings.exactBetweennessLimit() || n < 3) {
      return exact(rows);
    }
    long k = samples(n, settings.epsilon(), settings.delta());
    if (k >= n) {
      return exact(rows);
    }
    return sampled(rows, (int) k, settings.epsilon(), settings.delta(), settings.seed());
  }

  /**
   * Computes the exact betweenness: a search from every node, in node order.
   *
   * @param rows the graph's adjacency
   * @return the exact betweenness
   */
  public static TerritoryBetweenness exact(Adjacency rows) {
    int n = rows.n;
    Search search = new Search(rows);
    for (int s = 0; s < n; s++) {
      search.accumulate(s);
    }
    double[] scores = search.scores;
    for (int v = 0; v < n; v++) {
      scores[v] /= 2; // each pair was counted from both ends
    }
    return TerritoryBetweenness.exact(scores);
  }

  /**
   * Computes the sampled estimate from k sources drawn with replacement.
   *
   * @param rows the graph's adjacency
   * @param k the samples
   * @param epsilon the epsilon the samples were chosen for
   * @param delta the delta
   * @param seed the seed
   * @return the estimate
   */
  public static TerritoryBetweenness sampled(Adjacency rows, int k, double epsilon, double delta, long seed) {
    int n = rows.n;
    Search search = new Search(rows);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      search.accumulate(random.nextInt(n));
    }
    double[] scores = search.scores;
    double scale = n / (2.0 * k);
    for (int v = 0; v < n; v++) {
      scores[v] *= scale;
    }
    return TerritoryBetweenness.sampled(scores, k, epsilon, delta, seed);
  }

  /** The arrays of Brandes' searches, reused from one source to the next. */
  private static final class Search {
    final int[] offsets;
    final int[] targets;
    final int[] distance;
    final double[] paths;
    final double[] dependency;
    final int[] order;
    final double[] scores;

    Search(Adjacency rows) {
      int n = rows.n;
      offsets = rows.offsets;
      targets = rows.targets;
      distance = new int[n];
      java.util.Arrays.fill(distance, -1);
      paths = new double[n];
      dependency = new double[n];
      order = new int[n];
      scores = new double[n];
    }

    /** Adds the dependencies of one source to the scores. */
    void accumulate(int source) {
      int reached = 0;
      int head = 0;
      order[reached++] = source;
      distance[source] = 0;
      paths[source] = 1;
      while (head < reached) {
        int u = order[head++];
        int du = distance[u] + 1;
        double pu = paths[u];
        for (int s = offsets[u], end = offsets[u + 1]; s < end; s++) {
          int v = targets[s];
          if (distance[v] < 0) {
            distance[v] = du;
            order[reached++] = v;
          }
          if (distance[v] == du) {
            paths[v] += pu;
          }
        }
      }
      for (int i = reached - 1; i > 0; i--) {
        int w = order[i];
        int before = distance[w] - 1;
        double share = (1 + dependency[w]) / paths[w];
        for (int s = offsets[w], end = offsets[w + 1]; s < end; s++) {
          int v = targets[s];
          if (distance[v] == before) {
            dependency[v] += paths[v] * share;
          }
        }
        scores[w] += dependency[w];
      }
      for (int i = 0; i < reached; i++) {
        int v = order[i];
        distance[v] = -1;
        paths[v] = 0;
        dependency[v] = 0;
      }
    }
  }
}
