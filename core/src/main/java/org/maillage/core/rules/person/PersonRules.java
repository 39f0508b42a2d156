package org.maillage.core.rules.person;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the person family, in catalogue order. */
public final class PersonRules {
  private PersonRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
