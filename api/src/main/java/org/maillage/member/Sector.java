package org.maillage.member;

import org.maillage.Labelled;

/**
 * The sector of life or of practice a member belongs to (<i>secteur</i>), as drawn on an ecomap and counted in
 * a network's composition.
 *
 * <p>The first five sectors are those of the primary network and of participants; the others are sectors of
 * the secondary network (001).
 *
 * @since 0.1
 */
public enum Sector implements Labelled {
  /** Family (<i>famille</i>). */
  FAMILY,
  /** Friends (<i>amis</i>). */
  FRIENDS,
  /** Neighbourhood (<i>voisinage</i>). */
  NEIGHBOURHOOD,
  /** Work or school companions (<i>travail ou école</i>). */
  WORK_OR_SCHOOL,
  /** Community life: associations, worship, clubs, inhabitants (<i>vie communautaire</i>). */
  COMMUNITY,
  /** Health care (<i>santé</i>). */
  HEALTH,
  /** Mental health and child psychology (<i>santé mentale</i>). */
  MENTAL_HEALTH,
  /** Social work and social services (<i>social</i>). */
  SOCIAL,
  /** Medico-social establishments and services (<i>médico-social</i>). */
  MEDICO_SOCIAL,
  /** Education and youth work outside school (<i>éducatif</i>). */
  EDUCATION,
  /** School and its services, PMS centres included (<i>scolaire</i>). */
  SCHOOL,
  /** Justice (<i>judiciaire</i>). */
  JUSTICE,
  /** Child protection and youth aid (<i>protection de l'enfance, aide à la jeunesse</i>). */
  CHILD_PROTECTION,
  /** Housing (<i>logement</i>). */
  HOUSING,
  /** Employment and training (<i>emploi et insertion</i>). */
  EMPLOYMENT,
  /** Public administration and elected officials (<i>administration</i>). */
  ADMINISTRATION;

  /**
   * Tells whether this is a sector of the primary network (or of participants).
   *
   * @return true for {@link #FAMILY}, {@link #FRIENDS}, {@link #NEIGHBOURHOOD}, {@link #WORK_OR_SCHOOL} and
   *     {@link #COMMUNITY}
   */
  public boolean isPrimary() {
    return ordinal() <= COMMUNITY.ordinal();
  }
}
