package org.maillage.formats.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The read problems' bundles: French, English and Dutch hold the same keys and the same placeholders. */
class MessagesTest {

  private static Properties bundle(String suffix) {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("Messages" + suffix + ".properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("\\{([a-z]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void french_english_and_dutch_have_the_same_keys_and_placeholders() {
    // given the three bundles
    Properties english = bundle("");
    Properties french = bundle("_fr");
    Properties dutch = bundle("_nl");

    // then they hold the same keys, each with the same placeholders
    assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(dutch.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(placeholders(french.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
      assertThat(placeholders(dutch.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @Test
  void a_problem_renders_in_each_language_with_where_it_is() {
    // given a problem
    ReadProblem problem = ReadProblem.of("alters", 3, 2, "read.value.required", "field", "horizon");

    // when it is rendered, then each language says where and what
    assertThat(problem.render(Locale.ENGLISH)).isEqualTo("alters, line 3, column 2: the field horizon is required"
        + " and missing");
    assertThat(problem.render(Locale.FRENCH)).isEqualTo("alters, ligne 3, colonne 2: le champ horizon est "
        + "obligatoire et manque");
    assertThat(problem.render(new Locale("nl"))).startsWith("alters, regel 3, kolom 2: het veld horizon");
  }
}
