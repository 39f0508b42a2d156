package org.maillage.sharing.be;

import org.maillage.Labelled;

/**
 * The branch of danger a report to the prosecutor rests on (<i>branche du danger</i>), Code pénal 458bis.
 *
 * @since 0.2
 */
public enum DangerBranch implements Labelled {
  /** A serious and imminent danger to the victim's physical or psychological integrity (<i>danger grave et
   * imminent</i>). */
  SERIOUS_IMMINENT_DANGER,
  /** Indications of a serious and real danger that other minors or vulnerable persons become victims
   * (<i>danger pour d'autres</i>). */
  DANGER_TO_OTHERS,
  /** Neither branch (<i>aucune branche</i>). */
  NONE
}
