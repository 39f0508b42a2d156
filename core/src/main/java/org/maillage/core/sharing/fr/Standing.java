package org.maillage.core.sharing.fr;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.member.SecrecyBasis;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Recording;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * How the French regimes read what is recorded about a party of the flow (<i>lecture des faits</i>): the facts
 * of their {@link FrenchStanding}, their secrecy and the categories their mission covers, each either recorded
 * or not (DOMAIN.md §4, "Unknown is not no"). A fact not recorded reads as {@code null}, never as "no"; the
 * step that reads it decides what that leaves open. While the deliberation asks what each recording of a
 * missing fact would give, the view's hypothesis comes before the record. A party who is not a professional
 * has no standing: off the list, not bound, no contribution, no basis, no mission (recorded facts of the model:
 * the member is not a professional).
 */
final class Standing {
  private Standing() {}

  /** The party's category of CSP R1110-2, or null when not recorded. */
  static @Nullable RegulatoryCategory category(FrenchFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return RegulatoryCategory.NOT_LISTED;
    }
    Labelled way = view.hypothesis(FrenchFact.REGULATORY_CATEGORY, view.party(party));
    return way != null ? (RegulatoryCategory) way : view.recordedCategory(party);
  }

  /** Whether the party contributes to child-protection policy (CASF L112-3), or null when not recorded. */
  static @Nullable Boolean childProtectionContributor(FrenchFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    return p == null ? Boolean.FALSE : yesNo(view, party, FrenchFact.CHILD_PROTECTION_CONTRIBUTOR,
        view.recordedContributor(party));
  }

  /** Whether the party is a professional of social action (CASF L116-1), or null when not recorded. */
  static @Nullable Boolean socialActionProfessional(FrenchFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    return p == null ? Boolean.FALSE : yesNo(view, party, FrenchFact.SOCIAL_ACTION_PROFESSIONAL,
        view.recordedSocialAction(party));
  }

  /** Whether the party is bound by professional secrecy, or null when not recorded. */
  static @Nullable Boolean boundBySecrecy(FrenchFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return Boolean.FALSE;
    }
    SecrecyBasis basis = view.recordedSecrecy(party);
    return yesNo(view, party, CommonFact.SECRECY, basis == null ? null : basis != SecrecyBasis.NONE);
  }

  /**
   * The categories the party's mission covers, or null when not recorded; by hypothesis, every category
   * ({@link Recording#YES}: covering the flow's) or none.
   */
  static @Nullable Set<InformationCategory> mission(FrenchFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return Set.of();
    }
    Labelled way = view.hypothesis(CommonFact.MISSION_CATEGORIES, view.party(party));
    if (way != null) {
      return way == Recording.YES ? EnumSet.allOf(InformationCategory.class) : Set.of();
    }
    return view.recordedMission(party);
  }

  /** The party's care-team basis (CSP L1110-12), {@link CareTeamBasis#NONE} for none, or null when not recorded. */
  static @Nullable CareTeamBasis careTeam(FrenchFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return CareTeamBasis.NONE;
    }
    Labelled way = view.hypothesis(FrenchFact.CARE_TEAM_BASIS, view.party(party));
    return way != null ? (CareTeamBasis) way : view.recordedCareTeam(party);
  }

  /**
   * A professional's recorded category and care-team basis, for the network-wide reading of the formalised
   * care group (no flow, no hypothesis): a health professional of the group is one recorded as such.
   */
  static boolean recordedHealthInFormalisedGroup(Professional p) {
    FrenchStanding standing = FrenchStanding.of(p);
    return standing.careTeam().orElse(null) == CareTeamBasis.FORMALISED_GROUP
        && standing.regulatoryCategory().orElse(null) == RegulatoryCategory.HEALTH_PROFESSIONAL;
  }

  private static @Nullable Boolean yesNo(FrenchFlowView view, int party, FactKind kind, @Nullable Boolean recorded) {
    Labelled way = view.hypothesis(kind, view.party(party));
    return way != null ? Boolean.valueOf(way == Recording.YES) : recorded;
  }
}
