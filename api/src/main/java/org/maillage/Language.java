package org.maillage;

import java.util.Locale;

/**
 * The languages in which Maillage writes for people (<i>langue</i>): French and English.
 *
 * <p>Every label, definition and message has both. A {@link Locale} is mapped to a language by its language
 * code alone: {@code fr}, {@code fr-BE} or {@code fr-CA} give French, anything else gives English. The JVM's
 * default locale is never consulted, so the same call gives the same text on every machine.
 *
 * @since 0.1
 */
public enum Language {
  /** French (<i>français</i>). */
  FRENCH(Locale.FRENCH),
  /** English (<i>anglais</i>). */
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the language used for a locale.
   *
   * @param locale any locale
   * @return {@link #FRENCH} for a French locale, else {@link #ENGLISH}
   */
  public static Language of(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
  }

  /**
   * Returns the locale whose resource bundles hold this language's texts.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }
}
