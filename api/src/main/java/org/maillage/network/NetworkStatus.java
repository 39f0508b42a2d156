package org.maillage.network;

import org.maillage.Labelled;

/**
 * The status of a network on a date (<i>statut du réseau</i>).
 *
 * @since 0.1
 */
public enum NetworkStatus implements Labelled {
  /** Working (<i>actif</i>). */
  ACTIVE,
  /** Paused (<i>suspendu</i>). */
  SUSPENDED,
  /** Ended (<i>clos</i>). */
  CLOSED
}
