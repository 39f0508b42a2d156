package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maillage.core.analysis.Sketch.id;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.EgoMetric;
import org.maillage.analysis.Figure;
import org.maillage.analysis.MetricChange;
import org.maillage.analysis.NetworkChange;
import org.maillage.analysis.SectorShift;
import org.maillage.core.NetworkAnalysis;
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.referent.ReferentDesignation;

/** Changes between two dated versions of a hand-built network, worked out in each test. */
class NetworkChangeTest {
  private static final LocalDate EARLY = LocalDate.of(2026, 3, 1);
  private static final LocalDate LATE = LocalDate.of(2026, 6, 1);

  @Test
  void one_value_at_two_dates() {
    // given: A and B throughout; C joins in April; D leaves in April; E's involvement and designation start in
    // May; the tie B-C exists from C's arrival, the tie A-D until D leaves
    Network network = Sketch.network().alter("A", Sector.FAMILY).alter("B", Sector.FRIENDS).build();
    Network.Builder builder = Network.builder().from(network)
        .addMember(Professional.builder().id(id("C")).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
            .involvedFrom(LocalDate.of(2026, 4, 1)).build())
        .addMember(Professional.builder().id(id("D")).sector(Sector.HEALTH).horizon(Horizon.MIDDLE)
            .addInvolvement(Period.of(Sketch.CREATED, LocalDate.of(2026, 4, 1))).build())
        .addMember(Professional.builder().id(id("E")).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
            .involvedFrom(LocalDate.of(2026, 5, 1)).build())
        .addTie(tie("t-bc", "B", "C")).addTie(tie("t-ad", "A", "D")).addTie(tie("t-ab", "A", "B"))
        .addReferent(ReferentDesignation.of(id("E"), Period.from(LocalDate.of(2026, 5, 1))));

    // when
    NetworkChange change = NetworkAnalysis.compare(builder.build(), AnalysisSettings.asOf(EARLY),
        AnalysisSettings.asOf(LATE));

    // then
    assertThat(change.joined()).containsExactly(id("C"), id("E"));
    assertThat(change.left()).containsExactly(id("D"));
    assertThat(change.tiesAdded()).containsExactly(TieId.of("t-bc"));
    assertThat(change.tiesRemoved()).containsExactly(TieId.of("t-ad"));
    assertThat(change.tiesChanged()).isEmpty();
    assertThat(change.referentsDesignated()).containsExactly(id("E"));
    // size 3 (A, B, D) -> 4 (A, B, C, E); L 2 (A-B, A-D) -> 2 (A-B, B-C)
    MetricChange size = change.metrics().stream().filter(m -> m.metric() == EgoMetric.SIZE).findFirst().orElseThrow();
    assertThat(size.difference()).isEqualTo(Figure.of(1));
    assertThat(change.metrics()).filteredOn(m -> m.metric() == EgoMetric.ALTER_TIES)
        .extracting(MetricChange::difference).containsExactly(Figure.of(0));
    assertThat(change.isEmpty()).isFalse();
  }

  @Test
  void two_values_a_changed_tie_and_a_sector_shift() {
    // given
    Network before = Sketch.network().alter("A", Sector.FAMILY).alter("B", Sector.FRIENDS)
        .tie("A", "B", TieQuality.WEAK).build();
    Network after = Sketch.network().alter("A", Sector.FAMILY).alter("B", Sector.NEIGHBOURHOOD)
        .tie("A", "B", TieQuality.STRONG).build();

    // when
    NetworkChange change = NetworkAnalysis.compare(before, AnalysisSettings.asOf(EARLY), after,
        AnalysisSettings.asOf(LATE));

    // then
    assertThat(change.tiesChanged()).containsExactly(TieId.of("t-1"));
    assertThat(change.sectorShifts()).containsExactly(SectorShift.of(id("B"), Sector.FRIENDS, Sector.NEIGHBOURHOOD));
    // weighted density 0.5 / 1 -> 2 / 1
    assertThat(change.metrics()).filteredOn(m -> m.metric() == EgoMetric.WEIGHTED_DENSITY)
        .extracting(MetricChange::difference).containsExactly(Figure.of(1.5));
    assertThat(NetworkAnalysis.render(change, Locale.ENGLISH)).contains("Ties changed (quality or supports): t-1.")
        .contains("Sector of B: friends to neighbourhood.");
    assertThat(NetworkAnalysis.render(change, Locale.FRENCH)).contains("Secteur de B : amis vers voisinage.");
  }

  @Test
  void an_undefined_figure_has_an_undefined_difference() {
    // given: one alter then two: the density goes from undefined to 0
    Network before = Sketch.network().alter("A", Sector.FAMILY).build();
    Network after = Sketch.network().alter("A", Sector.FAMILY).alter("B", Sector.FAMILY).build();

    // when
    NetworkChange change = NetworkAnalysis.compare(before, AnalysisSettings.asOf(EARLY), after,
        AnalysisSettings.asOf(LATE));

    // then
    MetricChange density = change.metrics().stream().filter(m -> m.metric() == EgoMetric.DENSITY).findFirst()
        .orElseThrow();
    assertThat(density.before()).isEqualTo(Figure.undefined());
    assertThat(density.after()).isEqualTo(Figure.of(0));
    assertThat(density.difference()).isEqualTo(Figure.undefined());
  }

  @Test
  void versions_of_two_networks_are_refused() {
    // given
    Network one = Sketch.network().build();
    Network other = Network.builder().from(one).id(NetworkId.of("n-other")).build();

    // when, then
    assertThatThrownBy(() -> NetworkAnalysis.compare(one, AnalysisSettings.asOf(EARLY), other,
        AnalysisSettings.asOf(LATE))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n-other")
        .hasMessageContaining("the same id");
  }

  private static Tie tie(String id, String first, String second) {
    return Tie.builder().id(TieId.of(id)).first(MemberId.of(first)).second(MemberId.of(second))
        .nature(TieNature.SUPPORT).build();
  }
}
