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
 * The pair buffer of the fold: whatever it compacted on the way, summing what it hands over by pair gives the
 * weights added to each pair, as a map of pairs does.
 */
class PairBufferProperties {

  /** Pairs over a few to many codes, up to 40,000 of them, so that the buffer compacts and grows. */
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
    PairBuffer buffer = new PairBuffer();
    Map<List<Integer>, List<Integer>> expected = new HashMap<>();

    // when
    for (int[] p : adds.pairs()) {
      buffer.add(p[0], p[1], p[2], p[3], p[4], adds.codes());
      expected.merge(List.of(Math.min(p[0], p[1]), Math.max(p[0], p[1])), List.of(p[2], p[3], p[4]),
          (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1), x.get(2) + y.get(2)));
    }

    // then
    Map<List<Integer>, List<Integer>> handed = new HashMap<>();
    buffer.forEach((a, b, n, t, m) -> {
      assertThat(a).isLessThan(b);
      handed.merge(List.of(a, b), List.of(n, t, m),
          (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1), x.get(2) + y.get(2)));
    });
    assertThat(handed).isEqualTo(expected);
    assertThat(buffer.size()).isLessThanOrEqualTo(Math.max(2 * expected.size(), Math.max(4096, 2 * adds.codes())));
    Statistics.label("compacted").collect(buffer.size() < adds.pairs().size() ? "yes" : "no");
    Statistics.label("compacted").coverage("yes", 20);
  }
}
