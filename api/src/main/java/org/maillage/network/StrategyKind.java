package org.maillage.network;

import org.maillage.Labelled;

/**
 * The kind of concerted strategy of a collective network intervention (<i>type de stratégie concertée</i>).
 *
 * @since 0.1
 */
public enum StrategyKind implements Labelled {
  /** Local development (<i>développement local</i>). */
  LOCAL_DEVELOPMENT,
  /** Advocacy or lobbying (<i>plaidoyer, lobbying</i>). */
  ADVOCACY,
  /** Another concerted strategy (<i>autre stratégie</i>). */
  OTHER
}
