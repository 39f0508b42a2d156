package org.maillage.formats.problem;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * One problem found while reading a file (<i>problème de lecture</i>): where it is (the part of the input, the
 * line and the column, counted from 1; 0 when unknown), a stable message key and its named arguments.
 *
 * <p>The message is rendered only when asked, in the caller's language ({@link #render(Locale)}), from the
 * bundles {@code org.maillage.formats.problem.Messages} (French, English, Dutch). Arguments are ids, keys,
 * column names, counts and the values a field accepts; never a name, a note or any text found in the input.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param part the part of the input: {@code "graphml"}, {@code "egos"}, {@code "alters"} or {@code "aaties"}
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1 (for the tables, the field's position); 0 when unknown
 * @param key the message key, for example {@code "read.value.unknown"}
 * @param arguments the named arguments of the message, in name order
 * @since 0.1
 */
public record ReadProblem(String part, long line, long column, String key, Map<String, String> arguments) {

  private static final String BUNDLE = "org.maillage.formats.problem.Messages";

  /**
   * Checks and copies the parts.
   *
   * @param part the part of the input
   * @param line the line, or 0
   * @param column the column, or 0
   * @param key the message key
   * @param arguments the named arguments
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public ReadProblem {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(key, "key");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line " + line + " and column " + column + " must not be negative; use 0"
          + " when unknown");
    }
    arguments = Map.copyOf(new TreeMap<>(arguments));
  }

  /**
   * Makes a problem.
   *
   * @param part the part of the input
   * @param line the line, or 0
   * @param column the column, or 0
   * @param key the message key
   * @param arguments alternating argument names and values
   * @return the problem
   * @throws IllegalArgumentException if {@code arguments} has an odd length
   */
  public static ReadProblem of(String part, long line, long column, String key, String... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name and value pairs; " + arguments.length
          + " were given");
    }
    Map<String, String> named = new TreeMap<>();
    for (int i = 0; i < arguments.length; i += 2) {
      named.put(arguments[i], arguments[i + 1]);
    }
    return new ReadProblem(part, line, column, key, named);
  }

  /**
   * Renders the message in a language, with where it is: {@code "alters, line 3, column 2: ..."}. French,
   * English and Dutch are complete; another locale falls back to English.
   *
   * @param locale the language
   * @return the message
   */
  public String render(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    String where = line == 0 ? text(bundle, "read.where.part", Map.of("part", part))
        : column == 0 ? text(bundle, "read.where.line", Map.of("part", part, "line", Long.toString(line)))
        : text(bundle, "read.where.column", Map.of("part", part, "line", Long.toString(line),
            "column", Long.toString(column)));
    return where + ": " + text(bundle, key, arguments);
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String text(ResourceBundle bundle, String key, Map<String, String> arguments) {
    String template;
    try {
      template = bundle.getString(key);
    } catch (MissingResourceException e) {
      template = key + " " + arguments;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      String value = arguments.get(name);
      out.append(template, i, open).append(value == null ? "{" + name + "}" : value);
      i = close + 1;
    }
    return out.toString();
  }

  /** Returns the problem in English, with where it is; it quotes no personal data. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
