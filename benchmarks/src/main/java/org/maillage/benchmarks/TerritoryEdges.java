package org.maillage.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.maillage.OrganisationId;

/**
 * The edge list of the territory benchmarks (issue 15): {@code ties} distinct pairs over {@code ties / 10}
 * organisations, from a seed, the same for every contender. Its shape has what the connectivity looks for: 5% of
 * the organisations isolated, 20% hanging in small trees off the others (each by one tie: bridges and articulation
 * points), and the other 75% a random core holding the remaining ties. Pairs are listed in a shuffled order, each
 * as (smaller, larger) or the other way at random.
 *
 * <p>Immutable once made; its arrays are read, never written, by the benchmarks.
 *
 * @since 0.2
 */
public final class TerritoryEdges {
  /** The seed of every edge list of the benchmarks. */
  public static final long SEED = 15L;

  /** The organisations, n. */
  public final int organisations;
  /** One end of each tie. */
  public final int[] first;
  /** The other end of each tie. */
  public final int[] second;
  /** The organisations' ids, in node order (sorted). */
  public final OrganisationId[] ids;

  private TerritoryEdges(int organisations, int[] first, int[] second) {
    this.organisations = organisations;
    this.first = first;
    this.second = second;
    this.ids = new OrganisationId[organisations];
    for (int i = 0; i < organisations; i++) {
      ids[i] = OrganisationId.of(String.format("o%07d", i));
    }
  }

  /**
   * Makes the edge list.
   *
   * @param ties the number of ties, m, at least 100
   * @param seed the seed
   * @return the edge list
   */
  public static TerritoryEdges of(int ties, long seed) {
    int n = ties / 10;
    SplittableRandom random = new SplittableRandom(seed);
    int isolated = n / 20;
    int hanging = n / 5;
    int core = n - isolated - hanging;
    long[] keys = new long[ties + ties / 10];
    int k = 0;
    // the trees: organisation v hangs off an earlier tree organisation or a core one
    for (int v = core; v < core + hanging; v++) {
      int parent = v > core && random.nextInt(3) > 0 ? core + random.nextInt(v - core) : random.nextInt(core);
      keys[k++] = key(v, parent);
    }
    while (true) {
      while (k < keys.length) {
        int a = random.nextInt(core);
        int b = random.nextInt(core);
        if (a != b) {
          keys[k++] = key(a, b);
        }
      }
      Arrays.sort(keys, hanging, k);
      int distinct = hanging;
      for (int i = hanging; i < k; i++) {
        if (i == hanging || keys[i] != keys[i - 1]) {
          keys[distinct++] = keys[i];
        }
      }
      if (distinct >= ties) {
        k = distinct;
        break;
      }
      k = distinct;
    }
    // the core's pairs beyond the ties wanted are dropped at random, then the list is shuffled
    shuffle(keys, hanging, k, random);
    shuffle(keys, 0, ties, random);
    int[] first = new int[ties];
    int[] second = new int[ties];
    for (int i = 0; i < ties; i++) {
      int a = (int) (keys[i] >>> 32);
      int b = (int) keys[i];
      boolean swap = random.nextBoolean();
      first[i] = swap ? b : a;
      second[i] = swap ? a : b;
    }
    return new TerritoryEdges(n, first, second);
  }

  private static void shuffle(long[] keys, int from, int to, SplittableRandom random) {
    for (int i = to - 1; i > from; i--) {
      int j = from + random.nextInt(i - from + 1);
      long swap = keys[i];
      keys[i] = keys[j];
      keys[j] = swap;
    }
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
