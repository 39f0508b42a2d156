package org.maillage.core.message;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.maillage.Labelled;
import org.maillage.QuotedInput;
import org.maillage.person.LifeSphere;

/**
 * Fills the {@code {name}} placeholders of a template with a message's named arguments. Terms are rendered
 * with their label in the reader's language, dates in ISO form, ids and other codes by their key, escaped as
 * {@link QuotedInput#escape(CharSequence)} escapes them.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MessageFormatter {
  private MessageFormatter() {}

  /**
   * Renders a template.
   *
   * @param template the template, with {@code {name}} placeholders
   * @param arguments the named arguments
   * @param locale the reader's locale
   * @return the text; a placeholder without argument is left as it is
   */
  public static String format(String template, Map<String, Object> arguments, Locale locale) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i + 1) {
        String name = template.substring(i + 1, close);
        Object value = arguments.get(name);
        if (value != null) {
          out.append(render(value, locale));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * Renders one argument value.
   *
   * @param value an allowed argument value
   * @param locale the reader's locale
   * @return the text
   */
  public static String render(Object value, Locale locale) {
    if (value instanceof Labelled) {
      return ((Labelled) value).label(locale);
    }
    if (value instanceof LifeSphere) {
      return ((LifeSphere) value).label(locale);
    }
    if (value instanceof LocalDate) {
      return value.toString();
    }
    // an id or a code as given, escaped: an unassigned or invisible character must not act on the reader
    return QuotedInput.escape(String.valueOf(value));
  }
}
