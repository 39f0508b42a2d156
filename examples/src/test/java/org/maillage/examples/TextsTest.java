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
import org.junit.jupiter.api.Test;

/** The examples' bundles are parallel and valid UTF-8, and templates fail loudly on a missing argument. */
class TextsTest {

  @Test
  void french_and_english_bundles_have_the_same_keys_and_differ_in_their_texts() throws IOException {
    // when
    Properties en = load("en");
    Properties fr = load("fr");

    // then
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    long same = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(fr.getProperty(k))).count();
    assertThat(same).as("texts written alike in both languages (patterns, ids)").isLessThanOrEqualTo(3);
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
