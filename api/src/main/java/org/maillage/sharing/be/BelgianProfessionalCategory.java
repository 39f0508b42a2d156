package org.maillage.sharing.be;

import org.maillage.Labelled;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.ProfessionalCategory;

/**
 * A category of professionals a Belgian agreement names (<i>catégorie de professionnels</i>), for a
 * {@link org.maillage.sharing.Consent} recorded in Belgium. The Belgian decision reads a consent's categories of
 * information and dates; these categories say what the person was told.
 *
 * @since 0.2
 */
public enum BelgianProfessionalCategory implements ProfessionalCategory, Labelled {
  /** Professionals bound by professional secrecy (<i>professionnels tenus au secret</i>). */
  BOUND_BY_SECRECY,
  /** Health professionals (<i>professionnels de santé</i>). */
  HEALTH_PROFESSIONALS,
  /** Actors of youth aid (<i>intervenants de l'aide à la jeunesse</i>). */
  YOUTH_AID_ACTORS;

  /**
   * Returns {@link Jurisdiction#BELGIUM}.
   *
   * @return Belgium
   */
  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.BELGIUM;
  }
}
