package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * The law under which a sharing decision is made (<i>droit applicable</i>).
 *
 * @since 0.1
 */
public enum Jurisdiction implements Labelled {
  /** France: CSP L1110-4, CASF L226-2-2, L121-6-2, L226-2-1, Code pénal 226-14 (<i>France</i>). */
  FRANCE,
  /** Belgium: Code pénal 458, 458bis, 458ter and shared secrecy in doctrine (<i>Belgique</i>). */
  BELGIUM
}
