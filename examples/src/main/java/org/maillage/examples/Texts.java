package org.maillage.examples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.Language;

/**
 * The text templates of the examples, from the {@code org.maillage.examples.Summary} bundles, in the language
 * {@link Language#of(Locale)} chooses. Templates use named placeholders such as {@code {count}}, so that a
 * French apostrophe never needs escaping.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Texts {
  static final String BUNDLE = "org.maillage.examples.Summary";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter firstOfMonth;

  private Texts(Locale locale) {
    this.locale = locale;
    // no fallback to the JVM's default locale: the same call gives the same text on every machine
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.dates = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale);
    this.firstOfMonth = DateTimeFormatter.ofPattern(bundle.getString("date.pattern.firstOfMonth"), locale);
  }

  /** Returns the texts of the language a locale maps to. */
  static Texts of(Locale locale) {
    return new Texts(Language.of(locale).locale());
  }

  /** Returns the locale of the language chosen: {@link Locale#FRENCH}, {@link Locale#ENGLISH} or {@code nl}. */
  Locale locale() {
    return locale;
  }

  /** Returns a text without placeholders. */
  String get(String key) {
    return bundle.getString(key);
  }

  /** Returns a date as the language writes it, such as "1 December 2026", "1er décembre 2026" or "1 december 2026". */
  String date(LocalDate date) {
    return (date.getDayOfMonth() == 1 ? firstOfMonth : dates).format(date);
  }

  /**
   * Fills a template's named placeholders.
   *
   * @throws IllegalStateException if the template names a placeholder that {@code arguments} lacks
   */
  String format(String key, Map<String, ?> arguments) {
    Matcher m = PLACEHOLDER.matcher(bundle.getString(key));
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      Object value = arguments.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("Template '" + key + "' of bundle " + BUNDLE + "_" + locale
            + " names {" + m.group(1) + "}, which is not among " + arguments.keySet()
            + "; correct the template or the caller");
      }
      m.appendReplacement(text, Matcher.quoteReplacement(value.toString()));
    }
    m.appendTail(text);
    return text.toString();
  }
}
