package org.maillage.referent;

import org.maillage.Labelled;

/**
 * How strongly a quality was found in an assessment (<i>niveau constaté</i>).
 *
 * @since 0.1
 */
public enum QualityLevel implements Labelled {
  /** Not or hardly shown (<i>faible</i>). */
  LOW,
  /** Partly shown (<i>moyen</i>). */
  MEDIUM,
  /** Clearly shown (<i>élevé</i>). */
  HIGH
}
