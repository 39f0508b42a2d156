package org.maillage.analysis;

import org.maillage.Labelled;

/**
 * What an arrangement of professionals is, partnership or network (001, 002) (<i>partenariat ou réseau</i>):
 * the verdict of a {@link Classification}.
 *
 * @since 0.2
 */
public enum Arrangement implements Labelled {
  /** A partnership only: professionals exclusively, an institutional logic, formalised (<i>partenariat</i>). */
  PARTNERSHIP,
  /** A network only: built from the person, an actor logic (<i>réseau</i>). */
  NETWORK,
  /** Both at once: a network formalised by a partnership, as the two are complementary (<i>les deux</i>). */
  BOTH,
  /** Neither scores high: the structure shows too little of either (<i>ni l'un ni l'autre</i>). */
  NEITHER
}
