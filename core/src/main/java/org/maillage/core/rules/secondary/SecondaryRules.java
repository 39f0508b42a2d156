package org.maillage.core.rules.secondary;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the secondary-network family (<i>réseau secondaire</i>), in the catalogue order of DOMAIN.md
 * §2: {@code SECONDARY-AFFILIATION}, {@code SECONDARY-FORMAL-DELEGATION},
 * {@code SECONDARY-FORMAL-INFRASTRUCTURE}, {@code SECONDARY-INFORMAL-PERSISTENT}.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SecondaryRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new SecondaryAffiliationRule(),
      new SecondaryFormalDelegationRule(),
      new SecondaryFormalInfrastructureRule(),
      new SecondaryInformalPersistentRule());

  private SecondaryRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
