package org.maillage;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A closed term of the domain with a label and a one-line definition in French, English and Dutch
 * (<i>terme défini</i>).
 *
 * <p>Implemented by the enumerations of the model. Texts come from the {@code org.maillage.Labels} resource
 * bundles, under the keys {@code <SimpleTypeName>.<CONSTANT>.label} and {@code ....definition}.
 *
 * @since 0.1
 */
public interface Labelled {

  /**
   * Returns the constant's name, as {@link Enum#name()} does.
   *
   * @return the constant's name
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  String name();

  /**
   * Returns the short label of the term, for display.
   *
   * @param locale the reader's locale; see {@link Language#of(Locale)}
   * @return the label, for example "pairage" or "pairing"
   */
  default String label(Locale locale) {
    return text(locale, "label");
  }

  /**
   * Returns a one-line definition of the term, paraphrasing the practice literature.
   *
   * @param locale the reader's locale; see {@link Language#of(Locale)}
   * @return the definition
   */
  default String definition(Locale locale) {
    return text(locale, "definition");
  }

  private String text(Locale locale, String part) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.Labels", Language.of(locale).locale());
    Class<?> type = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
    return bundle.getString(type.getSimpleName() + "." + name() + "." + part);
  }
}
