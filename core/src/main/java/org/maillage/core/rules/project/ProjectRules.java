package org.maillage.core.rules.project;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/** The rules of the project family, in catalogue order. */
public final class ProjectRules {
  private ProjectRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
