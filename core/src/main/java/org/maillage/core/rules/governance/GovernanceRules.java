package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the governance family, in catalogue order. */
public final class GovernanceRules {
  private GovernanceRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
