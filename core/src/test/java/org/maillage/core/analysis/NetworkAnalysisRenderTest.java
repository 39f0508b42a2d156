package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.EgoMetric;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.core.NetworkAnalysis;
import org.maillage.member.Sector;

/** The metrics table is written in French and English, one line per figure, undefined shown as such. */
class NetworkAnalysisRenderTest {

  private static EgoNetworkMetrics oneAlter() {
    return NetworkAnalysis.egoMetrics(Sketch.network().alter("A", Sector.FAMILY).build(),
        AnalysisSettings.asOf(Sketch.DATE));
  }

  @Test
  void french_table() {
    // when
    String table = NetworkAnalysis.render(oneAlter(), Locale.FRANCE);

    // then
    assertThat(table.lines()).hasSize(EgoMetric.values().length);
    assertThat(table).contains("densité").containsPattern("densité +\\| non défini")
        .containsPattern("taille +\\| 1\n").containsPattern("contrainte +\\| 1,000");
  }

  @Test
  void english_table() {
    // when
    String table = NetworkAnalysis.render(oneAlter(), Locale.UK);

    // then
    assertThat(table.lines()).hasSize(EgoMetric.values().length);
    assertThat(table).containsPattern("density +\\| undefined").containsPattern("size +\\| 1\n")
        .containsPattern("efficiency +\\| 1.000");
  }
}
