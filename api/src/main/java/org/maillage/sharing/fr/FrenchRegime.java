package org.maillage.sharing.fr;

import org.maillage.Labelled;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Regime;

/**
 * The French regimes of information sharing (<i>régimes du droit français</i>), in the order DOMAIN.md §4, step
 * 0, tries them.
 *
 * @since 0.2 (the constants of {@code org.maillage.sharing.Regime} before)
 */
public enum FrenchRegime implements Regime, Labelled {
  /** A report the law requires or permits (<i>signalement</i>). */
  REPORT,
  /** Sharing in child protection, CASF L226-2-2 (<i>partage en protection de l'enfance</i>). */
  CHILD_PROTECTION,
  /** Sharing in social action, CASF L121-6-2 (<i>partage en action sociale</i>). */
  SOCIAL_ACTION,
  /** The general regime of shared secrecy, CSP L1110-4 (<i>secret partagé, régime général</i>). */
  SHARED_SECRECY;

  /**
   * Returns {@link Jurisdiction#FRANCE}.
   *
   * @return France
   */
  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.FRANCE;
  }

  /**
   * Tells whether this is {@link #REPORT}.
   *
   * @return true for the reports regime
   */
  @Override
  public boolean isReport() {
    return this == REPORT;
  }
}
