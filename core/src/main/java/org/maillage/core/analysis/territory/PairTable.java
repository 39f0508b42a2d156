package org.maillage.core.analysis.territory;

/**
 * The pairs of nodes met while folding, with their three weights (<i>table des paires</i>): an open-addressing table
 * with linear probing, each slot five ints side by side in one array (the two node codes, smaller first, then the
 * shared networks, recorded ties and meetings together), so that finding a pair and adding to its weights reads one
 * place of memory, most often one cache line; a slot whose two codes are equal is empty (a node is never paired
 * with itself). When three quarters full it is quadrupled up to 2^20 slots (20 MiB), doubled beyond: each growth
 * moves every pair to a table not yet in the cache, so fewer growths cost less (a third less time for the pairs of
 * the fold benchmark's 2,000 networks than doubling). A pair's weights are added where they lie, so each pair is
 * kept once however many networks repeat it. Amortised constant expected time per addition; memory: 20 bytes a
 * slot, between 4/3 and 16/3 slots a distinct pair up to 2^20 slots, between 4/3 and 8/3 beyond (1,024 slots at
 * least). Not thread-safe.
 */
final class PairTable {
  private static final int SLOT = 5;
  /** Up to this many slots the table is quadrupled when it grows, beyond it doubled. */
  private static final int QUADRUPLED = 1 << 20;

  private int[] slots = new int[SLOT * 1024];
  private int mask = 1023;
  private int shift = 64 - 10;
  private int size;

  /** Adds weights to the pair of two distinct nodes. */
  void add(int a, int b, int shared, int recorded, int together) {
    int first = Math.min(a, b);
    int second = Math.max(a, b);
    int[] table = slots;
    for (int slot = home(first, second); ; slot = (slot + 1) & mask) {
      int p = SLOT * slot;
      if (table[p] == first && table[p + 1] == second) {
        table[p + 2] += shared;
        table[p + 3] += recorded;
        table[p + 4] += together;
        return;
      }
      if (table[p] == table[p + 1]) {
        insert(p, first, second, shared, recorded, together);
        return;
      }
    }
  }

  /** Puts a pair not in the table into the empty slot at {@code p}, or into the table doubled when it is full. */
  private void insert(int p, int first, int second, int shared, int recorded, int together) {
    if (4 * (size + 1) > 3 * (mask + 1)) {
      grow();
      add(first, second, shared, recorded, together);
      return;
    }
    slots[p] = first;
    slots[p + 1] = second;
    slots[p + 2] = shared;
    slots[p + 3] = recorded;
    slots[p + 4] = together;
    size++;
  }

  /** Returns the first slot to probe for a pair: the high bits of a Fibonacci hash of the two codes. */
  private int home(int first, int second) {
    return (int) ((((long) first << 32 | second) * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** Quadruples the table (doubles it beyond 2^20 slots), each pair moved with its weights; linear in the slots. */
  private void grow() {
    int[] old = slots;
    int bits = mask + 1 < QUADRUPLED ? 2 : 1;
    slots = new int[old.length << bits];
    mask = ((mask + 1) << bits) - 1;
    shift -= bits;
    for (int p = 0; p < old.length; p += SLOT) {
      int first = old[p];
      int second = old[p + 1];
      if (first != second) {
        int slot = home(first, second);
        while (slots[SLOT * slot] != slots[SLOT * slot + 1]) {
          slot = (slot + 1) & mask;
        }
        int q = SLOT * slot; // five moves: faster here than System.arraycopy of five ints
        slots[q] = first;
        slots[q + 1] = second;
        slots[q + 2] = old[p + 2];
        slots[q + 3] = old[p + 3];
        slots[q + 4] = old[p + 4];
      }
    }
  }

  /** Calls the visitor once for each distinct pair, smaller node first, with its summed weights, in table order. */
  void forEach(Visitor visitor) {
    for (int p = 0; p < slots.length; p += SLOT) {
      if (slots[p] != slots[p + 1]) {
        visitor.pair(slots[p], slots[p + 1], slots[p + 2], slots[p + 3], slots[p + 4]);
      }
    }
  }

  /** Returns the number of distinct pairs. */
  int size() {
    return size;
  }

  /** Receives the pairs. */
  interface Visitor {
    /** Receives one pair, {@code a < b}, and its summed weights. */
    void pair(int a, int b, int networks, int ties, int meetings);
  }
}
