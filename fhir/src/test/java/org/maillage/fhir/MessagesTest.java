package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The French, English and Dutch bundles of the mapping's messages hold the same keys and the same arguments. */
class MessagesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{([a-z]+)}");

  private static Properties bundle(String language) {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/org/maillage/fhir/Messages_" + language
        + ".properties")) {
      assertThat(in).as(language).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Set<String> arguments(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void the_three_bundles_have_the_same_keys() {
    Properties en = bundle("en");
    assertThat(bundle("fr").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(bundle("nl").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void each_message_names_the_same_arguments_in_every_language() {
    Properties en = bundle("en");
    Properties fr = bundle("fr");
    Properties nl = bundle("nl");
    for (String key : en.stringPropertyNames()) {
      assertThat(arguments(fr.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
      assertThat(arguments(nl.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
    }
  }
}
