package org.maillage.sharing.be;

import java.util.Optional;
import org.maillage.Labelled;

/**
 * The role a professional holds under a community's youth-aid legislation (<i>rôle dans l'aide à la jeunesse;
 * rol in de jeugdhulp</i>), or none.
 *
 * @since 0.2
 */
public enum YouthAidRole implements Labelled {
  /** An actor of youth aid of the Wallonia-Brussels Federation (<i>intervenant de l'aide à la jeunesse</i>). */
  FWB_YOUTH_AID,
  /** A member of a team of the Flemish access gate (<i>toegangspoort</i>). */
  FLEMISH_ACCESS_GATE,
  /** A member of a Flemish mandated service (<i>gemandateerde voorziening</i>). */
  FLEMISH_MANDATED_SERVICE,
  /** A member of a youth court's social service (<i>sociale dienst jeugdrechtbank</i>). */
  FLEMISH_YOUTH_COURT_SOCIAL_SERVICE,
  /** A Flemish youth-care provider (<i>jeugdhulpaanbieder</i>). */
  FLEMISH_YOUTH_CARE_PROVIDER,
  /** Recorded as acting under no youth-aid legislation (<i>aucun rôle</i>). */
  NONE;

  /**
   * Returns the community whose legislation the role is held under.
   *
   * @return the community, or empty for {@link #NONE}
   */
  public Optional<Community> community() {
    return switch (this) {
      case FWB_YOUTH_AID -> Optional.of(Community.WALLONIA_BRUSSELS);
      case NONE -> Optional.empty();
      default -> Optional.of(Community.FLANDERS);
    };
  }

  /**
   * Tells whether the role is one of the three teams of art. 73 of the Flemish decree (access gate, mandated
   * service, youth court's social service), whose colleagues share within the team.
   *
   * @return true for those three
   */
  public boolean isFlemishTeam() {
    return this == FLEMISH_ACCESS_GATE || this == FLEMISH_MANDATED_SERVICE
        || this == FLEMISH_YOUTH_COURT_SOCIAL_SERVICE;
  }
}
