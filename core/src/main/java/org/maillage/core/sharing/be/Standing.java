package org.maillage.core.sharing.be;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.member.ProfessionalProfile;
import org.maillage.member.SecrecyBasis;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Recording;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianStanding;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.YouthAidRole;

/**
 * How the Belgian regimes read what is recorded about a party of the flow (<i>lecture du statut</i>): the facts of
 * their {@link BelgianStanding} and the categories their mission covers, each recorded or not (DOMAIN.md §4,
 * "Unknown is not no"). A fact not recorded reads as {@code null}, never as "no"; the view's hypothesis comes
 * before the record. A party who is not a professional has no standing: no secrecy, not a health professional, no
 * youth-aid role, no mission.
 */
final class Standing {
  private Standing() {}

  /**
   * The party's secrecy standing, or null when not recorded. The Belgian standing is read first; when it records
   * none, the generic {@link ProfessionalProfile#secrecy()} stands for it (profession, mission, function read as
   * bound on that basis; {@link SecrecyBasis#NONE} as no secrecy).
   */
  static @Nullable SecrecyStanding secrecy(BelgianFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return SecrecyStanding.NONE;
    }
    Labelled way = view.hypothesis(BelgianFact.SECRECY_STANDING, view.party(party));
    if (way != null) {
      return (SecrecyStanding) way;
    }
    SecrecyStanding own = BelgianStanding.of(p).secrecy().orElse(null);
    if (own != null) {
      return own;
    }
    SecrecyBasis basis = p.secrecy().orElse(null);
    if (basis == null) {
      return null;
    }
    return switch (basis) {
      case PROFESSION -> SecrecyStanding.BOUND_BY_PROFESSION;
      case MISSION -> SecrecyStanding.BOUND_BY_MISSION;
      case FUNCTION -> SecrecyStanding.BOUND_BY_TEXT;
      case NONE -> SecrecyStanding.NONE;
    };
  }

  /** Whether the party is a health professional, or null when not recorded. */
  static @Nullable Boolean healthProfessional(BelgianFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return Boolean.FALSE;
    }
    Labelled way = view.hypothesis(BelgianFact.HEALTH_PROFESSIONAL, view.party(party));
    return way != null ? Boolean.valueOf(way == Recording.YES) : BelgianStanding.of(p).healthProfessional().orElse(null);
  }

  /** The party's youth-aid role, {@link YouthAidRole#NONE} for none, or null when not recorded. */
  static @Nullable YouthAidRole youthAidRole(BelgianFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return YouthAidRole.NONE;
    }
    Labelled way = view.hypothesis(BelgianFact.YOUTH_AID_ROLE, view.party(party));
    return way != null ? (YouthAidRole) way : BelgianStanding.of(p).youthAidRole().orElse(null);
  }

  /**
   * The categories the party's mission covers, or null when not recorded; by hypothesis, every category
   * ({@link Recording#YES}: covering the flow's) or none.
   */
  static @Nullable Set<InformationCategory> mission(BelgianFlowView view, int party) {
    ProfessionalProfile p = view.professional(party);
    if (p == null) {
      return Set.of();
    }
    Labelled way = view.hypothesis(CommonFact.MISSION_CATEGORIES, view.party(party));
    if (way != null) {
      return way == Recording.YES ? EnumSet.allOf(InformationCategory.class) : Set.of();
    }
    return p.missionCategories().orElse(null);
  }
}
