package org.maillage.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.InvalidModelException;
import org.maillage.network.TieQuality;

class AnalysisSettingsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

  @Test
  void the_default_table() {
    // when
    AnalysisSettings settings = AnalysisSettings.asOf(DATE);

    // then
    assertThat(settings.date()).isEqualTo(DATE);
    assertThat(settings.weightOf(TieQuality.STRONG)).isEqualTo(2);
    assertThat(settings.weightOf(TieQuality.ORDINARY)).isEqualTo(1);
    assertThat(settings.weightOf(TieQuality.WEAK)).isEqualTo(0.5);
    assertThat(settings.weightOf(TieQuality.STRESSFUL)).isEqualTo(0.5);
  }

  @Test
  void a_changed_weight_replaces_its_default_only() {
    // when
    AnalysisSettings settings = AnalysisSettings.builder().date(DATE).putTieWeight(TieQuality.STRESSFUL, 0.0).build();

    // then
    assertThat(settings.weightOf(TieQuality.STRESSFUL)).isZero();
    assertThat(settings.weightOf(TieQuality.STRONG)).isEqualTo(2);
  }

  @Test
  void a_negative_or_infinite_weight_is_refused_naming_the_quality() {
    assertThatThrownBy(() -> AnalysisSettings.builder().date(DATE).putTieWeight(TieQuality.WEAK, -1.0).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("tieWeights[WEAK]")
        .hasMessageContaining("give 0 or more");
    assertThatThrownBy(() -> AnalysisSettings.builder().date(DATE)
        .putTieWeight(TieQuality.STRONG, Double.POSITIVE_INFINITY).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("tieWeights[STRONG]");
  }
}
