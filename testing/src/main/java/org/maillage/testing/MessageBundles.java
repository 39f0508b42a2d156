package org.maillage.testing;

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

/**
 * What the bundle-parity tests of every module read: a message bundle as UTF-8 properties, and the named
 * arguments ({@code {name}}) of one of its templates, so that each module checks that its French, English and
 * Dutch bundles hold the same keys with the same arguments.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MessageBundles {
  private static final Pattern ARGUMENT = Pattern.compile("\\{([a-z]+)}");

  private MessageBundles() {}

  /**
   * Reads a bundle from the class path.
   *
   * @param resource its absolute name, such as {@code /org/maillage/fhir/Messages_fr.properties}
   * @return its properties
   * @throws AssertionError if there is no such resource
   */
  public static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no bundle " + resource + " on the class path");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * Returns the names of a template's arguments.
   *
   * @param template a message template
   * @return the names between braces, sorted
   */
  public static Set<String> arguments(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
