package org.maillage.network;

import org.maillage.Labelled;

/**
 * How a tie is lived, as drawn on an ecomap (<i>qualité du lien</i>).
 *
 * @since 0.1
 */
public enum TieQuality implements Labelled {
  /** Strong (<i>fort</i>). */
  STRONG,
  /** Ordinary (<i>ordinaire</i>). */
  ORDINARY,
  /** Weak or distant (<i>faible</i>). */
  WEAK,
  /** Stressful (<i>source de tension</i>). */
  STRESSFUL
}
