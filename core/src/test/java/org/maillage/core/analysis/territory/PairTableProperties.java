package org.maillage.core.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * The pair table of the fold: whatever it grew through on the way, it hands over each pair once, smaller node first,
 * with the weights added to it, as a map of pairs does.
 */
class PairTableProperties {

  /** Pairs over a few to many codes, up to 40,000 of them, so that pairs repeat and the table grows. */
  record Adds(int codes, List<int[]> pairs) {
    @Override
    public String toString() {
      return pairs.size() + " pairs over " + codes + " codes";
    }
  }

  Gen<Adds> adds() {
    return random -> {
      int codes = 2 + random.nextInt(random.nextBoolean() ? 60 : 20_000);
      int count = random.nextInt(40_000);
      List<int[]> pairs = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int a = random.nextInt(codes);
        int b = (a + 1 + random.nextInt(codes - 1)) % codes;
        pairs.add(new int[] {a, b, random.nextInt(3), random.nextInt(3), random.nextInt(3)});
      }
      return new Adds(codes, pairs);
    };
  }

  @Property(tries = 30)
  void summing_by_pair_gives_what_was_added(@ForAll("adds") Adds adds) {
    // given
    PairTable table = new PairTable();
    Map<List<Integer>, List<Integer>> expected = new HashMap<>();

    // when
    for (int[] p : adds.pairs()) {
      table.add(p[0], p[1], p[2], p[3], p[4]);
      expected.merge(List.of(Math.min(p[0], p[1]), Math.max(p[0], p[1])), List.of(p[2], p[3], p[4]),
          (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1), x.get(2) + y.get(2)));
    }

    // then
    Map<List<Integer>, List<Integer>> handed = new HashMap<>();
    table.forEach((a, b, n, t, m) -> {
      assertThat(a).isLessThan(b);
      assertThat(handed.put(List.of(a, b), List.of(n, t, m))).as("pair handed twice").isNull();
    });
    assertThat(handed).isEqualTo(expected);
    assertThat(table.size()).isEqualTo(expected.size());
    Statistics.label("grown").collect(table.size() > 768 ? "yes" : "no");
    Statistics.label("grown").coverage("yes", 20);
    Statistics.label("repeated").collect(table.size() < adds.pairs().size() ? "yes" : "no");
    Statistics.label("repeated").coverage("yes", 20);
  }
}
