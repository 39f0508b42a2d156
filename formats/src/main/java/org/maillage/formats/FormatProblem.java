package org.maillage.formats;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.maillage.Language;

/**
 * One problem of a document a reader refused (<i>anomalie de lecture</i>): where (the JSON Pointer of the value,
 * the line and the column), what the reader expected and what it found, as a message key with named
 * arguments rendered per {@link Locale}.
 *
 * <p>The arguments never hold a text the model classifies as personal or free text: a value is quoted only
 * where the format expects an id, a code, a date or an enumeration constant; elsewhere the problem names the
 * kind of token found ({@code string}, {@code number}, …). The line and the column count from 1; in a JSON
 * Lines stream the line is the line of the stream. Line 0 means the position is unknown.
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.1
 */
public final class FormatProblem {
  private static final String BUNDLE = "org.maillage.formats.Messages";

  private final String pointer;
  private final int line;
  private final int column;
  private final String messageKey;
  private final ImmutableMap<String, String> arguments;

  private FormatProblem(String pointer, int line, int column, String messageKey,
      ImmutableMap<String, String> arguments) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  /**
   * Obtains a problem.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the value, {@code ""} for the whole document
   * @param line the line, from 1, or 0 when unknown
   * @param column the column, from 1, or 0 when unknown
   * @param messageKey the key of the message in the bundle {@code org.maillage.formats.Messages}
   * @param arguments the named arguments of the message; {@code expected} and {@code found} among them
   * @return the problem
   * @throws IllegalArgumentException if the line or the column is negative, or the key blank
   * @since 0.1
   */
  public static FormatProblem of(String pointer, int line, int column, String messageKey,
      Map<String, String> arguments) {
    Objects.requireNonNull(pointer, "FormatProblem.pointer");
    Objects.requireNonNull(messageKey, "FormatProblem.messageKey");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("FormatProblem: line " + line + " or column " + column
          + " is negative; give positions from 1, or 0 when unknown");
    }
    if (messageKey.isBlank()) {
      throw new IllegalArgumentException("FormatProblem.messageKey: is blank; give a key of the bundle " + BUNDLE);
    }
    return new FormatProblem(pointer, line, column, messageKey, ImmutableMap.copyOf(arguments));
  }

  /**
   * Returns the JSON Pointer of the value at fault.
   *
   * @return the pointer, such as {@code /network/ties/3/first}; {@code ""} for the whole document
   * @since 0.1
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the value at fault.
   *
   * @return the line, from 1, or 0 when unknown
   * @since 0.1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the value at fault.
   *
   * @return the column, from 1, or 0 when unknown
   * @since 0.1
   */
  public int column() {
    return column;
  }

  /**
   * Returns the key of the message, in the bundle {@code org.maillage.formats.Messages}.
   *
   * @return the key, such as {@code format.json.wrong-type}
   * @since 0.1
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the named arguments of the message.
   *
   * @return the arguments, possibly empty
   * @since 0.1
   */
  public ImmutableMap<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns what the reader expected at this place.
   *
   * @return the expected value or token, such as {@code a date (yyyy-mm-dd)}, or empty
   * @since 0.1
   */
  public Optional<String> expected() {
    return Optional.ofNullable(arguments.get("expected"));
  }

  /**
   * Returns what the reader found at this place.
   *
   * @return the kind of token, or the quoted value where the format expects a code, or empty
   * @since 0.1
   */
  public Optional<String> found() {
    return Optional.ofNullable(arguments.get("found"));
  }

  /**
   * Renders the problem in a language: the position, then the message.
   *
   * @param locale the reader's locale; French, Dutch, and English for any other
   * @return the text, such as {@code line 3, column 14, /network/ties/0/first: …}
   * @since 0.1
   */
  public String message(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale());
    String position = format(bundle.getString("format.position"), Map.of("line", Integer.toString(line),
        "column", Integer.toString(column), "pointer", pointer.isEmpty() ? "/" : pointer));
    return position + format(bundle.getString(messageKey), arguments);
  }

  /** Replaces each {@code {name}} of a template by its argument; an unknown name is left as it is. */
  static String format(String template, Map<String, String> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = arguments.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FormatProblem)) {
      return false;
    }
    FormatProblem p = (FormatProblem) o;
    return p.line == line && p.column == column && p.pointer.equals(pointer) && p.messageKey.equals(messageKey)
        && p.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, messageKey, arguments);
  }

  /** Returns the problem in English, position first; it quotes no personal or free text. */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
