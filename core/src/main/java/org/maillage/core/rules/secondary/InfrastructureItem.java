package org.maillage.core.rules.secondary;

import java.util.Locale;
import java.util.ResourceBundle;
import org.maillage.Labelled;
import org.maillage.Language;

/**
 * One part of the infrastructure of a formal network (<i>organisation du réseau formel</i>) that Dumont (002)
 * names: the place, the communication tools, the facilitation of the group, and the traces. It is the
 * {@code missing} argument of {@code SECONDARY-FORMAL-INFRASTRUCTURE}.
 *
 * <p>Labels and definitions come from this package's {@code Labels} bundle (French, English and Dutch), under the
 * keys {@code InfrastructureItem.<CONSTANT>.label} and {@code .definition}.
 *
 * @since 0.1
 */
public enum InfrastructureItem implements Labelled {
  /** Where the network meets or is hosted (<i>lieu</i>). */
  PLACE,
  /** The communication tools: shared diary, mailing list, secure messaging (<i>outils de communication</i>). */
  COMMUNICATION_TOOLS,
  /** How the group is facilitated (<i>animation, dynamique de groupe</i>). */
  FACILITATION,
  /** How traces are kept: minutes, shared record (<i>traces</i>). */
  TRACES;

  /**
   * Returns the short label of the item.
   *
   * @param locale the reader's locale; see {@link Language#of(Locale)}
   * @return the label, for example "lieu" or "meeting place"
   */
  @Override
  public String label(Locale locale) {
    return text(locale, "label");
  }

  /**
   * Returns a one-line definition of the item.
   *
   * @param locale the reader's locale; see {@link Language#of(Locale)}
   * @return the definition
   */
  @Override
  public String definition(Locale locale) {
    return text(locale, "definition");
  }

  private String text(Locale locale, String part) {
    ResourceBundle bundle = ResourceBundle.getBundle(InfrastructureItem.class.getPackageName() + ".Labels",
        Language.of(locale).locale());
    return bundle.getString("InfrastructureItem." + name() + "." + part);
  }
}
