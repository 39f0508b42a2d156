package org.maillage.sharing.fr;

import org.maillage.Labelled;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.ProfessionalCategory;

/**
 * The regulatory category of a professional for shared secrecy in France (<i>catégorie réglementaire</i>):
 * the closed list of article R1110-2 of the Code de la santé publique, plus {@link #NOT_LISTED}.
 *
 * <p>Only professionals of a listed category may exchange or share under the general regime of CSP L1110-4.
 * A professional's category is part of their {@link FrenchStanding}; a {@link org.maillage.sharing.Consent}
 * names the categories of professionals it covers with these values.
 *
 * @since 0.1 (in {@code org.maillage.member} until 0.2)
 */
public enum RegulatoryCategory implements Labelled, ProfessionalCategory {
  /** A health professional of part IV of the CSP (<i>professionnel de santé</i>). */
  HEALTH_PROFESSIONAL,
  /** A social-service assistant, CASF L411-1 (<i>assistant de service social</i>). */
  SOCIAL_SERVICE_ASSISTANT,
  /** An osteopath, chiropractor, psychologist or psychotherapist (<i>psychologue, ostéopathe...</i>). */
  PSYCHOLOGIST_OR_THERAPIST,
  /** A specialised educator, youth educator, family social worker, or care assistant
   * (<i>éducateur, moniteur-éducateur, TISF, accompagnant éducatif et social</i>). */
  SOCIO_EDUCATIONAL_WORKER,
  /** A social and family economy adviser (<i>conseiller en économie sociale et familiale</i>). */
  FAMILY_ECONOMY_ADVISER,
  /** A family mediator (<i>médiateur familial</i>). */
  FAMILY_MEDIATOR,
  /** A foster carer, CASF L421-2 (<i>assistant familial</i>). */
  FOSTER_CARER,
  /** Staff of a social or medico-social establishment or service, CASF L312-1 (<i>personnel d'ESSMS</i>). */
  ESSMS_STAFF,
  /** A judicial protector of adults or a family-benefit delegate
   * (<i>mandataire judiciaire à la protection des majeurs, délégué aux prestations familiales</i>). */
  JUDICIAL_PROTECTOR,
  /** A non-health member of the APA assessment team (<i>équipe médico-sociale APA</i>). */
  APA_TEAM_MEMBER,
  /** A non-health member of the MDPH multidisciplinary team (<i>équipe pluridisciplinaire MDPH</i>). */
  MDPH_TEAM_MEMBER,
  /** Staff of a coordination support service (<i>personnel d'un DAC</i>). */
  COORDINATION_SUPPORT_STAFF,
  /** Not on the closed list: teachers, police, elected officials, employers... (<i>hors liste</i>). */
  NOT_LISTED;

  /**
   * Tells whether the category belongs to the closed list of CSP R1110-2.
   *
   * @return false only for {@link #NOT_LISTED}
   */
  public boolean isOnClosedList() {
    return this != NOT_LISTED;
  }

  /**
   * Returns {@link Jurisdiction#FRANCE}.
   *
   * @return France
   * @since 0.2
   */
  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.FRANCE;
  }
}
