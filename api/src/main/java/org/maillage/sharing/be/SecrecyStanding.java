package org.maillage.sharing.be;

import org.maillage.Labelled;

/**
 * A professional's standing towards secrecy under Belgian law (<i>statut au regard du secret</i>): bound by
 * professional secrecy (Code pénal 458) and on which basis, a duty of discretion only, or none.
 *
 * @since 0.2
 */
public enum SecrecyStanding implements Labelled {
  /** Bound by professional secrecy through their profession, such as a social worker or a doctor
   * (<i>secret par profession</i>). */
  BOUND_BY_PROFESSION,
  /** Bound by professional secrecy through their mission or function, such as a PMS centre's staff
   * (<i>secret par mission</i>). */
  BOUND_BY_MISSION,
  /** Bound by professional secrecy through a text applying to their service, such as a CPAS's staff
   * (<i>secret par un texte</i>). */
  BOUND_BY_TEXT,
  /** A duty of discretion, not professional secrecy, such as a teacher (<i>devoir de discrétion</i>). */
  DISCRETION_ONLY,
  /** Neither secrecy nor discretion, such as a landlord or an employer (<i>aucun secret</i>). */
  NONE;

  /**
   * Tells whether the professional is bound by professional secrecy.
   *
   * @return true for the three "bound" constants
   */
  public boolean isBound() {
    return this == BOUND_BY_PROFESSION || this == BOUND_BY_MISSION || this == BOUND_BY_TEXT;
  }
}
