package org.maillage.fhir;

/**
 * What the export does with a network that has no focal person (<i>réseau sans personne accompagnée</i>): a
 * Cercle de soins care team must have a patient as its subject.
 *
 * @since 0.1
 */
public enum NoFocalPersonPolicy {
  /** Export a plain R4 CareTeam, without the Cercle de soins profile and without a subject; the default. */
  PLAIN_CARE_TEAM,
  /** Refuse the export with a {@link FhirException}. */
  FAIL
}
