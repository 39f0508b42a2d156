package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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

  /**
   * English words that must not be left in a Dutch message: the list above without the words that Dutch also
   * writes ("is", "of" meaning "or", "project", "referent", "professionals"), and a few more that Dutch never
   * writes.
   */
  private static final Set<String> ENGLISH_NOT_DUTCH = englishNotDutch();

  /** The languages of every bundle, by the suffix of its file; English is the reference. */
  private static final List<String> LANGUAGES = List.of("en", "fr", "nl");

  /**
   * Texts that may be written alike in English and in another language: codes and article references, the same
   * words in both ("Regime" is Dutch as well). Any other text equal to its English one is English left
   * untranslated.
   */
  private static final Set<String> SAME_AS_ENGLISH = Set.of("Regime: {regime}", "{form}: {score}", "{quality}: {score}",
      "{way}: {outcome}", "; ",
      "{institution}: {networks}, {professionals}, {facilitated}", "{organisation} ({sector}): {sectors}");

  private final Validator validator = Validator.standard();

  private static Set<String> englishNotDutch() {
    Set<String> words = new TreeSet<>(ENGLISH);
    words.removeAll(Set.of("is", "of", "project", "referent", "professionals"));
    words.addAll(Set.of("should", "because", "were", "after", "before", "only", "outside", "within",
        "step", "decision", "information", "allowed", "recorded", "holder", "holders"));
    return Set.copyOf(words);
  }

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
  void everyRuleHasATitleAndASourceInEveryLanguage() {
    for (Rule rule : validator.rules()) {
      // when
      String fr = rule.title(Locale.FRENCH);
      String en = rule.title(Locale.ENGLISH);
      String nl = rule.title(Locale.forLanguageTag("nl"));

      // then
      assertThat(fr).as("French title of %s", rule.id()).isNotBlank().isNotEqualTo(en);
      assertThat(nl).as("Dutch title of %s", rule.id()).isNotBlank().isNotEqualTo(en).isNotEqualTo(fr);
      assertThat(en).as("English title of %s", rule.id()).isNotBlank();
      assertThat(rule.source().author()).isNotBlank();
      assertThat(rule.source().concept()).isNotBlank();
    }
  }

  @Test
  void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
    // given
    List<String> problems = new ArrayList<>();

    // when: every key of any language is looked for in all the others
    for (String base : bundleBases()) {
      Map<String, Properties> bundles = new LinkedHashMap<>();
      for (String language : LANGUAGES) {
        Properties bundle = loadIfPresent(base + "_" + language + ".properties");
        if (bundle == null) {
          problems.add(base + "_" + language + ".properties is missing");
          bundle = new Properties();
        }
        bundles.put(language, bundle);
      }
      Set<String> keys = new TreeSet<>();
      bundles.values().forEach(p -> keys.addAll(p.stringPropertyNames()));
      for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(bundle.getValue().stringPropertyNames());
        if (!missing.isEmpty()) {
          problems.add(base + "_" + bundle.getKey() + ".properties lacks " + missing);
        }
      }
    }

    // then: the message names the file to complete and the keys to translate
    assertThat(problems).as("keys missing in a language").isEmpty();
  }

  @Test
  void everyKeyHasTheSamePlaceholdersInEveryLanguageAndNoTextIsLeftInEnglish() throws IOException {
    // given
    List<String> problems = new ArrayList<>();

    // when
    for (String base : bundleBases()) {
      Properties en = loadIfPresent(base + "_en.properties");
      for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
        Properties other = loadIfPresent(base + "_" + language + ".properties");
        if (en == null || other == null) {
          continue; // reported by everyBundleHasTheSameKeysInEveryLanguage
        }
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
          String text = other.getProperty(key);
          if (text == null) {
            continue; // reported by everyBundleHasTheSameKeysInEveryLanguage
          }
          String english = en.getProperty(key);
          if (!placeholders(text).equals(placeholders(english))) {
            problems.add(base + "_" + language + ": " + key + " has placeholders " + placeholders(text)
                + ", English has " + placeholders(english));
          }
          if (text.isBlank() || (text.equals(english) && !SAME_AS_ENGLISH.contains(text))) {
            problems.add(base + "_" + language + ": " + key + " is blank or still in English: '" + text + "'");
          }
        }
      }
    }

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void frenchMessagesHaveNoEnglishWordLeft() throws IOException {
    assertThat(englishWordsLeft("fr", ENGLISH)).isEmpty();
  }

  @Test
  void dutchMessagesHaveNoEnglishWordLeft() throws IOException {
    assertThat(englishWordsLeft("nl", ENGLISH_NOT_DUTCH)).isEmpty();
  }

  private static List<String> englishWordsLeft(String language, Set<String> english) throws IOException {
    List<String> offenders = new ArrayList<>();
    for (String base : bundleBases()) {
      // given
      Properties bundle = loadIfPresent(base + "_" + language + ".properties");
      if (bundle == null) {
        continue; // reported by everyBundleHasTheSameKeysInEveryLanguage
      }

      // when
      for (String key : bundle.stringPropertyNames()) {
        String text = bundle.getProperty(key).replaceAll("\\{[^}]*}", " ").toLowerCase(Locale.ROOT);
        for (String word : text.split("[^\\p{L}]+")) {
          if (english.contains(word)) {
            offenders.add(base + "_" + language + ": " + key + " -> '" + word + "'");
          }
        }
      }
    }
    return offenders;
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

  /**
   * The bundles of the core: the known ones, each rule family's, and every {@code <base>_<language>.properties}
   * the compiled resources hold, so that a bundle added in one language only is found and reported.
   */
  private static Set<String> bundleBases() throws IOException {
    Set<String> bases = new TreeSet<>();
    bases.add("org/maillage/core/Messages");
    bases.add("org/maillage/core/sharing/fr/Messages");
    bases.add("org/maillage/core/sharing/be/Messages");
    bases.add("org/maillage/core/rules/secondary/Labels");
    for (Rule rule : Validator.standard().rules()) {
      bases.add(rule.getClass().getPackageName().replace('.', '/') + "/Messages");
    }
    Path root;
    try {
      root = Path.of(Validator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("the core's compiled classes", e);
    }
    if (Files.isDirectory(root)) {
      Pattern bundle = Pattern.compile("(.+)_(?:" + String.join("|", LANGUAGES) + ")\\.properties");
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
          Matcher m = bundle.matcher(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
              "/"));
          if (m.matches()) {
            bases.add(m.group(1));
          }
        }
      }
    }
    return bases;
  }

  private static @Nullable Properties loadIfPresent(String resource) throws IOException {
    try (InputStream in = CatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
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
