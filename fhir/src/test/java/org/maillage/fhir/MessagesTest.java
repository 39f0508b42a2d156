package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.maillage.testing.MessageBundles;

/** The French, English and Dutch bundles of the mapping's messages hold the same keys and the same arguments. */
class MessagesTest {
  private static Properties bundle(String language) {
    return MessageBundles.load("/org/maillage/fhir/Messages_" + language + ".properties");
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
      assertThat(MessageBundles.arguments(fr.getProperty(key))).as(key).isEqualTo(MessageBundles.arguments(en.getProperty(key)));
      assertThat(MessageBundles.arguments(nl.getProperty(key))).as(key).isEqualTo(MessageBundles.arguments(en.getProperty(key)));
    }
  }
}
