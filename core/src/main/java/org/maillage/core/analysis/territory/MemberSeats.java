package org.maillage.core.analysis.territory;

import org.maillage.MemberId;

/**
 * Where each professional of the network being folded sits (<i>places des professionnels</i>): member ids mapped
 * to the local index of their organisation's node, in an open-addressing table reused from network to network and
 * emptied by a stamp, not by clearing. Constant time per lookup; nothing allocated once grown. Not thread-safe.
 */
final class MemberSeats {
  private MemberId[] keys = new MemberId[64];
  private int[] values = new int[64];
  private int[] stamps = new int[64];
  private int mask = 63;
  private int stamp = 1;

  /** Empties the table, with room for a number of members. */
  void clear(int members) {
    if (4 * members > keys.length) {
      int capacity = Integer.highestOneBit(Math.max(64, 4 * members) - 1) << 1;
      keys = new MemberId[capacity];
      values = new int[capacity];
      stamps = new int[capacity];
      mask = capacity - 1;
      stamp = 1;
    } else {
      stamp++;
    }
  }

  /** Seats a member, not seated since the table was emptied. */
  void put(MemberId id, int local) {
    int slot = IdCodes.spread(id.hashCode()) & mask;
    while (stamps[slot] == stamp) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = id;
    values[slot] = local;
    stamps[slot] = stamp;
  }

  /** Returns where a member sits, or -1 when not seated. */
  int get(MemberId id) {
    int slot = IdCodes.spread(id.hashCode()) & mask;
    while (stamps[slot] == stamp) {
      MemberId key = keys[slot];
      if (key == id || key.equals(id)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }
}
