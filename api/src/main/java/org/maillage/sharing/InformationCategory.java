package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * A category of information about a person (<i>catégorie d'information</i>).
 *
 * @since 0.1
 */
public enum InformationCategory implements Labelled {
  /** Identity and contact details (<i>identité et coordonnées</i>). */
  IDENTITY,
  /** Administrative situation and rights (<i>situation administrative</i>). */
  ADMINISTRATIVE,
  /** Physical health (<i>santé</i>). */
  HEALTH,
  /** Mental health (<i>santé mentale</i>). */
  MENTAL_HEALTH,
  /** Family situation and relationships (<i>situation familiale</i>). */
  FAMILY_SITUATION,
  /** Housing (<i>logement</i>). */
  HOUSING,
  /** Income, budget and debts (<i>ressources et budget</i>). */
  FINANCIAL,
  /** Schooling (<i>scolarité</i>). */
  SCHOOLING,
  /** Work and training (<i>emploi et formation</i>). */
  EMPLOYMENT,
  /** Judicial situation (<i>situation judiciaire</i>). */
  JUDICIAL,
  /** Educational assessment and child-protection measures (<i>évaluation éducative</i>). */
  EDUCATIONAL_ASSESSMENT,
  /** Social assessment and follow-up (<i>évaluation sociale</i>). */
  SOCIAL_ASSESSMENT
}
