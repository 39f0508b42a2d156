package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableList;
import org.maillage.validation.Rule;

/**
 * The rules of the governance and risks family (<i>gouvernance et risques</i>), in the catalogue order of
 * DOMAIN.md §2: {@code GOV-SHARED-DEONTOLOGY}, {@code GOV-REVIEW-DUE}, {@code GOV-ROTATING-FACILITATION},
 * {@code RISK-COLONISATION}, {@code RISK-CLOSURE}, {@code RISK-ONE-WAY}. Every one of them applies to networks
 * active on the date only ({@link org.maillage.network.Network#isActiveOn(java.time.LocalDate)}).
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class GovernanceRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new GovSharedDeontologyRule(),
      new GovReviewDueRule(),
      new GovRotatingFacilitationRule(),
      new RiskColonisationRule(),
      new RiskClosureRule(),
      new RiskOneWayRule());

  private GovernanceRules() {}

  /**
   * Returns the family's rules.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
