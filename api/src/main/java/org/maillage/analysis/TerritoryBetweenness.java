package org.maillage.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The betweenness of each organisation of a territory graph (<i>intermédiarité</i>): the number of shortest paths
 * between two other organisations that go through it, each pair counted once and its paths shared equally
 * (Freeman; Brandes' algorithm), ties unweighted.
 *
 * <p><b>Exact or sampled.</b> Up to {@link TerritorySettings#exactBetweennessLimit()} organisations the value is
 * exact: one breadth-first search from every organisation, O(n·m) time and O(n + m) memory. Beyond, it is an
 * estimate from k breadth-first searches from sources drawn uniformly, with replacement, with a
 * {@link java.util.SplittableRandom} of the {@linkplain TerritorySettings#seed() seed}: B̂(v) = n / (2k) · Σ over
 * the sources s of δ<sub>s</sub>(v), Brandes' dependency of s on v. Each δ<sub>s</sub>(v) / (n − 2) lies in [0, 1]
 * and has mean B(v) / (n(n − 2) / 2), so by Hoeffding's inequality and a union bound over the n organisations,
 * with k = ⌈ln(2n / δ) / (2ε²)⌉ samples:
 *
 * <pre>
 *   P( for every organisation v, |B̂(v) − B(v)| ≤ ε · n(n − 2) / 2 ) ≥ 1 − δ
 * </pre>
 *
 * <p>that is, {@link #normalised(int)} (B divided by (n − 1)(n − 2) / 2) is within ε · n / (n − 1) of its exact
 * value. The cost is O(k·(n + m)). When k would reach n, the exact value is computed instead, for less. Sums are
 * taken in a fixed order (sources in their order of drawing, nodes in breadth-first order), so the same graph and
 * seed give the same figures, to the last bit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
public final class TerritoryBetweenness {
  private final double[] scores;
  private final boolean exact;
  private final int samples;
  private final double epsilon;
  private final double delta;
  private final long seed;

  private TerritoryBetweenness(double[] scores, boolean exact, int samples, double epsilon, double delta, long seed) {
    this.scores = scores;
    this.exact = exact;
    this.samples = samples;
    this.epsilon = epsilon;
    this.delta = delta;
    this.seed = seed;
  }

  /**
   * Returns exact betweenness scores; the array is copied.
   *
   * @param scores each node's betweenness, finite and not negative
   * @return the scores
   */
  public static TerritoryBetweenness exact(double[] scores) {
    return new TerritoryBetweenness(checked(scores), true, scores.length, 0, 0, 0);
  }

  /**
   * Returns sampled betweenness estimates; the array is copied.
   *
   * @param scores each node's estimate, finite and not negative
   * @param samples the number of sources drawn, k
   * @param epsilon the epsilon of the bound
   * @param delta the delta of the bound
   * @param seed the seed the sources were drawn with
   * @return the estimates
   * @throws IllegalArgumentException if k is not positive or epsilon or delta not in (0, 1)
   */
  public static TerritoryBetweenness sampled(double[] scores, int samples, double epsilon, double delta, long seed) {
    if (samples < 1 || !(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("TerritoryBetweenness.sampled: samples " + samples + ", epsilon " + epsilon
          + ", delta " + delta + "; give at least one sample and epsilon and delta in (0, 1)");
    }
    return new TerritoryBetweenness(checked(scores), false, samples, epsilon, delta, seed);
  }

  private static double[] checked(double[] scores) {
    for (int i = 0; i < scores.length; i++) {
      if (!(scores[i] >= 0) || Double.isInfinite(scores[i])) {
        throw new IllegalArgumentException("TerritoryBetweenness: score " + scores[i] + " of node " + i
            + " is not a finite, non-negative number");
      }
    }
    return scores.clone();
  }

  /**
   * Tells whether the scores are exact.
   *
   * @return true if exact, false if sampled
   */
  public boolean isExact() {
    return exact;
  }

  /**
   * Returns the number of breadth-first searches made: n when exact, k when sampled.
   *
   * @return the searches
   */
  public int samples() {
    return samples;
  }

  /**
   * Returns the epsilon of the bound.
   *
   * @return epsilon, 0 when exact
   */
  public double epsilon() {
    return epsilon;
  }

  /**
   * Returns the delta of the bound.
   *
   * @return delta, 0 when exact
   */
  public double delta() {
    return delta;
  }

  /**
   * Returns the seed the sources were drawn with.
   *
   * @return the seed, 0 when exact
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of organisations scored.
   *
   * @return n
   */
  public int size() {
    return scores.length;
  }

  /**
   * Returns the betweenness of a node, or its estimate.
   *
   * @param node a node
   * @return the betweenness, pairs counted once
   */
  public double of(int node) {
    return scores[node];
  }

  /**
   * Returns the betweenness of a node divided by the pairs of other nodes, (n − 1)(n − 2) / 2.
   *
   * @param node a node
   * @return the normalised betweenness, in [0, 1] when exact; undefined below three nodes
   */
  public Figure normalised(int node) {
    double n = scores.length;
    return Figure.ratio(scores[node], (n - 1) * (n - 2) / 2);
  }

  /**
   * Returns the bound on the error of every estimate, which holds with probability 1 − delta: ε · n(n − 2) / 2.
   *
   * @return the bound, 0 when exact
   */
  public double errorBound() {
    double n = scores.length;
    return exact ? 0 : epsilon * n * (n - 2) / 2;
  }

  /**
   * Returns the nodes of highest betweenness, highest first, then by node; sorts every node, n log n.
   *
   * @param count the most nodes wanted
   * @return up to {@code count} nodes
   */
  public int[] top(int count) {
    int n = scores.length;
    Integer[] nodes = new Integer[n];
    for (int i = 0; i < n; i++) {
      nodes[i] = i;
    }
    Arrays.sort(nodes, (x, y) -> {
      int c = Double.compare(scores[y], scores[x]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    int[] top = new int[Math.min(count, n)];
    for (int i = 0; i < top.length; i++) {
      top[i] = nodes[i];
    }
    return top;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TerritoryBetweenness)) {
      return false;
    }
    TerritoryBetweenness b = (TerritoryBetweenness) o;
    return exact == b.exact && samples == b.samples && Double.compare(epsilon, b.epsilon) == 0
        && Double.compare(delta, b.delta) == 0 && seed == b.seed && Arrays.equals(scores, b.scores);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exact, samples, epsilon, delta, seed) * 31 + Arrays.hashCode(scores);
  }

  @Override
  public String toString() {
    return "TerritoryBetweenness{organisations=" + scores.length + ", exact=" + exact + ", samples=" + samples
        + (exact ? "" : ", epsilon=" + epsilon + ", delta=" + delta + ", seed=" + seed) + "}";
  }
}
