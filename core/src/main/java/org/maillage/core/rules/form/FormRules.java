package org.maillage.core.rules.form;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the form family, in catalogue order. */
public final class FormRules {
  private FormRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
