package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * Why the person was not informed before a flow, in the cases the regimes accept (<i>motif de
 * non-information</i>).
 *
 * @since 0.1
 */
public enum NotInformedReason implements Labelled {
  /** The person could not express their will: urgency or impossibility (<i>urgence ou impossibilité</i>);
   * they are to be informed as soon as their state allows. */
  URGENCY,
  /** Informing the parents or the child would go against the child's interest (<i>contraire à l'intérêt de
   * l'enfant</i>). */
  AGAINST_CHILD_INTEREST
}
