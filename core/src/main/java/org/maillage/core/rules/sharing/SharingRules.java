package org.maillage.core.rules.sharing;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the sharing family, in catalogue order. */
public final class SharingRules {
  private SharingRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
