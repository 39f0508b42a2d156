package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * An authority outside the network to which a flow goes (<i>autorité destinataire</i>): reports, testimony and
 * the flows a text addresses to an authority rather than to a professional.
 *
 * <p>Every jurisdiction names its own authorities; the constants say what the authority is, and each
 * jurisdiction's decision reads the ones its texts name.
 *
 * @since 0.2
 */
public enum Authority implements Labelled {
  /**
   * The unit that collects concerns about children (<i>cellule de recueil des informations préoccupantes,
   * CRIP</i>, of the president of the département council, CASF L226-2-1).
   */
  CHILD_CONCERN_UNIT,
  /** The public prosecutor (<i>procureur de la République; procureur du Roi</i>). */
  PUBLIC_PROSECUTOR,
  /** The judge who ordered a measure in progress for the person (<i>juge mandant</i>). */
  MEASURE_JUDGE,
  /** A judicial authority other than the prosecutor or the judge of a measure (<i>autorité judiciaire</i>). */
  JUDICIAL_AUTHORITY,
  /** A medical authority (<i>autorité médicale</i>). */
  MEDICAL_AUTHORITY,
  /** An administrative authority (<i>autorité administrative</i>). */
  ADMINISTRATIVE_AUTHORITY,
  /** A court or a parliamentary inquiry commission hearing testimony (<i>témoignage en justice</i>). */
  COURT,
  /**
   * A youth magistrate: the youth judge or the prosecutor for youth (<i>magistrat de la jeunesse;
   * jeugdmagistraat</i>).
   *
   * @since 0.2
   */
  YOUTH_MAGISTRATE,
  /**
   * A youth court's social service (<i>service social du tribunal de la jeunesse; sociale dienst
   * jeugdrechtbank</i>).
   *
   * @since 0.2
   */
  YOUTH_COURT_SOCIAL_SERVICE,
  /**
   * The authority that mandates a youth-aid service: the SAJ or SPJ, the youth court, the Flemish
   * <i>opdrachtgever</i> (<i>mandant</i>).
   *
   * @since 0.2
   */
  MANDATING_AUTHORITY
}
