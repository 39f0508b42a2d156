package org.maillage.core.rules;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.maillage.Language;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.RuleSource;
import org.maillage.validation.Severity;

/**
 * The base of every rule of the standard catalogue: its id, default severity and source, and its texts read
 * from the {@code Messages} bundle of its family's package ({@code <package>.Messages_en/_fr}), under the keys
 * {@code <RULE-ID>.title} and {@code <message key>}.
 *
 * <p>Subclasses are stateless and thread-safe.
 */
public abstract class CatalogueRule implements Rule {
  private final RuleId id;
  private final Severity defaultSeverity;
  private final RuleSource source;

  /**
   * Creates the rule.
   *
   * @param id the stable id of DOMAIN.md §2
   * @param defaultSeverity its default severity
   * @param author the author of the source
   * @param concept the concept of the source
   */
  protected CatalogueRule(String id, Severity defaultSeverity, String author, String concept) {
    this.id = RuleId.of(id);
    this.defaultSeverity = defaultSeverity;
    this.source = RuleSource.of(author, concept);
  }

  @Override
  public final RuleId id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public final RuleSource source() {
    return source;
  }

  @Override
  public final String title(Locale locale) {
    return bundle(Language.of(locale)).getString(id.value() + ".title");
  }

  @Override
  public final Optional<String> template(String messageKey, Language language) {
    try {
      return Optional.of(bundle(language).getString(messageKey));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the message key {@code <RULE-ID>.<suffix>}.
   *
   * @param suffix the suffix, such as {@code "too-many"}
   * @return the key
   */
  protected final String key(String suffix) {
    return id.value() + "." + suffix;
  }

  private ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(getClass().getPackageName() + ".Messages", language.locale());
  }

  /** Returns the rule id. */
  @Override
  public final String toString() {
    return id.value();
  }
}
