package org.maillage.network;

import org.maillage.Labelled;

/**
 * What a network rests on (<i>fondement du réseau</i>).
 *
 * @since 0.1
 */
public enum BasisKind implements Labelled {
  /** The agreement of the person and, where recorded, their legal representative (<i>accord de la personne</i>). */
  AGREEMENT,
  /** A court order (<i>décision judiciaire</i>). */
  COURT_ORDER,
  /** An administrative decision (<i>décision administrative</i>). */
  ADMINISTRATIVE_DECISION
}
