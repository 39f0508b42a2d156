package org.maillage.core.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Rule;

class GovernanceRulesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(GovernanceRules.class.getPackageName() + ".Messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void listsTheFamilysRulesInCatalogueOrder() {
    // given
    String[] catalogue = {"GOV-SHARED-DEONTOLOGY", "GOV-REVIEW-DUE", "GOV-ROTATING-FACILITATION",
        "RISK-COLONISATION", "RISK-CLOSURE", "RISK-ONE-WAY"};

    // when
    var ids = GovernanceRules.all().stream().map(r -> r.id().value()).toList();

    // then
    assertThat(ids).containsExactly(catalogue);
  }

  @Test
  void bothBundlesHoldTheSameKeysWithTheSamePlaceholders() {
    // given
    ResourceBundle english = bundle(Locale.ENGLISH);
    ResourceBundle french = bundle(Locale.FRENCH);

    // when
    Set<String> keys = new TreeSet<>(english.keySet());

    // then
    assertThat(new TreeSet<>(french.keySet())).isEqualTo(keys);
    for (String key : keys) {
      assertThat(placeholders(french.getString(key))).as(key).isEqualTo(placeholders(english.getString(key)));
    }
    for (Rule rule : GovernanceRules.all()) {
      assertThat(keys).contains(rule.id().value() + ".title");
      assertThat(keys).anyMatch(k -> k.startsWith(rule.id().value() + ".") && !k.endsWith(".title"));
    }
    assertThat(keys).allMatch(k -> GovernanceRules.all().stream().anyMatch(r -> k.startsWith(r.id().value() + ".")));
  }
}
