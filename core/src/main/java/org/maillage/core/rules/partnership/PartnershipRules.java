package org.maillage.core.rules.partnership;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the partnership family, in catalogue order. */
public final class PartnershipRules {
  private PartnershipRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
