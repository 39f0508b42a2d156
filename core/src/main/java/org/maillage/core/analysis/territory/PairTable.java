package org.maillage.core.analysis.territory;

/**
 * The pairs of nodes met while folding, with their three weights (<i>table des paires</i>): an open-addressing
 * hash table whose slots are five ints side by side (the two node indices, smaller first, and the three weights),
 * so that adding to a pair touches one cache line; doubled when half full. Adding is amortised constant time; 20
 * bytes a slot, at most twice the pairs. Not thread-safe.
 */
final class PairTable {
  private static final int STRIDE = 5;
  private static final int EMPTY = -1;

  private int[] slots;
  private int size;
  private int mask;
  private int shift;

  PairTable() {
    allocate(1 << 12);
  }

  private void allocate(int capacity) {
    slots = new int[capacity * STRIDE];
    for (int i = 0; i < slots.length; i += STRIDE) {
      slots[i] = EMPTY;
    }
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  int size() {
    return size;
  }

  /** Adds weights to the pair of two distinct nodes. */
  void add(int a, int b, int networks, int ties, int meetings) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    long key = ((long) low << 32) | high;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    int[] table = slots;
    while (true) {
      int i = slot * STRIDE;
      int first = table[i];
      if (first == low && table[i + 1] == high) {
        table[i + 2] += networks;
        table[i + 3] += ties;
        table[i + 4] += meetings;
        return;
      }
      if (first == EMPTY) {
        if (2 * (size + 1) > mask + 1) {
          grow();
          add(low, high, networks, ties, meetings);
          return;
        }
        table[i] = low;
        table[i + 1] = high;
        table[i + 2] = networks;
        table[i + 3] = ties;
        table[i + 4] = meetings;
        size++;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    int[] old = slots;
    allocate((mask + 1) * 2);
    size = 0;
    for (int i = 0; i < old.length; i += STRIDE) {
      if (old[i] != EMPTY) {
        add(old[i], old[i + 1], old[i + 2], old[i + 3], old[i + 4]);
      }
    }
  }

  /** Calls the visitor once for each pair, in slot order. */
  void forEach(Visitor visitor) {
    int[] table = slots;
    for (int i = 0; i < table.length; i += STRIDE) {
      if (table[i] != EMPTY) {
        visitor.pair(table[i], table[i + 1], table[i + 2], table[i + 3], table[i + 4]);
      }
    }
  }

  /** Receives the pairs. */
  interface Visitor {
    void pair(int a, int b, int networks, int ties, int meetings);
  }
}
