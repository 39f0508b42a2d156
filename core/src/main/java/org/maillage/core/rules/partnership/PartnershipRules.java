package org.maillage.core.rules.partnership;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the partnership family (<i>partenariat</i>), in the catalogue order of DOMAIN.md §2:
 * {@code PARTNERSHIP-FORMALISED}, {@code PARTNERSHIP-PROFESSIONALS-ONLY}, {@code PARTNERSHIP-ORIGIN}.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PartnershipRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new PartnershipFormalisedRule(),
      new PartnershipProfessionalsOnlyRule(),
      new PartnershipOriginRule());

  private PartnershipRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
