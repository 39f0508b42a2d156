package org.maillage;

import java.util.Locale;

/**
 * The languages in which Maillage writes for people (<i>langue</i>): French, English and Dutch.
 *
 * <p>Every label, definition and message has all three. A {@link Locale} is mapped to a language by its language
 * code alone: {@code fr}, {@code fr-BE} or {@code fr-CA} give French, {@code nl}, {@code nl-BE} or {@code nl-NL}
 * give Dutch, anything else gives English. The JVM's default locale is never consulted, so the same call gives the
 * same text on every machine.
 *
 * @since 0.1
 */
public enum Language {
  /** French (<i>français</i>). */
  FRENCH(Locale.FRENCH),
  /** English (<i>anglais</i>). */
  ENGLISH(Locale.ENGLISH),
  /**
   * Dutch (<i>néerlandais</i>, <i>Nederlands</i>), written as Flemish social work writes it.
   *
   * @since 0.2
   */
  DUTCH(Locale.forLanguageTag("nl"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the language used for a locale.
   *
   * @param locale any locale
   * @return {@link #FRENCH} for a French locale, {@link #DUTCH} for a Dutch one, else {@link #ENGLISH}
   */
  public static Language of(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> FRENCH;
      case "nl" -> DUTCH;
      default -> ENGLISH;
    };
  }

  /**
   * Returns the locale whose resource bundles hold this language's texts.
   *
   * @return {@link Locale#FRENCH}, {@link Locale#ENGLISH} or the locale {@code nl}
   */
  public Locale locale() {
    return locale;
  }
}
