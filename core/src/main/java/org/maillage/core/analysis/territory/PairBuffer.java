package org.maillage.core.analysis.territory;

import java.util.Arrays;

/**
 * The pairs of nodes met while folding, with their three weights (<i>tampon des paires</i>): appended one after the
 * other (the two node codes, smaller first, and the weights), so that adding a pair writes at the end of five arrays
 * instead of probing a table far larger than the cache; when the arrays are full they are compacted, each pair once
 * with its weights summed (a counting pass by first node, then each row sorted by second node), and doubled only
 * when compaction leaves them more than half full. Adding is amortised constant time: each compaction reads the
 * arrays once and at least half of them were appended since the last. Memory: at most twice the distinct pairs,
 * and no less than the node codes, 20 bytes an entry. Not thread-safe.
 */
final class PairBuffer {
  private int[] first = new int[4096];
  private int[] second = new int[4096];
  private int[] networks = new int[4096];
  private int[] ties = new int[4096];
  private int[] meetings = new int[4096];
  private int size;

  /** Adds weights to the pair of two distinct nodes, among {@code codes} node codes. */
  void add(int a, int b, int shared, int recorded, int together, int codes) {
    if (size == first.length) {
      if (codes <= size) {
        compact(codes);
      }
      if (2 * size > first.length || codes > first.length) {
        int length = Math.max(2 * first.length, codes);
        first = Arrays.copyOf(first, length);
        second = Arrays.copyOf(second, length);
        networks = Arrays.copyOf(networks, length);
        ties = Arrays.copyOf(ties, length);
        meetings = Arrays.copyOf(meetings, length);
      }
    }
    first[size] = Math.min(a, b);
    second[size] = Math.max(a, b);
    networks[size] = shared;
    ties[size] = recorded;
    meetings[size] = together;
    size++;
  }

  /** Leaves each pair once, its weights summed; linear in the entries and the codes, plus short row sorts. */
  private void compact(int codes) {
    int[] start = new int[codes + 1];
    for (int i = 0; i < size; i++) {
      start[first[i] + 1]++;
    }
    int longest = 0;
    for (int u = 0; u < codes; u++) {
      longest = Math.max(longest, start[u + 1]);
      start[u + 1] += start[u];
    }
    int[] next = Arrays.copyOf(start, codes);
    long[] rows = new long[size]; // second node and weight place, packed, in rows by first node
    for (int i = 0; i < size; i++) {
      rows[next[first[i]]++] = ((long) second[i] << 32) | i;
    }
    int[] f = new int[first.length];
    int[] s = new int[first.length];
    int[] w1 = new int[first.length];
    int[] w2 = new int[first.length];
    int[] w3 = new int[first.length];
    int e = -1;
    for (int u = 0; u < codes; u++) {
      int from = start[u];
      int to = start[u + 1];
      if (to - from > 1) {
        Arrays.sort(rows, from, to);
      }
      for (int p = from; p < to; p++) {
        int v = (int) (rows[p] >>> 32);
        int i = (int) rows[p];
        if (p == from || v != s[e]) {
          e++;
          f[e] = u;
          s[e] = v;
        }
        w1[e] += networks[i];
        w2[e] += ties[i];
        w3[e] += meetings[i];
      }
    }
    first = f;
    second = s;
    networks = w1;
    ties = w2;
    meetings = w3;
    size = e + 1;
  }

  /** Calls the visitor once for each entry; a pair may come more than once, its weights to be summed. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < size; i++) {
      visitor.pair(first[i], second[i], networks[i], ties[i], meetings[i]);
    }
  }

  /** Returns the entries: at least the distinct pairs. */
  int size() {
    return size;
  }

  /** Receives the pairs. */
  interface Visitor {
    void pair(int a, int b, int networks, int ties, int meetings);
  }
}
