package org.maillage.core.rules.primary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Rule;

class PrimaryRulesTest {

  @Test
  void theFamilyListsItsRuleWithBothTitles() {
    // given / when
    var rules = PrimaryRules.all();
    // then
    assertThat(rules).extracting(r -> r.id().value()).containsExactly("PRIMARY-SUPPORTED");
    assertThat(rules.get(0).title(Locale.FRENCH)).isNotBlank().isNotEqualTo(rules.get(0).title(Locale.ENGLISH));
  }

  @Test
  void bothBundlesHoldTheSameKeysAndOnlyThisFamilysRules() throws IOException {
    // given
    Properties english = load("Messages_en.properties");
    Properties french = load("Messages_fr.properties");
    var ids = PrimaryRules.all().stream().map(r -> r.id().value() + ".").toList();
    // when / then
    assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(english.stringPropertyNames())
        .allSatisfy(k -> assertThat(ids).anySatisfy(id -> assertThat(k).startsWith(id)));
    for (Rule rule : PrimaryRules.all()) {
      assertThat(english).containsKey(rule.id().value() + ".title");
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = PrimaryRulesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
