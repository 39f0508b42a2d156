package org.maillage.core.sharing.fr;

import org.jspecify.annotations.Nullable;
import org.maillage.member.Professional;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * How the French regimes read a party's {@link FrenchStanding}: the one place where a fact not recorded is
 * given the reading of 0.1's defaults (off the closed list, not a child-protection contributor, not a
 * professional of social action, no care-team basis). A party who is not a professional has no standing.
 */
final class Standing {
  private Standing() {}

  /** The party's category of CSP R1110-2; {@link RegulatoryCategory#NOT_LISTED} when not recorded. */
  static RegulatoryCategory category(@Nullable Professional p) {
    return p == null ? RegulatoryCategory.NOT_LISTED
        : FrenchStanding.of(p).regulatoryCategory().orElse(RegulatoryCategory.NOT_LISTED);
  }

  /** Whether the party contributes to child-protection policy (CASF L112-3); false when not recorded. */
  static boolean childProtectionContributor(@Nullable Professional p) {
    return p != null && FrenchStanding.of(p).childProtectionContributor().orElse(false);
  }

  /** Whether the party is a professional of social action (CASF L116-1); false when not recorded. */
  static boolean socialActionProfessional(@Nullable Professional p) {
    return p != null && FrenchStanding.of(p).socialActionProfessional().orElse(false);
  }

  /** The party's care-team basis (CSP L1110-12), or null when none is recorded. */
  static @Nullable CareTeamBasis careTeam(@Nullable Professional p) {
    return p == null ? null : FrenchStanding.of(p).careTeam().orElse(null);
  }
}
