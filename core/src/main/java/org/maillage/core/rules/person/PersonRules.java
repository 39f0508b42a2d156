package org.maillage.core.rules.person;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the person family (<i>la personne au centre</i>), in catalogue order (DOMAIN.md §2).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PersonRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new PersonConsentRule(),
      new PersonStrengthsRule(),
      new PersonMultipleNeedsRule(),
      new PersonNotEnclosedRule());

  private PersonRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
