package org.maillage.core.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryConnectivity;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.core.TerritoryAnalysis;

/**
 * A path of 1,000,000 organisations and a star of 1,000,000 leaves are analysed on the default thread stack: the
 * depth-first search is iterative (a recursive one would need a frame per organisation of the path).
 */
class DeepGraphsTest {
  private static final int MILLION = 1_000_000;

  private static TerritoryGraph.Builder nodes(int n) {
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    for (int i = 0; i < n; i++) {
      OrganisationId id = Graphs.id(i);
      builder.organisation(id, id, Optional.empty(), 1, 1, 0);
    }
    return builder;
  }

  @Test
  void a_path_of_a_million_organisations_has_every_inner_node_as_articulation_point_and_every_tie_as_bridge() {
    // given
    TerritoryGraph.Builder builder = nodes(MILLION);
    for (int i = 1; i < MILLION; i++) {
      builder.tie(i - 1, i, 1, 0, 0);
    }
    TerritoryGraph path = builder.build();

    // when
    TerritoryConnectivity connectivity = TerritoryAnalysis.connectivity(path);

    // then
    assertThat(connectivity.componentCount()).isEqualTo(1);
    assertThat(connectivity.articulationPointCount()).isEqualTo(MILLION - 2);
    assertThat(connectivity.isArticulationPoint(0)).isFalse();
    assertThat(connectivity.isArticulationPoint(MILLION - 1)).isFalse();
    assertThat(connectivity.bridgeCount()).isEqualTo(MILLION - 1);
    assertThat(connectivity.isolatedCount()).isZero();
  }

  @Test
  void a_star_of_a_million_leaves_has_its_centre_as_only_articulation_point() {
    // given
    TerritoryGraph.Builder builder = nodes(MILLION + 1);
    for (int leaf = 1; leaf <= MILLION; leaf++) {
      builder.tie(0, leaf, 1, 0, 0);
    }
    TerritoryGraph star = builder.build();

    // when
    TerritoryConnectivity connectivity = TerritoryAnalysis.connectivity(star);

    // then
    assertThat(connectivity.componentCount()).isEqualTo(1);
    assertThat(connectivity.articulationPointCount()).isEqualTo(1);
    assertThat(connectivity.articulationPoint(0)).isZero();
    assertThat(connectivity.bridgeCount()).isEqualTo(MILLION);
    assertThat(connectivity.largestComponentSize()).isEqualTo(MILLION + 1);
  }
}
