package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * The two ways a yes-or-no fact can be recorded (<i>renseigné oui, renseigné non</i>), as a {@link FactAnswer}
 * names them: for a standing, recorded as holding it or not; for secrecy, bound or not bound; for mission
 * categories, covering the flow's categories or none of them.
 *
 * @since 0.2
 */
public enum Recording implements Labelled {
  /** Recorded as holding (<i>oui</i>). */
  YES,
  /** Recorded as not holding (<i>non</i>). */
  NO
}
