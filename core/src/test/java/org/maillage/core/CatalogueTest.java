package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;

/** The standard catalogue against DOMAIN.md §2, its bundles, and the README table. */
class CatalogueTest {

  /** DOMAIN.md §2, in its order, with default severities. */
  private static final Map<String, Severity> DOMAIN = new LinkedHashMap<>();

  static {
    String[] rows = {
      "FORM-PAIRING ERROR", "FORM-INTER-INSTITUTIONAL ERROR", "FORM-NETWORK-INTERVENTION ERROR",
      "FORM-MUTUAL-AID WARNING", "FORM-COLLECTIVE ERROR",
      "PERSON-CONSENT ERROR", "PERSON-STRENGTHS WARNING", "PERSON-MULTIPLE-NEEDS INFO",
      "PERSON-NOT-ENCLOSED WARNING",
      "PROJECT-COMPLETE WARNING", "PROJECT-CO-ELABORATED WARNING", "PROJECT-COMPLEMENTARITY WARNING",
      "PRIMARY-SUPPORTED WARNING",
      "SECONDARY-AFFILIATION WARNING", "SECONDARY-FORMAL-DELEGATION WARNING",
      "SECONDARY-FORMAL-INFRASTRUCTURE WARNING", "SECONDARY-INFORMAL-PERSISTENT INFO",
      "PARTNERSHIP-FORMALISED ERROR", "PARTNERSHIP-PROFESSIONALS-ONLY ERROR", "PARTNERSHIP-ORIGIN WARNING",
      "GOV-SHARED-DEONTOLOGY WARNING", "GOV-REVIEW-DUE WARNING", "GOV-ROTATING-FACILITATION WARNING",
      "RISK-COLONISATION WARNING", "RISK-CLOSURE INFO", "RISK-ONE-WAY INFO",
      "REFERENT-DESIGNATED WARNING", "REFERENT-CENTRAL WARNING", "REFERENT-PERMANENT WARNING",
      "SHARE-WITH-NOT-ABOUT WARNING", "SHARE-WITHIN-SECRECY ERROR", "SHARE-NECESSARY WARNING",
      "SHARE-DECISION ERROR", "SHARE-RECORD-INCOMPLETE WARNING"
    };
    for (String row : rows) {
      String[] parts = row.split(" ");
      DOMAIN.put(parts[0], Severity.valueOf(parts[1]));
    }
  }

  /** English words that must not be left in a French message (none of them is also a French word). */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "are", "has", "have", "with",
      "without", "which", "this", "that", "network", "member", "members", "meeting", "meetings", "should",
      "must", "not", "none", "for", "from", "when", "each", "tie", "ties", "sharing", "person", "project",
      "professionals", "than", "more", "less", "least", "no", "any", "or", "by", "who",
      "what", "consent", "review", "months", "partnership", "referent", "its", "their", "be", "been");

  private final Validator validator = Validator.standard();

  @Test
  void catalogueHoldsExactlyTheRulesOfTheDomainBriefWithTheirSeverities() {
    // given
    Map<String, Severity> actual = new LinkedHashMap<>();

    // when
    for (Rule rule : validator.rules()) {
      actual.put(rule.id().value(), rule.defaultSeverity());
    }

    // then
    assertThat(actual).containsExactlyEntriesOf(DOMAIN);
  }

  @Test
  void everyRuleHasATitleAndASourceInBothLanguages() {
    for (Rule rule : validator.rules()) {
      // when
      String fr = rule.title(Locale.FRENCH);
      String en = rule.title(Locale.ENGLISH);

      // then
      assertThat(fr).as("French title of %s", rule.id()).isNotBlank().isNotEqualTo(en);
      assertThat(en).as("English title of %s", rule.id()).isNotBlank();
      assertThat(rule.source().author()).isNotBlank();
      assertThat(rule.source().concept()).isNotBlank();
    }
  }

  @Test
  void everyBundleHasTheSameKeysAndPlaceholdersInFrenchAndEnglish() throws IOException {
    for (String base : bundleBases()) {
      // given
      Properties en = load(base + "_en.properties");
      Properties fr = load(base + "_fr.properties");

      // then
      assertThat(fr.stringPropertyNames()).as("keys of %s", base).isEqualTo(en.stringPropertyNames());
      for (String key : en.stringPropertyNames()) {
        assertThat(placeholders(fr.getProperty(key))).as("placeholders of %s in %s", key, base)
            .isEqualTo(placeholders(en.getProperty(key)));
        assertThat(fr.getProperty(key)).as("French %s", key).isNotBlank().isNotEqualTo(en.getProperty(key));
      }
    }
  }

  @Test
  void frenchMessagesHaveNoEnglishWordLeft() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (String base : bundleBases()) {
      // given
      Properties fr = load(base + "_fr.properties");

      // when
      for (String key : fr.stringPropertyNames()) {
        String text = fr.getProperty(key).replaceAll("\\{[^}]*}", " ").toLowerCase(Locale.ROOT);
        for (String word : text.split("[^\\p{L}]+")) {
          if (ENGLISH.contains(word)) {
            offenders.add(base + ": " + key + " -> '" + word + "'");
          }
        }
      }
    }

    // then
    assertThat(offenders).isEmpty();
  }

  @Test
  void readmeRuleTableMatchesTheCatalogue() throws IOException {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- rules:start -->");
    int end = readme.indexOf("<!-- rules:end -->");
    String expected = table();

    // then
    assertThat(start).as("README marker <!-- rules:start -->").isNotNegative();
    assertThat(end).as("README marker <!-- rules:end -->").isGreaterThan(start);
    assertThat(readme.substring(start + "<!-- rules:start -->".length(), end).strip())
        .as("README rule table; replace it with:%n%s", expected)
        .isEqualTo(expected);
  }

  /** The README table as the catalogue states it: id, severity, what it checks, source author. */
  static String table() {
    StringBuilder sb = new StringBuilder("| Id | Severity | What it checks | Source |\n|---|---|---|---|\n");
    for (Rule rule : Validator.standard().rules()) {
      sb.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity()).append(" | ")
          .append(rule.title(Locale.ENGLISH)).append(" | ").append(rule.source().author()).append(" |\n");
    }
    return sb.toString().strip();
  }

  @Test
  void everyRuleHasMessagesInItsFamilysBundleAndEveryKeyBelongsToARuleOfThatFamily() throws IOException {
    Map<String, List<Rule>> families = new LinkedHashMap<>();
    for (Rule rule : validator.rules()) {
      families.computeIfAbsent(rule.getClass().getPackageName(), p -> new ArrayList<>()).add(rule);
    }
    for (Map.Entry<String, List<Rule>> family : families.entrySet()) {
      // given
      Set<String> keys = load(family.getKey().replace('.', '/') + "/Messages_en.properties").stringPropertyNames();

      // then
      for (Rule rule : family.getValue()) {
        assertThat(keys).as("title of %s", rule.id()).contains(rule.id().value() + ".title");
        assertThat(keys).as("messages of %s", rule.id())
            .anyMatch(k -> k.startsWith(rule.id().value() + ".") && !k.endsWith(".title"));
      }
      assertThat(keys).as("keys of %s", family.getKey())
          .allMatch(k -> family.getValue().stream().anyMatch(r -> k.startsWith(r.id().value() + ".")));
    }
  }

  private static Set<String> bundleBases() {
    Set<String> bases = new TreeSet<>();
    bases.add("org/maillage/core/Messages");
    bases.add("org/maillage/core/sharing/fr/Messages");
    bases.add("org/maillage/core/rules/secondary/Labels");
    for (Rule rule : Validator.standard().rules()) {
      bases.add(rule.getClass().getPackageName().replace('.', '/') + "/Messages");
    }
    return bases;
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("bundle %s", resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
