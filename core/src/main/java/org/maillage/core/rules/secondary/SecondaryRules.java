package org.maillage.core.rules.secondary;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the secondary family, in catalogue order. */
public final class SecondaryRules {
  private SecondaryRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
