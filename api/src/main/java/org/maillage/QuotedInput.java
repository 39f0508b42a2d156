package org.maillage;

/**
 * How every message of Maillage quotes what a caller gave (<i>citation d'une saisie</i>): a rejected id, a
 * code, a bundle key, a date.
 *
 * <p>A message is read in logs and consoles, so a quoted input must not act on them: every character of the
 * Unicode categories Cc (controls: a bell, a line feed, an escape sequence), Cf (formats, among them the
 * bidirectional overrides such as U+202E, which reverse the rest of a line), Cs (a surrogate that is not half
 * of a valid pair), Zl and Zp (line and paragraph separators) and Cn (unassigned) is written as
 * {@code \}{@code uXXXX}, one escape per UTF-16 code unit; a valid surrogate pair is one character and is kept.
 * A long input is cut after {@value #MAX_QUOTED} characters and its length given. Nothing else is changed:
 * letters of any script, punctuation and symbols read as given.
 *
 * <pre>{@code
 * QuotedInput.quote("m-\u0007")  // 'm-\u0007', the six characters of the escape
 * }</pre>
 *
 * <p>Quoting never makes personal data safe to print: names, notes and other texts the model classifies as
 * personal or free text ({@link Disclosure}) are never quoted at all.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class QuotedInput {
  /** The longest input quoted in full, in UTF-16 code units; a longer one is cut and its length given. */
  public static final int MAX_QUOTED = 64;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QuotedInput() {}

  /**
   * Quotes an input between single quotes, escaped, cut after {@value #MAX_QUOTED} characters.
   *
   * @param input the input as given; its {@code toString()} is quoted (a typed id gives its key)
   * @return for example {@code 'm-42'}, or {@code 'kkkk...' (65 characters)} for a long input
   */
  public static String quote(Object input) {
    String text = String.valueOf(input);
    if (text.length() <= MAX_QUOTED) {
      return "'" + escape(text) + "'";
    }
    return "'" + escape(text.substring(0, MAX_QUOTED)) + "...' (" + text.length() + " characters)";
  }

  /**
   * Writes every character of the categories Cc, Cf, Cs, Zl, Zp and Cn as {@code \}{@code uXXXX}.
   *
   * @param text the text
   * @return the text, escaped; the same string when nothing needed escaping
   */
  public static String escape(CharSequence text) {
    int first = firstToEscape(text);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      int codePoint = Character.codePointAt(text, i);
      int units = Character.charCount(codePoint);
      if (mustEscape(codePoint)) {
        for (int j = i; j < i + units; j++) {
          char c = text.charAt(j);
          out.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
              .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
        }
      } else {
        out.append(text, i, i + units);
      }
      i += units;
    }
    return out.toString();
  }

  /**
   * Returns the index of the first character {@link #escape} would rewrite.
   *
   * @param text the text
   * @return the index in UTF-16 code units, or -1 if none
   */
  public static int firstToEscape(CharSequence text) {
    int i = 0;
    while (i < text.length()) {
      int codePoint = Character.codePointAt(text, i);
      if (mustEscape(codePoint)) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }

  private static boolean mustEscape(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.UNASSIGNED:
        return true;
      default:
        return false;
    }
  }
}
