package org.maillage.formats.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ecomap's words: French and Dutch say everything English says, with the same placeholders. */
class EcomapBundleTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  @ParameterizedTest
  @ValueSource(strings = {"fr", "nl"})
  void every_language_has_every_key_with_the_same_placeholders_and_its_own_words(String tag) {
    // given
    ResourceBundle english = ResourceBundle.getBundle("org.maillage.formats.ecomap.Ecomap", Locale.ENGLISH);
    ResourceBundle other = ResourceBundle.getBundle("org.maillage.formats.ecomap.Ecomap", Locale.forLanguageTag(tag));

    // then
    assertThat(other.keySet()).isEqualTo(english.keySet());
    for (String key : english.keySet()) {
      assertThat(placeholders(other.getString(key))).as(key).isEqualTo(placeholders(english.getString(key)));
      if (!Set.of("kind-professional", "kind-participant", "legend").contains(key)) {
        assertThat(other.getString(key)).as(key).isNotEqualTo(english.getString(key));
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
