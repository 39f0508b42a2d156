package org.maillage.core.analysis.territory;

/**
 * The pairs of nodes met while folding, with their three weights (<i>table des paires</i>): an open-addressing
 * hash table of long keys (the two node indices, smaller first) and int weights, doubled when half full. Adding
 * is amortised constant time; 28 bytes a slot, at most twice the pairs. Not thread-safe.
 */
final class PairTable {
  private long[] keys;
  private int[] shared;
  private int[] recorded;
  private int[] together;
  private int size;
  private int mask;
  private int shift;

  PairTable() {
    allocate(1 << 10);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    java.util.Arrays.fill(keys, -1L);
    shared = new int[capacity];
    recorded = new int[capacity];
    together = new int[capacity];
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  int size() {
    return size;
  }

  /** Adds weights to the pair of two distinct nodes. */
  void add(int a, int b, int networks, int ties, int meetings) {
    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        break;
      }
      if (k == -1L) {
        if (2 * (size + 1) > keys.length) {
          grow();
          add(a, b, networks, ties, meetings);
          return;
        }
        keys[slot] = key;
        size++;
        break;
      }
      slot = (slot + 1) & mask;
    }
    shared[slot] += networks;
    recorded[slot] += ties;
    together[slot] += meetings;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldShared = shared;
    int[] oldRecorded = recorded;
    int[] oldTogether = together;
    allocate(oldKeys.length * 2);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      long key = oldKeys[i];
      if (key != -1L) {
        add((int) (key >>> 32), (int) key, oldShared[i], oldRecorded[i], oldTogether[i]);
      }
    }
  }

  /** Calls the visitor once for each pair, in slot order. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      long key = keys[i];
      if (key != -1L) {
        visitor.pair((int) (key >>> 32), (int) key, shared[i], recorded[i], together[i]);
      }
    }
  }

  /** Receives the pairs. */
  interface Visitor {
    void pair(int a, int b, int networks, int ties, int meetings);
  }
}
