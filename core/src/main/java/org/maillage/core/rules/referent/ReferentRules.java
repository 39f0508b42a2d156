package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the référent family (<i>référent de proximité</i>, Cultiaux, 004), in the catalogue order of
 * DOMAIN.md §2: {@code REFERENT-DESIGNATED}, {@code REFERENT-CENTRAL}, {@code REFERENT-PERMANENT}. Every one of
 * them applies to person-centred networks only.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReferentRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new ReferentDesignatedRule(),
      new ReferentCentralRule(),
      new ReferentPermanentRule());

  private ReferentRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
