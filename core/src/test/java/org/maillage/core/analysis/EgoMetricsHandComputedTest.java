package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.maillage.core.analysis.Sketch.id;
import static org.maillage.network.SupportDirection.FROM_FIRST;
import static org.maillage.network.SupportDirection.FROM_SECOND;
import static org.maillage.network.SupportDirection.MUTUAL;
import static org.maillage.network.SupportType.COMPANIONSHIP;
import static org.maillage.network.SupportType.EMOTIONAL;
import static org.maillage.network.SupportType.INFORMATIONAL;
import static org.maillage.network.SupportType.LINKING;
import static org.maillage.network.SupportType.PRACTICAL;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.maillage.NetworkId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Brokerage;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.Figure;
import org.maillage.core.NetworkAnalysis;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.TieQuality;

/**
 * Every figure of DOMAIN.md §3 on small networks computed by hand, the arithmetic written out in each test.
 *
 * <p>The "kite" network: alters A, B (family), C (friends), D (health), E (social, unreachable); N = 5. Ties
 * among alters: A-B (strong, and a second, ordinary tie: the pair counts once, weight max(2, 1) = 2), A-C (two
 * ordinary support ties, weight 1), B-C (ordinary, 1), C-D (strong, and an ordinary support tie: 2); E is tied to
 * no alter. L = 4. A member who left, F, is tied to A and C and must count nowhere.
 *
 * <pre>
 *   A ===== B        E
 *    \     /
 *     \   /
 *       C ----- D
 * </pre>
 */
class EgoMetricsHandComputedTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final AnalysisSettings SETTINGS = AnalysisSettings.asOf(Sketch.DATE);

  private static Network kite() {
    return Sketch.network()
        .alter("A", Sector.FAMILY).alter("B", Sector.FAMILY).alter("C", Sector.FRIENDS)
        .alter("D", Sector.HEALTH).unreachable("E", Sector.SOCIAL).former("F", Sector.HOUSING)
        .tie("A", "B", TieQuality.STRONG).tie("B", "A", TieQuality.ORDINARY)
        .tie("A", "C", EMOTIONAL, FROM_FIRST, PRACTICAL, MUTUAL)
        .tie("B", "C", TieQuality.ORDINARY).tie("C", "D", TieQuality.STRONG)
        .tie("C", "D", INFORMATIONAL, FROM_FIRST, PRACTICAL, FROM_FIRST)
        .tie("C", "A", EMOTIONAL, FROM_SECOND) // A gives C emotional support again: the same arc
        .tie(Sketch.EGO, "A", EMOTIONAL, MUTUAL, PRACTICAL, FROM_SECOND)
        .tie("D", Sketch.EGO, LINKING, FROM_SECOND)
        .tie("F", "A").tie("F", "C", TieQuality.STRONG)
        .build();
  }

  private static EgoNetworkMetrics metrics(Network network) {
    return NetworkAnalysis.egoMetrics(network, SETTINGS);
  }

  @Test
  void size_and_composition() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then: F left before the date; E is unreachable
    assertThat(m.alters()).containsExactly(id("A"), id("B"), id("C"), id("D"), id("E"));
    assertThat(m.size()).isEqualTo(5);
    assertThat(m.mobilisableSize()).isEqualTo(4);
    assertThat(m.sectorCounts()).containsExactly(java.util.Map.entry(Sector.FAMILY, 2),
        java.util.Map.entry(Sector.FRIENDS, 1), java.util.Map.entry(Sector.HEALTH, 1),
        java.util.Map.entry(Sector.SOCIAL, 1));
    assertThat(m.share(Sector.FAMILY).value()).isCloseTo(2 / 5.0, EXACT);
    assertThat(m.share(Sector.JUSTICE).value()).isZero();
    // primary: A, B (family), C (friends) = 3 of 5; secondary: D, E = 2 of 5
    assertThat(m.primaryShare().value()).isCloseTo(3 / 5.0, EXACT);
    assertThat(m.secondaryShare().value()).isCloseTo(2 / 5.0, EXACT);
  }

  @Test
  void density_plain_weighted_within_and_between() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then: L = 4 pairs (A-B twice counts once); possible pairs 5·4/2 = 10
    assertThat(m.alterTies()).isEqualTo(4);
    assertThat(m.density().value()).isCloseTo(4 / 10.0, EXACT);
    // weights: A-B max(2, 1) = 2; A-C 1 (ordinary support ties); B-C 1; C-D max(2, 1) = 2 -> 6 / 10
    assertThat(m.weightedDensity().value()).isCloseTo((2 + 1 + 1 + 2) / 10.0, EXACT);
    // within family: A-B, 1 of 2·1/2 = 1 pair; friends has one alter: undefined
    assertThat(m.densityWithin(Sector.FAMILY).value()).isCloseTo(1 / 1.0, EXACT);
    assertThat(m.densityWithin(Sector.FRIENDS)).isEqualTo(Figure.undefined());
    assertThat(m.densityWithin(Sector.JUSTICE)).isEqualTo(Figure.undefined());
    // between family and friends: A-C, B-C of 2·1 pairs; family-health: none of 2·1; friends-health: C-D, 1 of 1
    assertThat(m.densityBetween(Sector.FAMILY, Sector.FRIENDS).value()).isCloseTo(2 / 2.0, EXACT);
    assertThat(m.densityBetween(Sector.HEALTH, Sector.FAMILY).value()).isCloseTo(0 / 2.0, EXACT);
    assertThat(m.densityBetween(Sector.FRIENDS, Sector.HEALTH).value()).isCloseTo(1 / 1.0, EXACT);
    assertThat(m.densityBetween(Sector.FAMILY, Sector.JUSTICE)).isEqualTo(Figure.undefined());
    assertThatThrownBy(() -> m.densityBetween(Sector.FAMILY, Sector.FAMILY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("densityWithin(FAMILY)");
  }

  @Test
  void components_isolates_stars_and_bridges() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then: alter degrees A 2, B 2, C 3, D 1, E 0
    assertThat(m.components()).containsExactly(ImmutableSet.of(id("A"), id("B"), id("C"), id("D")), ImmutableSet.of(id("E")));
    assertThat(m.components().get(0)).containsExactly(id("A"), id("B"), id("C"), id("D"));
    assertThat(m.isolates()).containsExactly(id("E"));
    assertThat(m.stars()).containsExactly(id("C"));
    // C (friends) is tied to family (A, B) and health (D): two other sectors. A and B reach friends only.
    assertThat(m.bridges()).containsExactly(id("C"));
  }

  @Test
  void diversity() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then: p = 0.4, 0.2, 0.2, 0.2
    double blau = 1 - (0.4 * 0.4 + 3 * 0.2 * 0.2); // 1 - 0.28 = 0.72
    assertThat(m.blau().value()).isCloseTo(0.72, EXACT).isCloseTo(blau, EXACT);
    assertThat(m.iqv().value()).isCloseTo(0.72 * 16 / 15, EXACT); // K = 16 sectors in the model: 0.768
    assertThat(m.iqvPresent().value()).isCloseTo(0.72 * 4 / 3, EXACT); // K = 4 present: 0.96
    double log2Of04 = Math.log(0.4) / Math.log(2);
    double log2Of02 = Math.log(0.2) / Math.log(2);
    assertThat(m.entropy().value()).isCloseTo(-(0.4 * log2Of04 + 3 * 0.2 * log2Of02), EXACT)
        .isCloseTo(1.9219280948873623, within(1e-12));
  }

  @Test
  void ei_index_raw_rescaled_and_by_sector() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then: I = A-B = 1; E = A-C, B-C, C-D = 3
    assertThat(m.eiIndex().value()).isCloseTo((3 - 1) / 4.0, EXACT);
    // ΣPext = Σ_{g<h} n_g n_h = 2·1 + 2·1 + 2·1 + 1·1 + 1·1 + 1·1 = 9; ΣPint = 2·1/2 = 1
    double e = 3 / 9.0;
    double i = 1 / 1.0;
    assertThat(m.eiIndexRescaled().value()).isCloseTo((e - i) / (e + i), EXACT).isCloseTo(-0.5, EXACT);
    // family: E = 2 (A-C, B-C), I = 1; raw 1/3; Pext = 2·(5-2) = 6, Pint = 1 -> (2/6 - 1)/(2/6 + 1) = -0.5
    assertThat(m.eiIndexBySector().get(Sector.FAMILY).value()).isCloseTo(1 / 3.0, EXACT);
    assertThat(m.eiIndexRescaledBySector().get(Sector.FAMILY).value())
        .isCloseTo((2 / 6.0 - 1) / (2 / 6.0 + 1), EXACT);
    // friends: E = 3, I = 0 -> raw 1; Pint = 0 (one alter): egor's 0/0 is NaN, so undefined
    assertThat(m.eiIndexBySector().get(Sector.FRIENDS).value()).isCloseTo(1, EXACT);
    assertThat(m.eiIndexRescaledBySector().get(Sector.FRIENDS)).isEqualTo(Figure.undefined());
    // social: E tied to no alter, E + I = 0: undefined both ways
    assertThat(m.eiIndexBySector().get(Sector.SOCIAL)).isEqualTo(Figure.undefined());
    assertThat(m.eiIndexRescaledBySector().get(Sector.SOCIAL)).isEqualTo(Figure.undefined());
  }

  @Test
  void burt_effective_size_efficiency_and_constraint() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then: 5 - 2·4/5 = 3.4; 3.4 / 5 = 0.68
    assertThat(m.effectiveSize().value()).isCloseTo(5 - 2 * 4 / 5.0, EXACT);
    assertThat(m.efficiency().value()).isCloseTo(3.4 / 5, EXACT);
    // p_ej = 1/5 for every alter; an alter's ties: A 3 (ego, B, C), B 3, C 4, D 2, E 1
    // j = A: 1/5 + (1/5)(1/3 via B + 1/4 via C) = (1/5)(19/12) = 19/60
    // j = B: the same, 19/60; j = C: (1/5)(1 + 1/3 + 1/3 + 1/2) = 13/30; j = D: (1/5)(1 + 1/4) = 1/4; j = E: 1/5
    double c = sq(19 / 60.0) + sq(19 / 60.0) + sq(13 / 30.0) + sq(1 / 4.0) + sq(1 / 5.0); // 1767/3600
    assertThat(m.constraint().value()).isCloseTo(c, EXACT).isCloseTo(1767 / 3600.0, EXACT);
  }

  @Test
  void weighted_constraint_reads_the_quality_table() {
    // given: weights A-B 2, A-C 0.5 (weak), B-C 1, C-D 2 (strong); ego's ties 1
    Network network = Sketch.network()
        .alter("A", Sector.FAMILY).alter("B", Sector.FAMILY).alter("C", Sector.FRIENDS)
        .alter("D", Sector.HEALTH).alter("E", Sector.SOCIAL)
        .tie("A", "B", TieQuality.STRONG).tie("A", "C", TieQuality.WEAK).tie("B", "C")
        .tie("C", "D", TieQuality.STRONG).build();

    // when
    EgoNetworkMetrics m = metrics(network);

    // then: Σ_k w: A 1 + 2 + 0.5 = 3.5; B 1 + 2 + 1 = 4; C 1 + 0.5 + 1 + 2 = 4.5; D 1 + 2 = 3; E 1
    double termA = (1 + 2 / 4.0 + 0.5 / 4.5) / 5;        // via B: w_BA/4, via C: w_CA/4.5
    double termB = (1 + 2 / 3.5 + 1 / 4.5) / 5;          // via A: 2/3.5, via C: 1/4.5
    double termC = (1 + 0.5 / 3.5 + 1 / 4.0 + 2 / 3.0) / 5; // via A, B, D
    double termD = (1 + 2 / 4.5) / 5;                    // via C
    double termE = 1 / 5.0;
    assertThat(m.weightedConstraint().value())
        .isCloseTo(sq(termA) + sq(termB) + sq(termC) + sq(termD) + sq(termE), EXACT);
    // weighted density: (2 + 0.5 + 1 + 2) / 10
    assertThat(m.weightedDensity().value()).isCloseTo(5.5 / 10, EXACT);
    // a table that weighs stressful and weak ties 0 keeps them as ties
    EgoNetworkMetrics zero = NetworkAnalysis.egoMetrics(network, AnalysisSettings.builder().date(Sketch.DATE)
        .putTieWeight(TieQuality.WEAK, 0.0).build());
    assertThat(zero.alterTies()).isEqualTo(4);
    assertThat(zero.weightedDensity().value()).isCloseTo(5.0 / 10, EXACT);
  }

  @Test
  void centralities_in_the_whole_network() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then: n = 6; degrees ego 5, A 3 (ego, B, C), B 3, C 4, D 2, E 1
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().degree()).isEqualTo(5);
    assertThat(m.centralityOf(id("C")).orElseThrow().degree()).isEqualTo(4);
    assertThat(m.centralityOf(id("E")).orElseThrow().degree()).isEqualTo(1);
    // the pairs two steps apart: A-D, B-D (via ego or C: 1/2 each), A-E, B-E, C-E, D-E (via ego only)
    // ego: 1/2 + 1/2 + 4 = 5; C: 1/2 + 1/2 = 1; the others 0; normalised by (6-1)(6-2)/2 = 10
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().betweenness()).isCloseTo(5, EXACT);
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().normalisedBetweenness().value()).isCloseTo(0.5, EXACT);
    assertThat(m.centralityOf(id("C")).orElseThrow().betweenness()).isCloseTo(1, EXACT);
    assertThat(m.centralityOf(id("A")).orElseThrow().betweenness()).isCloseTo(0, EXACT);
    // closeness (n-1)/Σd: ego 5/5; A: ego 1 + B 1 + C 1 + D 2 + E 2 = 7; C: 1+1+1+1+2 = 6; E: 1 + 2·4 = 9
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().closeness().value()).isCloseTo(1, EXACT);
    assertThat(m.centralityOf(id("A")).orElseThrow().closeness().value()).isCloseTo(5 / 7.0, EXACT);
    assertThat(m.centralityOf(id("C")).orElseThrow().closeness().value()).isCloseTo(5 / 6.0, EXACT);
    assertThat(m.centralityOf(id("E")).orElseThrow().closeness().value()).isCloseTo(5 / 9.0, EXACT);
    assertThat(m.centralityOf(id("F"))).isEmpty();
    // ego betweenness by the ego-network formula: the 6 untied pairs, 1/g with g = common alters + 1:
    // A-D 1/2 (C), B-D 1/2 (C), A-E 1, B-E 1, C-E 1, D-E 1 -> 5, as in the whole network
    assertThat(m.egoBetweenness()).isCloseTo(5, EXACT);
  }

  @Test
  void support_reciprocity_and_multiplexity() {
    // given
    Network kite = kite();

    // when
    EgoNetworkMetrics m = metrics(kite);

    // then, arcs by type (ego included, each ordered pair once):
    // emotional A->C (twice recorded), ego->A, A->ego: 3 arcs; pairs {A,C}, {ego,A}; both ways: {ego,A} -> 1/2
    assertThat(m.supportArcs().get(EMOTIONAL)).isEqualTo(3);
    assertThat(m.reciprocity().get(EMOTIONAL).value()).isCloseTo(1 / 2.0, EXACT);
    // practical A<->C, C->D, A->ego: 4 arcs, pairs {A,C}, {C,D}, {A,ego}; both ways {A,C} -> 1/3
    assertThat(m.supportArcs().get(PRACTICAL)).isEqualTo(4);
    assertThat(m.reciprocity().get(PRACTICAL).value()).isCloseTo(1 / 3.0, EXACT);
    // informational C->D: 0/1; linking ego->D: 0/1; companionship: no arc, undefined
    assertThat(m.reciprocity().get(INFORMATIONAL).value()).isZero();
    assertThat(m.reciprocity().get(LINKING).value()).isZero();
    assertThat(m.reciprocity().get(COMPANIONSHIP)).isEqualTo(Figure.undefined());
    // A gives emotional and practical, C practical and informational: 2 of 5; to ego, A only: 1 of 5
    assertThat(m.multiplexity().value()).isCloseTo(2 / 5.0, EXACT);
    assertThat(m.multiplexityToEgo().value()).isCloseTo(1 / 5.0, EXACT);
    // brokerage on the alter arcs A->C, C->A, C->D: the two-path A->C->D, no arc A->D; family, friends, health
    assertThat(m.brokerageOf(id("C"))).contains(Brokerage.of(id("C"), 0, 0, 0, 0, 1));
    assertThat(m.brokerageOf(id("A")).orElseThrow().total()).isZero(); // C->A->C goes back: x = y
  }

  @Test
  void brokerage_counts_each_role() {
    // given: broker a (social); xs, ys (social), xt, yt (health), yu (housing)
    // arcs xs->a, xt->a, ys->a, a->ys, a->yt, a->yu, and xs->yu (closing that two-path); xt->ego->ys is left out
    Network network = Sketch.network()
        .alter("a", Sector.SOCIAL).alter("xs", Sector.SOCIAL).alter("ys", Sector.SOCIAL)
        .alter("xt", Sector.HEALTH).alter("yt", Sector.HEALTH).alter("yu", Sector.HOUSING)
        .tie("xs", "a", PRACTICAL, FROM_FIRST).tie("a", "xt", INFORMATIONAL, FROM_SECOND)
        .tie("a", "ys", EMOTIONAL, MUTUAL).tie("a", "yt", PRACTICAL, FROM_FIRST)
        .tie("yu", "a", LINKING, FROM_SECOND).tie("xs", "yu", PRACTICAL, FROM_FIRST)
        .tie("xt", Sketch.EGO, EMOTIONAL, FROM_FIRST).tie(Sketch.EGO, "ys", EMOTIONAL, FROM_FIRST)
        .build();

    // when
    EgoNetworkMetrics m = metrics(network);

    // then: givers to a {xs, xt, ys}, receivers from a {ys, yt, yu}
    // xs a ys: coordinator; xs a yt: representative; xs a yu: closed by xs->yu
    // xt a ys: gatekeeper; xt a yt: consultant; xt a yu: liaison
    // ys a ys: the same alter; ys a yt: representative; ys a yu: representative
    assertThat(m.brokerageOf(id("a"))).contains(Brokerage.of(id("a"), 1, 1, 3, 1, 1));
    assertThat(m.brokerageOf(id("xs")).orElseThrow().total()).isZero();
    assertThat(m.brokerageOf(id("ys")).orElseThrow().total()).isZero(); // a->ys->a goes back
    assertThat(m.brokerage()).extracting(Brokerage::alter).containsExactlyElementsOf(m.alters());
  }

  @Test
  void no_alter() {
    // given
    Network alone = Sketch.network().former("F", Sector.FAMILY).tie("F", Sketch.EGO).build();

    // when
    EgoNetworkMetrics m = metrics(alone);

    // then
    assertThat(m.size()).isZero();
    assertThat(m.alters()).isEmpty();
    assertThat(List.of(m.primaryShare(), m.secondaryShare(), m.density(), m.weightedDensity(), m.blau(), m.iqv(),
        m.iqvPresent(), m.entropy(), m.eiIndex(), m.eiIndexRescaled(), m.effectiveSize(), m.efficiency(),
        m.constraint(), m.weightedConstraint(), m.multiplexity(), m.multiplexityToEgo()))
        .containsOnly(Figure.undefined());
    assertThat(m.share(Sector.FAMILY)).isEqualTo(Figure.undefined());
    assertThat(m.components()).isEmpty();
    assertThat(m.isolates()).isEmpty();
    assertThat(m.stars()).isEmpty();
    assertThat(m.centralities()).extracting(c -> c.individual()).containsExactly(id(Sketch.EGO));
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().degree()).isZero();
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().closeness()).isEqualTo(Figure.undefined());
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().normalisedBetweenness()).isEqualTo(Figure.undefined());
    assertThat(m.reciprocity().values()).containsOnly(Figure.undefined());
  }

  @Test
  void one_alter() {
    // given
    Network pair = Sketch.network().alter("A", Sector.FAMILY).build();

    // when
    EgoNetworkMetrics m = metrics(pair);

    // then: no pair of alters: density undefined; one sector: Blau 0, IQV over present sectors undefined
    assertThat(m.density()).isEqualTo(Figure.undefined());
    assertThat(m.blau().value()).isZero();
    assertThat(m.iqv().value()).isZero();
    assertThat(m.iqvPresent()).isEqualTo(Figure.undefined());
    assertThat(m.entropy().value()).isZero();
    // Burt: 1 - 0 = 1, efficiency 1, constraint (1/1)² = 1
    assertThat(m.effectiveSize().value()).isEqualTo(1);
    assertThat(m.efficiency().value()).isEqualTo(1);
    assertThat(m.constraint().value()).isEqualTo(1);
    // n = 2: normalised betweenness undefined, closeness 1/1
    assertThat(m.centralityOf(id("A")).orElseThrow().normalisedBetweenness()).isEqualTo(Figure.undefined());
    assertThat(m.centralityOf(id("A")).orElseThrow().closeness().value()).isEqualTo(1);
    assertThat(m.isolates()).containsExactly(id("A"));
    assertThat(m.components()).containsExactly(ImmutableSet.of(id("A")));
    assertThat(m.stars()).isEmpty();
  }

  @Test
  void isolates_only() {
    // given: three alters of two sectors, no tie among them
    Network star = Sketch.network().alter("A", Sector.FAMILY).alter("B", Sector.FAMILY)
        .alter("C", Sector.HEALTH).tie("A", Sketch.EGO).build();

    // when
    EgoNetworkMetrics m = metrics(star);

    // then: L = 0, density 0 of 3 pairs, E-I undefined, effective size 3 - 0 = 3, constraint 3·(1/3)² = 1/3
    assertThat(m.density().value()).isZero();
    assertThat(m.eiIndex()).isEqualTo(Figure.undefined());
    assertThat(m.eiIndexRescaled()).isEqualTo(Figure.undefined());
    assertThat(m.isolates()).containsExactly(id("A"), id("B"), id("C"));
    assertThat(m.components()).hasSize(3);
    assertThat(m.stars()).isEmpty();
    assertThat(m.bridges()).isEmpty();
    assertThat(m.effectiveSize().value()).isEqualTo(3);
    assertThat(m.constraint().value()).isCloseTo(3 * sq(1 / 3.0), EXACT);
    // ego lies on every path between alters: 3 pairs, one path each
    assertThat(m.egoBetweenness()).isCloseTo(3, EXACT);
    assertThat(m.centralityOf(id(Sketch.EGO)).orElseThrow().normalisedBetweenness().value()).isCloseTo(1, EXACT);
  }

  @Test
  void a_network_without_focal_person_is_refused_with_the_fix() {
    // given
    Network service = Network.builder().id(NetworkId.of("n-service")).created(LocalDate.of(2026, 1, 1))
        .theme("maltraitance").build();

    // when, then
    assertThatThrownBy(() -> NetworkAnalysis.egoMetrics(service, SETTINGS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n-service")
        .hasMessageContaining("focalPerson");
  }

  @Test
  void figures_read_by_name_match_their_accessors() {
    // given
    EgoNetworkMetrics m = metrics(kite());

    // when, then
    assertThat(m.figure(org.maillage.analysis.EgoMetric.SIZE).value()).isEqualTo(5);
    assertThat(m.figure(org.maillage.analysis.EgoMetric.COMPONENTS).value()).isEqualTo(2);
    assertThat(m.figure(org.maillage.analysis.EgoMetric.DENSITY)).isEqualTo(m.density());
    assertThat(m.figure(org.maillage.analysis.EgoMetric.EGO_BETWEENNESS).value()).isEqualTo(m.egoBetweenness());
  }

  private static double sq(double x) {
    return x * x;
  }
}
