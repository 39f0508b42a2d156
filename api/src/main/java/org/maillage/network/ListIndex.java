package org.maillage.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lists of values filed under their keys (<i>index par clé</i>), built in one pass for the network's
 * lazy indexes: each value is put once (twice for a tie, under each end), so building is linear in the values,
 * and the keys keep the order of their first value.
 *
 * <p>A builder is used by one thread to build one index; the index built is immutable and thread-safe.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class ListIndex<K, V> {
  private final LinkedHashMap<K, ArrayList<V>> groups;

  /** Makes a builder for about as many keys as given, so that its table is sized once. */
  ListIndex(int expectedKeys) {
    this.groups = new LinkedHashMap<>(Math.max(4, expectedKeys + expectedKeys / 3 + 1));
  }

  /**
   * Files each value of a list under its key, in the list's order.
   *
   * @param values the values
   * @param key the key of a value
   * @return the index
   */
  static <K, V> ImmutableMap<K, ImmutableList<V>> of(List<? extends V> values, Function<? super V, ? extends K> key) {
    ListIndex<K, V> index = new ListIndex<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      V value = values.get(i);
      index.put(key.apply(value), value);
    }
    return index.build();
  }

  /** Files a value under a key, after those filed before under it. */
  void put(K key, V value) {
    @Nullable ArrayList<V> group = groups.get(key);
    if (group == null) {
      group = new ArrayList<>(4);
      groups.put(key, group);
    }
    group.add(value);
  }

  /** Returns the index: each key, in the order of its first value, with its values in the order filed. */
  ImmutableMap<K, ImmutableList<V>> build() {
    ImmutableMap.Builder<K, ImmutableList<V>> index = ImmutableMap.builderWithExpectedSize(groups.size());
    for (Map.Entry<K, ArrayList<V>> group : groups.entrySet()) {
      index.put(group.getKey(), ImmutableList.copyOf(group.getValue()));
    }
    return index.buildOrThrow();
  }

  /**
   * Returns the values filed under a key in an index, or the empty list.
   *
   * @param index an index built here
   * @param key the key
   * @return its values, possibly empty
   */
  static <K, V> ImmutableList<V> get(ImmutableMap<K, ImmutableList<V>> index, K key) {
    @Nullable ImmutableList<V> values = index.get(key);
    return values != null ? values : ImmutableList.of();
  }
}
