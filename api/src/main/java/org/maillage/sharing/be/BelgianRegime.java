package org.maillage.sharing.be;

import org.maillage.Labelled;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Regime;

/**
 * The Belgian regimes of information sharing (<i>régimes du droit belge; regelingen van het Belgisch recht</i>),
 * in the order DOMAIN.md §4 "Belgium", step 0, tries them. Every regime but the last <em>allows</em> A to speak:
 * an ALLOW is "A may", never an obligation, unless a text of {@link #TESTIMONY_OR_TEXT} obliges and the record
 * says so.
 *
 * @since 0.2
 */
public enum BelgianRegime implements Regime, Labelled {
  /** 1. Testimony, or a law, decree or ordinance that obliges or allows the flow, Code pénal 458
   * (<i>témoignage ou texte qui oblige ou autorise</i>). */
  TESTIMONY_OR_TEXT,
  /** 2. A report to the public prosecutor, Code pénal 458bis (<i>signalement au procureur du Roi</i>). */
  PROSECUTOR_REPORT,
  /** 3. A case consultation, Code pénal 458ter (<i>concertation de cas</i>). */
  CASE_CONSULTATION,
  /** 4. A danger: the state of necessity (<i>état de nécessité</i>), Code pénal 422bis. */
  STATE_OF_NECESSITY,
  /** 5. Youth aid, the FWB or the Flemish variant (<i>aide à la jeunesse; jeugdhulp</i>). */
  YOUTH_AID,
  /** 6. Shared professional secrecy, doctrine and professional codes (<i>secret professionnel partagé</i>). */
  SHARED_SECRECY,
  /** 7. No justification recorded for revealing a secret, Code pénal 458 (<i>aucune justification</i>). */
  NO_JUSTIFICATION;

  /**
   * Returns {@link Jurisdiction#BELGIUM}.
   *
   * @return Belgium
   */
  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.BELGIUM;
  }

  /**
   * Tells whether the regime's recipients are outside shared secrecy: testimony or a text, and a report to the
   * prosecutor.
   *
   * @return true for {@link #TESTIMONY_OR_TEXT} and {@link #PROSECUTOR_REPORT}
   */
  @Override
  public boolean isReport() {
    return this == TESTIMONY_OR_TEXT || this == PROSECUTOR_REPORT;
  }
}
