package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.maillage.core.analysis.Sketch.id;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.core.NetworkAnalysis;
import org.maillage.member.Sector;
import org.maillage.network.Network;

/**
 * Fixtures worked by hand from egor's published formulas (egor cannot run here): {@code ego_density},
 * {@code EI} (with and without {@code rescale}), {@code alts_diversity_entropy}, and {@code ego_constraint}
 * through igraph's {@code constraint}. Where a pair of alters has two ties, egor counts two tie rows and
 * Maillage one pair: the fixture works both, to show the figures differ exactly there (DOMAIN.md §3).
 *
 * <p>The network: alters A, B (family), C (health), D (social); ties A-B twice, B-C, C-D. Maillage: L = 3 pairs;
 * egor: 4 tie rows.
 */
class EgorFixturesTest {
  private static final Offset<Double> EXACT = within(1e-12);

  private static EgoNetworkMetrics metrics() {
    Network network = Sketch.network().alter("A", Sector.FAMILY).alter("B", Sector.FAMILY)
        .alter("C", Sector.HEALTH).alter("D", Sector.SOCIAL)
        .tie("A", "B").tie("A", "B").tie("B", "C").tie("C", "D").build();
    return NetworkAnalysis.egoMetrics(network, AnalysisSettings.asOf(Sketch.DATE));
  }

  @Test
  void density_counts_the_pair_once_where_egor_counts_rows() {
    // given
    int n = 4;
    double possible = n * (n - 1) / 2.0; // 6

    // when
    EgoNetworkMetrics m = metrics();

    // then: Maillage 3 / 6; egor's ego_density would give 4 rows / 6
    assertThat(m.density().value()).isCloseTo(3 / possible, EXACT);
    assertThat(m.density().value()).isNotCloseTo(4 / possible, EXACT);
  }

  @Test
  void ei_raw_and_rescaled_as_egor_defines_them() {
    // given: internal pairs I = {A,B} = 1; external E = {B,C}, {C,D} = 2 (egor's rows: I = 2, E = 2)
    // group sizes 2, 1, 1: ΣPext = (n² - Σ n_g²) / 2 = (16 - 6) / 2 = 5; ΣPint = 2·1/2 = 1
    double e = 2 / 5.0;
    double i = 1 / 1.0;

    // when
    EgoNetworkMetrics m = metrics();

    // then: raw (E - I)/(E + I) = 1/3; egor's EI(rescale = FALSE) would print (2E - I)/(2E + I)
    assertThat(m.eiIndex().value()).isCloseTo((2 - 1) / 3.0, EXACT);
    // rescaled (E/ΣPext - I/ΣPint) / (E/ΣPext + I/ΣPint) = (0.4 - 1)/(0.4 + 1) = -3/7
    assertThat(m.eiIndexRescaled().value()).isCloseTo((e - i) / (e + i), EXACT).isCloseTo(-3 / 7.0, EXACT);
    // egor's rows (I = 2) would give (0.4 - 2)/(0.4 + 2) = -2/3: the difference DOMAIN.md §3 names
    assertThat(m.eiIndexRescaled().value()).isNotCloseTo((0.4 - 2) / (0.4 + 2), EXACT);
    // per group, egor's formula: family E_g = 1 ({B,C}), I_g = 1, P_ext = 2·2 = 4, P_int = 1
    assertThat(m.eiIndexRescaledBySector().get(Sector.FAMILY).value())
        .isCloseTo((1 / 4.0 - 1 / 1.0) / (1 / 4.0 + 1 / 1.0), EXACT);
    // health: E_g = 2, I_g = 0, P_int = 0: 0/0 in egor, NaN, so undefined here
    assertThat(m.eiIndexRescaledBySector().get(Sector.HEALTH).isDefined()).isFalse();
  }

  @Test
  void diversity_as_egor_alts_diversity() {
    // when
    EgoNetworkMetrics m = metrics();

    // then: p = 1/2, 1/4, 1/4; entropy -Σ p log2 p = 1/2 + 2·(1/4·2) = 1.5 bits; Blau 1 - (1/4 + 1/16 + 1/16)
    assertThat(m.entropy().value()).isCloseTo(1.5, EXACT);
    assertThat(m.blau().value()).isCloseTo(1 - (0.25 + 0.0625 + 0.0625), EXACT);
    assertThat(m.iqvPresent().value()).isCloseTo(0.625 * 3 / 2, EXACT);
  }

  @Test
  void constraint_as_igraph_with_each_pair_once() {
    // given: ego tied to A, B, C, D (weight 1 each), p_ej = 1/4
    // ties per alter, ego included: A 2 (ego, B), B 3 (ego, A, C), C 3 (ego, B, D), D 2 (ego, C)
    double a = (1 + 1 / 3.0) / 4;           // via B
    double b = (1 + 1 / 2.0 + 1 / 3.0) / 4; // via A, C
    double c = (1 + 1 / 3.0 + 1 / 2.0) / 4; // via B, D
    double d = (1 + 1 / 3.0) / 4;           // via C

    // when
    EgoNetworkMetrics m = metrics();

    // then
    assertThat(m.constraint().value()).isCloseTo(a * a + b * b + c * c + d * d, EXACT);
    // Burt's effective size 4 - 2·3/4 = 2.5 and efficiency 2.5/4
    assertThat(m.effectiveSize().value()).isCloseTo(2.5, EXACT);
    assertThat(m.efficiency().value()).isCloseTo(0.625, EXACT);
    // the path A-B-C-D: bridges B (family; tied to health only) no, C (health; family and social) yes
    assertThat(m.bridges()).containsExactly(id("C"));
  }
}
