package org.maillage.sharing.be;

import org.maillage.Labelled;

/**
 * The purpose of a case consultation (<i>finalité de la concertation de cas</i>, Code pénal 458ter).
 *
 * @since 0.2
 */
public enum ConsultationPurpose implements Labelled {
  /** Protecting the physical or psychological integrity of the person or of others (<i>protection de
   * l'intégrité</i>). */
  INTEGRITY_PROTECTION,
  /** Preventing terrorist offences (<i>prévention d'infractions terroristes</i>). */
  TERRORISM_PREVENTION,
  /** Preventing offences of a criminal organisation (<i>prévention de la criminalité organisée</i>). */
  CRIMINAL_ORGANISATION_PREVENTION,
  /** Any other purpose, which art. 458ter does not cover (<i>autre finalité</i>). */
  OTHER;

  /**
   * Tells whether art. 458ter covers the purpose.
   *
   * @return false for {@link #OTHER}
   */
  public boolean isCovered() {
    return this != OTHER;
  }
}
