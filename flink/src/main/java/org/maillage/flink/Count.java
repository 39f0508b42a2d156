package org.maillage.flink;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A count under a key of the aggregate: the key is the JSON members that name what is counted (for example
 * {@code "aggregate":"rule","rule":"network.size","severity":"WARNING"}), so that an aggregate line is
 * {@code {<key>,"count":<n>}}.
 *
 * <p>A plain record in Flink's sense (public fields, a public no-argument constructor), so that Flink's POJO
 * serialiser carries it through the keyed sum. Mutable, as Flink requires: not thread-safe.
 *
 * @since 0.2
 */
public final class Count {
  /** The JSON members naming what is counted. */
  public String key = "";
  /** How many. */
  public long count;

  /** An empty count, for Flink's serialiser. */
  public Count() {}

  /**
   * A count.
   *
   * @param key the JSON members naming what is counted
   * @param count how many
   * @return the count
   */
  public static Count of(String key, long count) {
    Count c = new Count();
    c.key = Objects.requireNonNull(key, "key");
    c.count = count;
    return c;
  }

  /**
   * Renders the count as one line of the aggregate's JSON Lines.
   *
   * @return {@code {<key>,"count":<n>}}
   */
  public String toJson() {
    return "{" + key + ",\"count\":" + count + "}";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Count other && count == other.count && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, count);
  }

  @Override
  public String toString() {
    return toJson();
  }
}
