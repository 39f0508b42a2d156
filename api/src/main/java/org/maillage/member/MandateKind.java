package org.maillage.member;

import org.maillage.Labelled;

/**
 * The basis on which a professional is involved (<i>nature du mandat</i>).
 *
 * @since 0.1
 */
public enum MandateKind implements Labelled {
  /** A court order (<i>décision judiciaire</i>). */
  COURT_ORDER,
  /** A contract with the person or the family (<i>contrat</i>). */
  CONTRACT,
  /** An administrative decision (<i>décision administrative</i>). */
  ADMINISTRATIVE_DECISION,
  /** The organisation's general mission (<i>mission générale de l'organisation</i>). */
  GENERAL_MISSION
}
