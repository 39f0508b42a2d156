package org.maillage.person;

import org.maillage.Labelled;

/**
 * On what ground someone represents the person in law (<i>représentation légale</i>).
 *
 * @since 0.1
 */
public enum RepresentationKind implements Labelled {
  /** A holder of parental authority of a minor (<i>titulaire de l'autorité parentale</i>). */
  PARENTAL_AUTHORITY,
  /** A guardian of a minor or of a protected adult (<i>tuteur</i>). */
  GUARDIANSHIP,
  /** A curator assisting a protected adult (<i>curateur</i>). */
  CURATORSHIP,
  /** A relative empowered by a family habilitation (<i>habilitation familiale</i>). */
  FAMILY_HABILITATION,
  /** A person appointed by a court for a specific matter (<i>administrateur ad hoc</i>). */
  AD_HOC_ADMINISTRATOR
}
