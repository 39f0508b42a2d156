package org.maillage.sharing.fr;

import org.maillage.Labelled;

/**
 * Why a professional belongs to the person's care team in the sense of CSP L1110-12 (<i>fondement de
 * l'équipe de soins</i>), part of their {@link FrenchStanding}.
 *
 * @since 0.1 (in {@code org.maillage.member} until 0.2)
 */
public enum CareTeamBasis implements Labelled {
  /** Working in the same health establishment or ESSMS as the other members (<i>même établissement</i>). */
  SAME_ESTABLISHMENT,
  /** Working in a structure of the closed list of CSP D1110-3-4 (<i>structure listée</i>). */
  LISTED_STRUCTURE,
  /** Recognised by the person as a member of their care team (<i>reconnu par la personne</i>). */
  RECOGNISED_BY_PERSON,
  /** A formalised group with at least one health professional (<i>ensemble formalisé</i>). */
  FORMALISED_GROUP,
  /**
   * Recorded as belonging to no care team of the person (<i>hors équipe de soins</i>): a known "no", where an
   * empty {@link FrenchStanding#careTeam()} means not recorded.
   *
   * @since 0.2
   */
  NONE
}
