package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * What a flow of information is for (<i>finalité</i>), as the French texts name the purposes they allow.
 *
 * @since 0.1
 */
public enum PurposeKind implements Labelled {
  /** Coordination or continuity of care (<i>coordination ou continuité des soins</i>), CSP L1110-4. */
  CARE_COORDINATION,
  /** Prevention (<i>prévention</i>), CSP L1110-4. */
  PREVENTION,
  /** Medico-social and social follow-up (<i>suivi médico-social et social</i>), CSP L1110-4. */
  SOCIAL_FOLLOW_UP,
  /** Assessing a child's individual situation (<i>évaluer une situation individuelle</i>), CASF L226-2-2. */
  CHILD_SITUATION_ASSESSMENT,
  /** Deciding and carrying out protection and aid actions (<i>actions de protection et d'aide</i>),
   * CASF L226-2-2. */
  CHILD_PROTECTION_ACTION,
  /** Assessing a situation and deciding social-action measures (<i>action sociale</i>), CASF L121-6-2. */
  SOCIAL_ACTION,
  /** A report that the law requires or permits (<i>signalement</i>). */
  REPORT,
  /** Any other purpose (<i>autre finalité</i>); no French regime allows a flow for it. */
  OTHER
}
