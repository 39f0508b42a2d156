package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the referent family, in catalogue order. */
public final class ReferentRules {
  private ReferentRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
