package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * The legal regime a flow falls under (<i>régime juridique</i>), chosen first (DOMAIN.md §4, step 0). Each
 * jurisdiction lists its own regimes in its package (France: {@link org.maillage.sharing.fr.FrenchRegime});
 * this type names none of them.
 *
 * <p>Implementations are immutable and thread-safe (each jurisdiction's regimes are an enum).
 *
 * @since 0.1 (an enum of the French regimes until 0.2)
 */
public interface Regime extends Labelled {

  /**
   * Returns the jurisdiction whose law the regime belongs to.
   *
   * @return the jurisdiction
   * @since 0.2
   */
  Jurisdiction jurisdiction();

  /**
   * Tells whether the regime is one of reports the law requires or permits to an authority, whose recipients
   * are outside shared secrecy (<i>signalement</i>).
   *
   * @return true for a regime of reports
   * @since 0.2
   */
  boolean isReport();
}
