package org.maillage.core.analysis.territory;

import java.util.Arrays;
import org.maillage.OrganisationId;

/**
 * Organisation ids interned into dense codes, 0, 1, 2… in the order they are first met (<i>codes des
 * identifiants</i>): an open-addressing table of ids and codes, doubled when half full, so that a fold hashes each
 * id it reads once and keeps everything else in int arrays indexed by code. Amortised constant time per id. Not
 * thread-safe.
 */
final class IdCodes {
  private OrganisationId[] ids = new OrganisationId[64];
  private OrganisationId[] keys;
  private int[] values;
  private int mask;
  private int size;

  IdCodes() {
    allocate(128);
  }

  private void allocate(int capacity) {
    keys = new OrganisationId[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** Returns the number of ids met. */
  int size() {
    return size;
  }

  /** Returns the id of a code. */
  OrganisationId id(int code) {
    return ids[code];
  }

  /** Returns the code of an id, giving it the next one when first met. */
  int code(OrganisationId id) {
    OrganisationId[] table = keys;
    int slot = spread(id.hashCode()) & mask;
    while (true) {
      OrganisationId key = table[slot];
      if (key == null) {
        return add(id, slot);
      }
      if (key == id || key.equals(id)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private int add(OrganisationId id, int slot) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
    }
    ids[size] = id;
    keys[slot] = id;
    values[slot] = size;
    size++;
    if (2 * size > mask + 1) {
      OrganisationId[] old = keys;
      int[] codes = values;
      allocate(2 * (mask + 1));
      for (int i = 0; i < old.length; i++) {
        if (old[i] != null) {
          int s = spread(old[i].hashCode()) & mask;
          while (keys[s] != null) {
            s = (s + 1) & mask;
          }
          keys[s] = old[i];
          values[s] = codes[i];
        }
      }
    }
    return size - 1;
  }

  static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Sorts the first {@code count} codes of an array by their ids; n log n. */
  void sortById(int[] codes, int count) {
    Integer[] boxed = new Integer[count];
    for (int i = 0; i < count; i++) {
      boxed[i] = codes[i];
    }
    Arrays.sort(boxed, (x, y) -> ids[x].compareTo(ids[y]));
    for (int i = 0; i < count; i++) {
      codes[i] = boxed[i];
    }
  }
}
