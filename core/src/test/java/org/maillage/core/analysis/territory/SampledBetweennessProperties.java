package org.maillage.core.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.maillage.analysis.TerritoryBetweenness;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;

/**
 * The sampled betweenness stays within its stated bound, ε · n(n − 2) / 2 for every organisation, on graphs whose
 * exact betweenness is known (computed exactly, which {@link TerritoryOracleProperties} checks against JGraphT).
 * With δ = 1e-6 the bound fails by chance once in a million runs at most; ε = 0.2 keeps the samples (about 280 for
 * 1,000 organisations) below n, so the estimate is really sampled.
 */
class SampledBetweennessProperties {
  private static final double EPSILON = 0.2;
  private static final double DELTA = 1e-6;

  Gen<Graphs.Drawn> graphs() {
    return random -> {
      int n = 600 + random.nextInt(900);
      String shape = random.nextBoolean() ? "sparse" : "tree";
      java.util.List<int[]> edges = Graphs.edges(shape, n, random);
      return new Graphs.Drawn(n, edges, Graphs.build(n, edges, random), shape);
    };
  }

  @Property(tries = 8)
  void the_estimate_is_within_its_bound_of_the_exact_value(@ForAll("graphs") Graphs.Drawn drawn) {
    // given
    TerritorySettings settings = TerritorySettings.builder().exactBetweennessLimit(0).epsilon(EPSILON).delta(DELTA)
        .seed(drawn.edges().size()).build();
    TerritoryBetweenness exact = BetweennessComputation.exact(Adjacency.of(drawn.graph()));

    // when
    TerritoryBetweenness sampled = TerritoryAnalysis.betweenness(drawn.graph(), settings);

    // then
    int n = drawn.n();
    assertThat(sampled.isExact()).isFalse();
    assertThat(sampled.samples()).isEqualTo(BetweennessComputation.samples(n, EPSILON, DELTA)).isLessThan(n);
    assertThat(sampled.errorBound()).isEqualTo(EPSILON * n * (n - 2) / 2.0);
    for (int v = 0; v < n; v++) {
      assertThat(Math.abs(sampled.of(v) - exact.of(v))).as("error on %s", v).isLessThanOrEqualTo(sampled.errorBound());
    }
  }

  @Property(tries = 4)
  void the_same_seed_gives_the_same_estimate_and_the_default_seed_is_fixed(@ForAll("graphs") Graphs.Drawn drawn) {
    // given
    TerritorySettings settings = TerritorySettings.builder().exactBetweennessLimit(0).epsilon(EPSILON).delta(DELTA)
        .build();

    // when
    TerritoryBetweenness once = TerritoryAnalysis.betweenness(drawn.graph(), settings);
    TerritoryBetweenness again = TerritoryAnalysis.betweenness(drawn.graph(), settings);
    TerritoryBetweenness other = TerritoryAnalysis.betweenness(drawn.graph(), TerritorySettings.builder()
        .from(settings).seed(settings.seed() + 1).build());

    // then
    assertThat(once).isEqualTo(again);
    assertThat(once.seed()).isEqualTo(TerritorySettings.DEFAULT_SEED);
    assertThat(other.seed()).isNotEqualTo(once.seed());
  }
}
