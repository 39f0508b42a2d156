package org.maillage.core.rules.project;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the project family (<i>projet personnalisé</i>), in catalogue order (DOMAIN.md §2).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ProjectRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new ProjectCompleteRule(),
      new ProjectCoElaboratedRule(),
      new ProjectComplementarityRule());

  private ProjectRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
