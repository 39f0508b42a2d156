package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples' bundles, in French, English and Dutch, are parallel and valid UTF-8, and templates fail loudly on
 * a missing argument.
 */
class TextsTest {
  /**
   * Keys whose texts may be written alike in English and another language: date patterns, the scenario's id in
   * brackets, a sector with its count, and an example's files (French puts a space before the colon, Dutch does
   * not).
   */
  private static final Set<String> SAME_AS_ENGLISH = Set.of("date.pattern", "date.pattern.firstOfMonth",
      "demo.scenario", "summary.sector", "demo.pictures.written");

  @ParameterizedTest
  @ValueSource(strings = {"fr", "nl"})
  void each_bundle_has_the_english_keys_and_differs_in_its_texts(String language) throws IOException {
    // when
    Properties en = load("en");
    Properties other = load(language);

    // then
    Set<String> missing = new TreeSet<>(en.stringPropertyNames());
    missing.removeAll(other.stringPropertyNames());
    Set<String> extra = new TreeSet<>(other.stringPropertyNames());
    extra.removeAll(en.stringPropertyNames());
    assertThat(missing).as("keys of Summary_en missing in Summary_%s", language).isEmpty();
    assertThat(extra).as("keys of Summary_%s missing in Summary_en", language).isEmpty();
    Set<String> same = new TreeSet<>();
    en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(other.getProperty(k))).forEach(same::add);
    assertThat(same).as("texts of Summary_%s written as in English", language).isSubsetOf(SAME_AS_ENGLISH);
  }

  @Test
  void dates_are_written_as_each_language_writes_them() {
    // given
    LocalDate first = LocalDate.of(2026, 12, 1);
    LocalDate other = LocalDate.of(2026, 9, 14);

    // then
    assertThat(Texts.of(Locale.FRENCH).date(first)).isEqualTo("1er décembre 2026");
    assertThat(Texts.of(Locale.FRENCH).date(other)).isEqualTo("14 septembre 2026");
    assertThat(Texts.of(Locale.ENGLISH).date(first)).isEqualTo("1 December 2026");
    assertThat(Texts.of(Locale.forLanguageTag("nl-BE")).date(first)).isEqualTo("1 december 2026");
    assertThat(Texts.of(Locale.forLanguageTag("nl")).date(other)).isEqualTo("14 september 2026");
  }

  @Test
  void a_template_names_its_arguments_and_fails_on_a_missing_one() {
    // given
    Texts texts = Texts.of(Locale.FRENCH);

    // then: apostrophes and dollar signs pass through untouched
    assertThat(texts.format("summary.ties", Map.of("count", "$1 l'un"))).isEqualTo("Liens : $1 l'un");
    assertThatThrownBy(() -> texts.format("summary.ties", Map.of("other", 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("summary.ties").hasMessageContaining("{count}");
  }

  private static Properties load(String language) throws IOException {
    String path = "org/maillage/examples/Summary_" + language + ".properties";
    try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      return properties;
    }
  }
}
