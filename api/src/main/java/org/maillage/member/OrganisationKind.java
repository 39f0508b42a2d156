package org.maillage.member;

import org.maillage.Labelled;

/**
 * The kind of an organisation (<i>type de structure</i>).
 *
 * @since 0.1
 */
public enum OrganisationKind implements Labelled {
  /** An establishment: hospital, school, home, ESSMS (<i>établissement</i>). */
  ESTABLISHMENT,
  /** A service of a public or private body: ASE, AEMO, social service (<i>service</i>). */
  SERVICE,
  /** A private practice (<i>cabinet libéral</i>). */
  PRIVATE_PRACTICE,
  /** An association of inhabitants or users (<i>association d'habitants ou d'usagers</i>). */
  ASSOCIATION_OF_INHABITANTS_OR_USERS,
  /** Any other association (<i>association</i>). */
  ASSOCIATION,
  /** A public authority: municipality, département, court (<i>autorité publique</i>). */
  PUBLIC_AUTHORITY
}
