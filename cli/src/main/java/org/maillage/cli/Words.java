package org.maillage.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's and the report's own words, from {@code org/maillage/cli/Cli_*.properties}, with their
 * {@code {name}} placeholders replaced.
 *
 * <p>Immutable and thread-safe.
 */
final class Words {
  private final ResourceBundle bundle;

  Words(Locale locale) {
    this.bundle = ResourceBundle.getBundle("org.maillage.cli.Cli", locale);
  }

  /** A text with its placeholders, given as name, value, name, value... */
  String text(String key, Object... arguments) {
    String template = bundle.getString(key);
    for (int i = 0; i + 1 < arguments.length; i += 2) {
      template = template.replace("{" + arguments[i] + "}", String.valueOf(arguments[i + 1]));
    }
    return template;
  }
}
