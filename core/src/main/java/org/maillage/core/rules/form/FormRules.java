package org.maillage.core.rules.form;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the form family (<i>conformité des formes de réseau</i>), in catalogue order: a declared form
 * against the network's structure (DOMAIN.md §2).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FormRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new FormPairingRule(),
      new FormInterInstitutionalRule(),
      new FormNetworkInterventionRule(),
      new FormMutualAidRule(),
      new FormCollectiveRule());

  private FormRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
