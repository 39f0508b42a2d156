package org.maillage.sharing.be;

import org.maillage.Labelled;
import org.maillage.sharing.FactKind;

/**
 * The Belgian facts the decision reads and a record may leave unrecorded (<i>faits du droit belge</i>), named by
 * an incomplete decision with the answer for each way of recording them.
 *
 * @since 0.2
 */
public enum BelgianFact implements FactKind, Labelled {
  /** A professional's secrecy standing: bound and on which basis, discretion only, or none
   * (<i>secret professionnel</i>; {@link BelgianStanding#secrecy()}). */
  SECRECY_STANDING,
  /** Whether a professional is a health professional (<i>professionnel de santé</i>). */
  HEALTH_PROFESSIONAL,
  /** A professional's youth-aid role, or none (<i>rôle dans l'aide à la jeunesse</i>). */
  YOUTH_AID_ROLE,
  /** The community whose youth-aid legislation governs the network (<i>communauté</i>); about the network. */
  COMMUNITY,
  /** Whether a minor is competent to agree, as assessed (<i>bekwaamheid van de minderjarige</i>). */
  MINOR_COMPETENCE,
  /** Whether the flow is in the person's interest (<i>dans l'intérêt de la personne</i>); about the sender. */
  IN_PERSONS_INTEREST,
  /** A report's offence category, or off the list of Code pénal 458bis (<i>catégorie d'infraction</i>). */
  OFFENCE_CATEGORY,
  /** A report's ground of the victim's vulnerability (<i>vulnérabilité de la victime</i>). */
  VICTIM_VULNERABILITY,
  /** A report's branch of danger (<i>branche du danger</i>). */
  DANGER_BRANCH,
  /** Whether the sender recorded why they cannot protect the person alone (<i>impossibilité de protéger seul</i>). */
  UNABLE_TO_PROTECT_ALONE,
  /** Whether the danger assessed is serious, actual and imminent (<i>danger grave, actuel et imminent</i>). */
  DANGER_SERIOUS_AND_IMMINENT,
  /** Whether no other means can avert the danger (<i>aucun autre moyen</i>). */
  NO_OTHER_MEANS,
  /** Whether the recipient can avert the danger (<i>le destinataire peut l'écarter</i>). */
  RECIPIENT_CAN_AVERT,
  /** Whether a case consultation's instrument sets its modalities (<i>modalités de la concertation</i>). */
  CONSULTATION_MODALITIES
}
