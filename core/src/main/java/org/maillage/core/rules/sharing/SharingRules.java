package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the sharing family (<i>transmission d'informations</i>), in catalogue order: every recorded
 * flow of information about a person, judged as of its own date (DOMAIN.md §2 and §4).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SharingRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new ShareWithNotAboutRule(),
      new ShareWithinSecrecyRule(),
      new ShareNecessaryRule(),
      new ShareDecisionRule());

  private SharingRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
