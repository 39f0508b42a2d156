package org.maillage.sharing.fr;

import org.maillage.Labelled;
import org.maillage.sharing.FactKind;

/**
 * The facts of a professional's {@link FrenchStanding} the French decision reads and a record may leave
 * unrecorded (<i>faits du statut en droit français</i>).
 *
 * @since 0.2
 */
public enum FrenchFact implements FactKind, Labelled {
  /** The category of the closed list of CSP R1110-2, or off the list (<i>catégorie de la liste fermée</i>). */
  REGULATORY_CATEGORY,
  /** Whether the professional contributes to child-protection policy, CASF L112-3 (<i>acteur de la
   * protection de l'enfance</i>). */
  CHILD_PROTECTION_CONTRIBUTOR,
  /** Whether the professional is a professional of social action, CASF L116-1 (<i>professionnel de l'action
   * sociale</i>). */
  SOCIAL_ACTION_PROFESSIONAL,
  /** The care-team basis of CSP L1110-12, or none (<i>fondement de l'équipe de soins</i>). */
  CARE_TEAM_BASIS
}
