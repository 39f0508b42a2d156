package org.maillage.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FigureTest {

  @Test
  void undefined_is_its_own_state_never_nan_or_zero() {
    // given
    Figure undefined = Figure.undefined();

    // when, then
    assertThat(undefined.isDefined()).isFalse();
    assertThat(undefined).isNotEqualTo(Figure.of(0)).isEqualTo(Figure.ratio(1, 0));
    assertThat(undefined.toOptional()).isEqualTo(OptionalDouble.empty());
    assertThat(undefined.orElse(-1)).isEqualTo(-1);
    assertThat(undefined).hasToString("undefined");
    assertThatThrownBy(undefined::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("isDefined()");
  }

  @Test
  void nan_and_infinities_are_refused_with_the_fix() {
    assertThatThrownBy(() -> Figure.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Figure.undefined()");
    assertThatThrownBy(() -> Figure.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Figure.ratio(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defined_figures_compare_by_value() {
    // given
    Figure third = Figure.ratio(1, 3);

    // when, then
    assertThat(third).isEqualTo(Figure.of(1 / 3.0)).hasSameHashCodeAs(Figure.of(1 / 3.0));
    assertThat(third.value()).isEqualTo(1 / 3.0);
    assertThat(third).hasToString(Double.toString(1 / 3.0));
    assertThat(Figure.of(2)).isNotEqualTo(Figure.of(3));
  }

  @Test
  void format_follows_the_reader_language() {
    // given
    Figure third = Figure.ratio(1, 3);

    // when, then
    assertThat(third.format(3, Locale.FRANCE, "non défini")).isEqualTo("0,333");
    assertThat(third.format(3, Locale.US, "undefined")).isEqualTo("0.333");
    assertThat(third.format(3, Locale.GERMANY, "undefined")).isEqualTo("0.333"); // anything but French is English
    assertThat(Figure.undefined().format(3, Locale.FRANCE, "non défini")).isEqualTo("non défini");
    assertThatThrownBy(() -> third.format(16, Locale.US, "")).isInstanceOf(IllegalArgumentException.class);
  }
}
