package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.network.NetworkForm;
import org.maillage.person.LifeSphere;
import org.maillage.referent.ReferentQuality;
import org.maillage.sharing.fr.FrenchRegime;

/**
 * The {@code org.maillage.Labels} bundles are complete, exact and written in French, English and Dutch for every
 * {@link Labelled} enum of the api, found by scanning the compiled classes and cross-checked against the sources.
 */
class LabelsTest {
  private static final String BUNDLE_PATH = "org/maillage/Labels_%s.properties";
  private static final Pattern IMPLEMENTS_LABELLED =
      Pattern.compile("\\benum\\s+(\\w+)\\s+implements\\s+(?:[\\w.]+\\s*,\\s*)*Labelled\\b");

  /** The languages of the bundles, by the suffix of their file. */
  private static final List<String> LANGUAGES = List.of("en", "fr", "nl");

  /**
   * The labels written alike in English and in each other language: the same word in both (and the country,
   * a proper noun, an acronym such as IQV). Any other text equal to the English one is English left untranslated.
   */
  private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
      "fr", Set.of("service", "association", "parent", "social", "administration", "collaboration", "information",
          "justice", "organisation", "institution", "France", "IQV"),
      "nl", Set.of("partner", "school", "conflict", "curator", "IQV"));

  private static List<Class<? extends Enum<?>>> labelledEnums;

  @BeforeAll
  static void scanApi() throws IOException, URISyntaxException {
    labelledEnums = scanLabelledEnums(classesRoot());
  }

  @Test
  void the_scan_finds_exactly_the_enums_that_the_sources_declare_labelled() throws Exception {
    // given
    Path sources = classesRoot().getParent().getParent().resolve("src/main/java");
    assertThat(sources).isDirectory();

    // when
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = IMPLEMENTS_LABELLED.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          declared.add(m.group(1));
        }
      }
    }
    Set<String> scanned = labelledEnums.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));

    // then
    assertThat(declared).hasSizeGreaterThanOrEqualTo(30);
    assertThat(scanned).isEqualTo(declared);
  }

  @Test
  void every_implementor_of_labelled_is_an_enum_with_a_unique_simple_name() {
    // given
    Map<String, List<String>> bySimpleName = new HashMap<>();

    // when
    for (Class<? extends Enum<?>> type : labelledEnums) {
      bySimpleName.computeIfAbsent(type.getSimpleName(), k -> new ArrayList<>()).add(type.getName());
    }

    // then: keys are built from the simple name, so two enums with one simple name would share keys
    assertThat(bySimpleName.values()).allSatisfy(names -> assertThat(names).hasSize(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "nl"})
  void each_bundle_holds_exactly_the_keys_of_the_model(String language) throws IOException {
    // given
    Set<String> expected = expectedKeys();

    // when
    Map<String, String> bundle = load(language);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(bundle.keySet());
    Set<String> unused = new TreeSet<>(bundle.keySet());
    unused.removeAll(expected);

    // then: nothing missing, nothing unused, each named with the language to complete
    assertThat(missing).as("keys missing in Labels_%s.properties", language).isEmpty();
    assertThat(unused).as("keys of Labels_%s.properties that no term reads", language).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "nl"})
  void every_label_is_a_short_lower_case_term_and_every_definition_one_sentence(String language)
      throws IOException {
    // given
    Map<String, String> bundle = load(language);

    // then
    assertThat(bundle).allSatisfy((key, text) -> {
      assertThat(text).as(key).isNotBlank().isEqualTo(text.strip());
      if (key.endsWith(".label")) {
        assertThat(text).as(key).hasSizeLessThanOrEqualTo(60).doesNotEndWith(".");
        // jurisdictions are countries: proper nouns keep their capital
        for (String word : key.startsWith("Jurisdiction.") ? new String[0] : text.split("[\\s'-]+")) {
          // lower case, except acronyms such as APA or MDPH
          assertThat(word.equals(word.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT)))
              .as("%s: word '%s' of '%s'", key, word, text).isTrue();
        }
      } else {
        assertThat(text).as(key).endsWith(".").doesNotContain("\n");
        assertThat(Character.isUpperCase(text.codePointAt(0))).as(key + ": " + text).isTrue();
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "nl"})
  void no_text_is_left_in_english_but_the_words_both_languages_share(String language) throws IOException {
    // given
    Map<String, String> en = load("en");
    Map<String, String> other = load(language);

    // when
    Map<String, String> same = new TreeMap<>();
    for (String key : en.keySet()) {
      String text = other.get(key);
      if (en.get(key).equals(text) && !SAME_AS_ENGLISH.get(language).contains(text)) {
        same.put(key, text);
      }
    }

    // then: every definition differs; a label may be the same word only if the allow-list says so
    assertThat(same).as("texts of Labels_%s.properties still in English", language).isEmpty();
  }

  @Test
  void every_constant_reads_its_label_and_definition_through_the_api_in_every_language() throws IOException {
    for (String language : LANGUAGES) {
      // given
      Map<String, String> bundle = load(language);
      Locale locale = Locale.forLanguageTag(language);

      // then
      for (Class<? extends Enum<?>> type : labelledEnums) {
        for (Enum<?> constant : type.getEnumConstants()) {
          Labelled term = (Labelled) constant;
          String key = type.getSimpleName() + "." + constant.name();
          assertThat(term.label(locale)).as("%s in %s", key, language).isEqualTo(bundle.get(key + ".label"));
          assertThat(term.definition(locale)).as("%s in %s", key, language)
              .isEqualTo(bundle.get(key + ".definition"));
        }
      }
    }
  }

  @Test
  void practice_terms_read_as_the_literature_names_them() {
    // then: the French terms of Dumoulin et al. (000) and of Cultiaux (004), read as UTF-8
    assertThat(NetworkForm.PAIRING.label(Locale.FRENCH)).isEqualTo("pairage");
    assertThat(NetworkForm.INTER_INSTITUTIONAL.label(Locale.FRENCH)).isEqualTo("réseau inter-institutionnel");
    assertThat(NetworkForm.NETWORK_INTERVENTION.label(Locale.FRENCH)).isEqualTo("intervention de réseau");
    assertThat(NetworkForm.MUTUAL_AID.label(Locale.FRENCH)).isEqualTo("réseau de groupe d'aide réciproque");
    assertThat(NetworkForm.COLLECTIVE.label(Locale.FRENCH)).isEqualTo("intervention collective en réseau");
    assertThat(Stream.of(ReferentQuality.values()).map(q -> q.label(Locale.FRENCH)))
        .containsExactly("proximité", "centralité", "flexibilité", "proactivité", "pérennité");
    assertThat(NetworkForm.PAIRING.label(Locale.ENGLISH)).isEqualTo("pairing");
    // and the Flemish terms of network practice
    Locale dutch = Locale.forLanguageTag("nl-BE");
    assertThat(NetworkForm.NETWORK_INTERVENTION.label(dutch)).isEqualTo("netwerkinterventie");
    assertThat(FrenchRegime.SHARED_SECRECY.label(dutch)).isEqualTo("gedeeld beroepsgeheim");
  }

  @Test
  void standard_life_spheres_have_labels_and_custom_ones_fall_back_to_their_code() throws IOException {
    for (String language : LANGUAGES) {
      // given
      Map<String, String> bundle = load(language);

      // then
      for (LifeSphere sphere : LifeSphere.standard()) {
        assertThat(sphere.label(Locale.forLanguageTag(language)))
            .isEqualTo(bundle.get("LifeSphere." + sphere.code() + ".label"));
      }
    }
    assertThat(LifeSphere.MENTAL_HEALTH.label(Locale.FRENCH)).isEqualTo("santé mentale");
    assertThat(LifeSphere.MENTAL_HEALTH.label(Locale.forLanguageTag("nl"))).isEqualTo("geestelijke gezondheid");
    assertThat(LifeSphere.of("mobility").label(Locale.FRENCH)).isEqualTo("mobility");
    assertThat(LifeSphere.of("mobility").label(Locale.forLanguageTag("nl"))).isEqualTo("mobility");
  }

  @Test
  void language_of_maps_french_and_dutch_locales_to_their_language_and_others_to_english() {
    // then
    assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.FRENCH);
    assertThat(Language.of(Locale.forLanguageTag("fr-BE"))).isEqualTo(Language.FRENCH);
    assertThat(Language.of(Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
    assertThat(Language.of(Locale.forLanguageTag("nl"))).isEqualTo(Language.DUTCH);
    assertThat(Language.of(Locale.forLanguageTag("nl-BE"))).isEqualTo(Language.DUTCH);
    assertThat(Language.of(Locale.forLanguageTag("nl-NL"))).isEqualTo(Language.DUTCH);
    assertThat(Language.of(Locale.forLanguageTag("en-BE"))).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
    assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.ENGLISH);
  }

  @Test
  void regional_and_foreign_locales_read_the_french_dutch_and_english_texts() {
    // then
    assertThat(NetworkForm.MUTUAL_AID.label(Locale.forLanguageTag("fr-BE")))
        .isEqualTo(NetworkForm.MUTUAL_AID.label(Locale.FRENCH));
    assertThat(NetworkForm.MUTUAL_AID.label(Locale.forLanguageTag("nl-BE")))
        .isEqualTo(NetworkForm.MUTUAL_AID.label(Locale.forLanguageTag("nl")))
        .isEqualTo("netwerk van wederzijdse hulp");
    assertThat(Language.DUTCH.locale()).isEqualTo(Locale.forLanguageTag("nl"));
    assertThat(NetworkForm.MUTUAL_AID.definition(Locale.GERMAN))
        .isEqualTo(NetworkForm.MUTUAL_AID.definition(Locale.ENGLISH));
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private static Set<String> expectedKeys() {
    Set<String> keys = new TreeSet<>();
    for (Class<? extends Enum<?>> type : labelledEnums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        keys.add(type.getSimpleName() + "." + constant.name() + ".label");
        keys.add(type.getSimpleName() + "." + constant.name() + ".definition");
      }
    }
    for (LifeSphere sphere : LifeSphere.standard()) {
      keys.add("LifeSphere." + sphere.code() + ".label");
      keys.add("LifeSphere." + sphere.code() + ".definition");
    }
    return keys;
  }

  /** Reads a bundle file strictly as UTF-8: a malformed byte fails the test instead of being replaced. */
  private static Map<String, String> load(String language) throws IOException {
    String path = String.format(BUNDLE_PATH, language);
    try (InputStream in = LabelsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(in.readAllBytes()))
            .toString();
      } catch (CharacterCodingException e) {
        throw new AssertionError(path + " is not valid UTF-8", e);
      }
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      Map<String, String> result = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> result.put(k, properties.getProperty(k)));
      return result;
    }
  }

  private static Path classesRoot() throws URISyntaxException {
    return Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @SuppressWarnings("unchecked")
  private static List<Class<? extends Enum<?>>> scanLabelledEnums(Path root) throws IOException {
    assertThat(root).as("the api's compiled classes").isDirectory();
    List<Class<? extends Enum<?>>> result = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String relative = root.relativize(file).toString();
        String name = relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem()
            .getSeparator(), ".");
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, LabelsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError("cannot load " + name, e);
        }
        if (type.isAnonymousClass()) {
          continue; // the body of an enum constant: its enum is scanned on its own
        }
        if (Labelled.class.isAssignableFrom(type) && !type.isInterface()) {
          assertThat(type.isEnum()).as(type.getName() + " implements Labelled but is not an enum").isTrue();
          result.add((Class<? extends Enum<?>>) type);
        }
      }
    }
    return result;
  }
}
