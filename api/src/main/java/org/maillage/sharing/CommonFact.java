package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * The facts of the generic model a sharing decision may read and find unrecorded (<i>faits du modèle commun</i>),
 * whatever the jurisdiction.
 *
 * @since 0.2
 */
public enum CommonFact implements FactKind, Labelled {
  /**
   * The jurisdiction whose law applies to the network (<i>droit applicable</i>), recorded by the network
   * ({@link org.maillage.network.Network#jurisdiction()}) or given as the validation settings' default; about
   * the network, no member.
   */
  JURISDICTION,
  /**
   * Whether a professional is bound by professional secrecy, and on which basis (<i>secret professionnel</i>,
   * {@link org.maillage.member.Professional#secrecy()}); recorded as bound or not bound.
   */
  SECRECY,
  /**
   * The categories of information a professional's mission covers (<i>périmètre de la mission</i>,
   * {@link org.maillage.member.Professional#missionCategories()}); recorded as covering the flow's categories or
   * not.
   */
  MISSION_CATEGORIES,
  /**
   * Whether the person is unable to protect themselves because of age or physical or mental incapacity
   * (<i>hors d'état de se protéger</i>, Code pénal 226-14 1°, {@link
   * org.maillage.person.Person#unableToProtectThemselves()}); about the person.
   */
  UNABLE_TO_PROTECT_THEMSELVES
}
