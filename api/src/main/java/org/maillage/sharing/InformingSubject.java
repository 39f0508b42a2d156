package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * What the person (or their representative) was told (<i>objet de l'information délivrée</i>).
 *
 * @since 0.1
 */
public enum InformingSubject implements Labelled {
  /** That a flow will happen and the nature of the information (<i>nature des informations</i>). */
  NATURE_OF_INFORMATION,
  /** The recipients' identity and category, or their role in a defined structure (<i>destinataires</i>). */
  RECIPIENTS,
  /** The right to object to the exchange or sharing (<i>droit d'opposition</i>). */
  RIGHT_TO_OBJECT,
  /** The terms a consent covers: categories, professionals, media, security (<i>modalités du
   * consentement</i>). */
  CONSENT_TERMS
}
