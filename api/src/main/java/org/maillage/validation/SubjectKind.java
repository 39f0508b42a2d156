package org.maillage.validation;

import org.maillage.Labelled;

/**
 * What a step of a {@link SubjectPath} names (<i>objet visé</i>).
 *
 * @since 0.1
 */
public enum SubjectKind implements Labelled {
  /** The network itself; its key is the network id (<i>réseau</i>). */
  NETWORK,
  /** The focal person; key: the person's id (<i>personne</i>). */
  PERSON,
  /** A member; key: the member id (<i>membre</i>). */
  MEMBER,
  /** An organisation or an institution; key: its id (<i>organisation</i>). */
  ORGANISATION,
  /** A tie; key: the tie id (<i>lien</i>). */
  TIE,
  /** A meeting; key: the meeting id (<i>réunion</i>). */
  MEETING,
  /** A flow of information; key: the flow id (<i>transmission</i>). */
  FLOW,
  /** The personalised project; key: "project" (<i>projet personnalisé</i>). */
  PROJECT,
  /** An objective of the project; key: the objective id (<i>objectif</i>). */
  OBJECTIVE,
  /** The partnership; key: "partnership" (<i>partenariat</i>). */
  PARTNERSHIP,
  /** The governance; key: "governance" (<i>gouvernance</i>). */
  GOVERNANCE
}
