package org.maillage.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.maillage.testing.MessageBundles;

/** The French, English and Dutch bundles of the readers' messages hold the same keys and the same arguments. */
class MessagesTest {
  private static Properties bundle(String language) {
    return MessageBundles.load("/org/maillage/formats/Messages_" + language + ".properties");
  }

  @Test
  void the_three_bundles_have_the_same_keys() {
    // given
    Properties en = bundle("en");

    // when
    Properties fr = bundle("fr");
    Properties nl = bundle("nl");

    // then
    assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(nl.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void each_message_names_the_same_arguments_in_every_language() {
    // given
    Properties en = bundle("en");
    Properties fr = bundle("fr");
    Properties nl = bundle("nl");

    // then
    for (String key : en.stringPropertyNames()) {
      assertThat(MessageBundles.arguments(fr.getProperty(key))).as("fr " + key).isEqualTo(MessageBundles.arguments(en.getProperty(key)));
      assertThat(MessageBundles.arguments(nl.getProperty(key))).as("nl " + key).isEqualTo(MessageBundles.arguments(en.getProperty(key)));
    }
  }
}
