package org.maillage.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A problem keeps its key and arguments apart from its text, and renders them in each language. */
class FormatProblemTest {

  @Test
  void a_problem_renders_its_position_and_message_per_locale() {
    // given
    FormatProblem p = FormatProblem.of("/network/created", 3, 14, "format.json.wrong-type",
        Map.of("expected", "string", "found", "number"));

    // when
    String fr = p.message(Locale.FRANCE);
    String en = p.message(Locale.UK);
    String nl = p.message(Locale.forLanguageTag("nl-BE"));

    // then
    assertThat(fr).isEqualTo("ligne 3, colonne 14, /network/created : type incorrect : attendu string, trouvé number");
    assertThat(en).isEqualTo("line 3, column 14, /network/created: wrong type: expected string, found number");
    assertThat(nl).startsWith("regel 3, kolom 14, /network/created: verkeerd type");
    assertThat(p.expected()).contains("string");
    assertThat(p.found()).contains("number");
    assertThat(p).isEqualTo(FormatProblem.of("/network/created", 3, 14, "format.json.wrong-type",
        Map.of("found", "number", "expected", "string")));
  }

  @Test
  void an_exception_lists_its_first_problems_and_keeps_them_all() {
    // given
    List<FormatProblem> problems = java.util.stream.IntStream.range(0, 7).mapToObj(i -> FormatProblem.of("/a/" + i,
        1, i + 1, "format.json.repeated-element", Map.of())).toList();

    // when
    FormatException e = new FormatException(problems);

    // then
    assertThat(e.problems()).hasSize(7);
    assertThat(e.getMessage()).startsWith("7 problems: line 1, column 1, /a/0:").endsWith("and 2 more");
    assertThat(e.getStackTrace()).isEmpty();
  }

  @Test
  void a_problem_refuses_negative_positions_and_an_exception_no_problem() {
    assertThatThrownBy(() -> FormatProblem.of("", -1, 0, "k", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FormatException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
