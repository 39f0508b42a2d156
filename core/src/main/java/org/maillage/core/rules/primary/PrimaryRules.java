package org.maillage.core.rules.primary;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the primary-network family (<i>réseau primaire</i>), in catalogue order (DOMAIN.md §2).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PrimaryRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(new PrimarySupportedRule());

  private PrimaryRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
