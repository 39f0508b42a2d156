package org.maillage.network;

import org.maillage.Labelled;

/**
 * What a tie between two members is made of (<i>nature du lien</i>).
 *
 * @since 0.1
 */
public enum TieNature implements Labelled {
  /** An affective bond (<i>affectif</i>). */
  AFFECTIVE,
  /** A relation of support (<i>soutien</i>). */
  SUPPORT,
  /** Working together (<i>collaboration</i>). */
  COLLABORATION,
  /** Passing information (<i>information</i>). */
  INFORMATION,
  /** A conflict (<i>conflit</i>). */
  CONFLICT
}
