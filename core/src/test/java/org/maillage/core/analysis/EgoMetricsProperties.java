package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.TieId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Brokerage;
import org.maillage.analysis.Centrality;
import org.maillage.analysis.EgoMetric;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.Figure;
import org.maillage.core.NetworkAnalysis;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** What holds for the ego-network figures of every network: ranges, sums, consistency, value semantics, privacy. */
class EgoMetricsProperties {
  private static final AnalysisSettings SETTINGS = AnalysisSettings.asOf(EgoGraphs.DATE);
  private static final double EPSILON = 1e-9;

  Gen<Network> networks() {
    return EgoGraphs.any();
  }

  Gen<Network> withNamesAndNotes() {
    return NetworkGenerators.withNamesAndNotes().filter(Network::isPersonCentred);
  }

  @Property(tries = 200)
  void figures_stay_in_their_ranges(@ForAll("networks") Network network) {
    // given
    EgoNetworkMetrics m = NetworkAnalysis.egoMetrics(network, SETTINGS);
    int size = m.size();

    // then
    assertThat(m.mobilisableSize()).isBetween(0, size);
    if (size == 0) {
      for (EgoMetric metric : EgoMetric.values()) {
        if (metric != EgoMetric.SIZE && metric != EgoMetric.MOBILISABLE_SIZE && metric != EgoMetric.ALTER_TIES
            && metric != EgoMetric.COMPONENTS && metric != EgoMetric.ISOLATES && metric != EgoMetric.STARS
            && metric != EgoMetric.BRIDGES && metric != EgoMetric.EGO_BETWEENNESS) {
          assertThat(m.figure(metric)).as("%s with no alter", metric).isEqualTo(Figure.undefined());
        }
      }
      return;
    }
    assertThat(m.composition().values().stream().mapToDouble(Figure::value).sum()).isCloseTo(1, within(EPSILON));
    assertThat(m.primaryShare().value() + m.secondaryShare().value()).isCloseTo(1, within(EPSILON));
    assertThat(m.alterTies()).isBetween(0, size * (size - 1) / 2);
    assertThat(m.density().orElse(0)).isBetween(0.0, 1.0);
    assertThat(m.density().isDefined()).isEqualTo(size >= 2);
    assertThat(m.blau().value()).isBetween(0.0, 1.0);
    assertThat(m.iqv().value()).isBetween(0.0, 1.0 + EPSILON);
    assertThat(m.iqvPresent().orElse(0)).isBetween(0.0, 1.0 + EPSILON);
    assertThat(m.entropy().value()).isBetween(0.0, Math.log(m.sectorCounts().size()) / Math.log(2) + EPSILON);
    assertThat(m.eiIndex().isDefined()).isEqualTo(m.alterTies() > 0);
    assertThat(m.eiIndex().orElse(0)).isBetween(-1.0, 1.0);
    assertThat(m.eiIndexRescaled().orElse(0)).isBetween(-1.0 - EPSILON, 1.0 + EPSILON);
    assertThat(m.effectiveSize().value()).isBetween(1.0 - EPSILON, (double) size);
    assertThat(m.efficiency().value()).isBetween(0.0, 1.0);
    assertThat(m.constraint().value()).isPositive();
    assertThat(m.centralities()).hasSize(size + 1);
    for (Centrality c : m.centralities()) {
      assertThat(c.normalisedBetweenness().orElse(0)).isBetween(0.0, 1.0 + EPSILON);
      assertThat(c.closeness().value()).isBetween(0.0, 1.0 + EPSILON);
    }
    // every alter is in exactly one component; isolates are the alters alone in theirs
    List<MemberId> inComponents = new ArrayList<>();
    m.components().forEach(inComponents::addAll);
    assertThat(inComponents).containsExactlyInAnyOrderElementsOf(m.alters());
    assertThat(m.isolates()).allSatisfy(i -> assertThat(m.components()).anySatisfy(c -> assertThat(c).containsExactly(i)));
    assertThat(m.multiplexityToEgo().value()).isLessThanOrEqualTo(m.multiplexity().value());
    assertThat(m.brokerage()).extracting(Brokerage::alter).containsExactlyElementsOf(m.alters());
    Statistics.label("stars").collect(m.stars().isEmpty() ? "none" : "some");
    Statistics.label("stars").coverage("some", 30);
    Statistics.label("bridges").collect(m.bridges().isEmpty() ? "none" : "some");
    Statistics.label("bridges").coverage("some", 15);
    Statistics.label("brokerage").collect(m.brokerage().stream().mapToInt(Brokerage::total).sum() > 0
        ? "some" : "none");
    Statistics.label("brokerage").coverage("some", 15);
  }

  @Property(tries = 150)
  void brokerage_counts_every_open_two_path_by_its_sectors(@ForAll("networks") Network network) {
    // given: the support arcs among alters, from the ties, every type together; the naive triple loop
    List<org.maillage.member.Member> alters = network.currentMembers(EgoGraphs.DATE);
    Set<List<MemberId>> arcs = new HashSet<>();
    Set<MemberId> ids = new HashSet<>();
    alters.forEach(a -> ids.add(a.id()));
    for (Tie tie : network.ties()) {
      if (ids.contains(tie.first()) && ids.contains(tie.second())) {
        if (!tie.givenBy(tie.first()).isEmpty()) {
          arcs.add(List.of(tie.first(), tie.second()));
        }
        if (!tie.givenBy(tie.second()).isEmpty()) {
          arcs.add(List.of(tie.second(), tie.first()));
        }
      }
    }

    // when
    EgoNetworkMetrics m = NetworkAnalysis.egoMetrics(network, SETTINGS);

    // then
    for (org.maillage.member.Member a : alters) {
      int[] roles = new int[5];
      for (org.maillage.member.Member x : alters) {
        for (org.maillage.member.Member y : alters) {
          if (x == a || y == a || x == y || !arcs.contains(List.of(x.id(), a.id()))
              || !arcs.contains(List.of(a.id(), y.id())) || arcs.contains(List.of(x.id(), y.id()))) {
            continue;
          }
          boolean xa = x.sector() == a.sector();
          boolean ay = a.sector() == y.sector();
          boolean xy = x.sector() == y.sector();
          roles[xa && ay ? 0 : xy ? 1 : xa ? 2 : ay ? 3 : 4]++;
        }
      }
      assertThat(m.brokerageOf(a.id()).orElseThrow())
          .isEqualTo(Brokerage.of(a.id(), roles[0], roles[1], roles[2], roles[3], roles[4]));
    }
  }

  @Property(tries = 150)
  void the_same_network_gives_equal_metrics(@ForAll("networks") Network network) {
    // when
    EgoNetworkMetrics first = NetworkAnalysis.egoMetrics(network, SETTINGS);
    EgoNetworkMetrics second = NetworkAnalysis.egoMetrics(Network.builder().from(network).build(), SETTINGS);

    // then
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(NetworkAnalysis.render(second, Locale.FRENCH)).isEqualTo(NetworkAnalysis.render(first, Locale.FRENCH));
  }

  @Property(tries = 150)
  void a_second_tie_between_tied_alters_changes_no_unweighted_figure(@ForAll("networks") Network network) {
    // given: a copy of one alter-alter tie, weak and without support
    Set<MemberId> alters = new HashSet<>(EgoGraphs.alters(network));
    Tie tied = network.ties().stream().filter(t -> alters.contains(t.first()) && alters.contains(t.second()))
        .findFirst().orElse(null);
    Statistics.label("an alter-alter tie to copy").collect(tied == null ? "none" : "some");
    Statistics.label("an alter-alter tie to copy").coverage("some", 50);
    if (tied == null) {
      return;
    }
    Network doubled = Network.builder().from(network).addTie(Tie.builder().id(TieId.of("t-copy-of-a-tie"))
        .first(tied.second()).second(tied.first()).nature(TieNature.CONFLICT).quality(TieQuality.WEAK).build())
        .build();

    // when
    EgoNetworkMetrics before = NetworkAnalysis.egoMetrics(network, SETTINGS);
    EgoNetworkMetrics after = NetworkAnalysis.egoMetrics(doubled, SETTINGS);

    // then: the pair counts once; only a weight below the pair's largest could matter, and it does not
    assertThat(after).isEqualTo(before);
  }

  @Property(tries = 40)
  void metrics_print_no_personal_or_free_text(@ForAll("withNamesAndNotes") Network network) {
    // given
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);

    // when
    EgoNetworkMetrics m = NetworkAnalysis.egoMetrics(marked.network(), SETTINGS);

    // then
    marked.assertNoMarkerIn("EgoNetworkMetrics.toString", m.toString());
    marked.assertNoMarkerIn("render (fr)", NetworkAnalysis.render(m, Locale.FRENCH));
    marked.assertNoMarkerIn("render (en)", NetworkAnalysis.render(m, Locale.ENGLISH));
  }
}
