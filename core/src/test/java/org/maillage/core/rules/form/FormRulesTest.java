package org.maillage.core.rules.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Rule;

class FormRulesTest {

  @Test
  void theFamilyListsItsRulesInCatalogueOrder() {
    // given / when
    var ids = FormRules.all().stream().map(r -> r.id().value()).toList();
    // then
    assertThat(ids).containsExactly("FORM-PAIRING", "FORM-INTER-INSTITUTIONAL", "FORM-NETWORK-INTERVENTION",
        "FORM-MUTUAL-AID", "FORM-COLLECTIVE");
  }

  @Test
  void everyRuleHasATitleInBothLanguages() {
    // given / when / then
    for (Rule rule : FormRules.all()) {
      assertThat(rule.title(Locale.FRENCH)).isNotBlank().isNotEqualTo(rule.title(Locale.ENGLISH));
      assertThat(rule.title(Locale.ENGLISH)).isNotBlank();
    }
  }

  @Test
  void bothBundlesHoldTheSameKeysAndOnlyThisFamilysRules() throws IOException {
    // given
    Properties english = load("Messages_en.properties");
    Properties french = load("Messages_fr.properties");
    var ids = FormRules.all().stream().map(r -> r.id().value() + ".").toList();
    // when / then
    assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(english.stringPropertyNames())
        .allSatisfy(k -> assertThat(ids).anySatisfy(id -> assertThat(k).startsWith(id)));
    for (Rule rule : FormRules.all()) {
      assertThat(english).containsKey(rule.id().value() + ".title");
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = FormRulesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
