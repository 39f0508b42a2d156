package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * The legal regime a flow falls under (<i>régime juridique</i>), chosen first (DOMAIN.md §4, step 0).
 *
 * @since 0.1
 */
public enum Regime implements Labelled {
  /** A report the law requires or permits (<i>signalement</i>). */
  REPORT,
  /** Sharing in child protection, CASF L226-2-2 (<i>partage en protection de l'enfance</i>). */
  CHILD_PROTECTION,
  /** Sharing in social action, CASF L121-6-2 (<i>partage en action sociale</i>). */
  SOCIAL_ACTION,
  /** The general regime of shared secrecy, CSP L1110-4 (<i>secret partagé, régime général</i>). */
  SHARED_SECRECY
}
