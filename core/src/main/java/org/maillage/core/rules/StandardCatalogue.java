package org.maillage.core.rules;

import com.google.common.collect.ImmutableList;
import org.maillage.core.rules.form.FormRules;
import org.maillage.core.rules.governance.GovernanceRules;
import org.maillage.core.rules.partnership.PartnershipRules;
import org.maillage.core.rules.person.PersonRules;
import org.maillage.core.rules.primary.PrimaryRules;
import org.maillage.core.rules.project.ProjectRules;
import org.maillage.core.rules.referent.ReferentRules;
import org.maillage.core.rules.secondary.SecondaryRules;
import org.maillage.core.rules.sharing.SharingRules;
import org.maillage.validation.Rule;

/** The whole standard catalogue of DOMAIN.md §2, family by family, in the brief's order. */
public final class StandardCatalogue {
  private static final ImmutableList<Rule> RULES = ImmutableList.<Rule>builder()
      .addAll(FormRules.all())
      .addAll(PersonRules.all())
      .addAll(ProjectRules.all())
      .addAll(PrimaryRules.all())
      .addAll(SecondaryRules.all())
      .addAll(PartnershipRules.all())
      .addAll(GovernanceRules.all())
      .addAll(ReferentRules.all())
      .addAll(SharingRules.all())
      .build();

  private StandardCatalogue() {}

  /**
   * Returns every standard rule.
   *
   * @return the rules, in catalogue order
   */
  public static ImmutableList<Rule> rules() {
    return RULES;
  }
}
