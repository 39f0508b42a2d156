package org.maillage.core.rules.primary;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the primary family, in catalogue order. */
public final class PrimaryRules {
  private PrimaryRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
