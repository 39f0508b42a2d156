package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * What the regime of a decision requires before the flow (<i>condition préalable</i>): nothing, the prior
 * information of whoever it names, or their consent (DOMAIN.md §4). The requirement is the regime's, whether
 * or not the record already shows it met; the outcome says whether it is.
 *
 * @since 0.2
 */
public enum Requirement implements Labelled {
  /** Nothing beyond the regime's conditions (<i>aucune formalité préalable</i>). */
  NONE,
  /** The prior information of the person, or of whoever the regime names (<i>information préalable</i>). */
  PRIOR_INFORMATION,
  /** The prior consent of the person, or of whoever the regime names (<i>consentement préalable</i>). */
  CONSENT
}
