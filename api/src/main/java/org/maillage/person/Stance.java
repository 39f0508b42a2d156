package org.maillage.person;

import org.maillage.Labelled;

/**
 * The view a person or a representative expressed about the network (<i>position exprimée</i>).
 *
 * @since 0.1
 */
public enum Stance implements Labelled {
  /** In favour (<i>favorable</i>). */
  FAVOURABLE,
  /** Mixed or undecided (<i>réservé</i>). */
  RESERVED,
  /** Opposed (<i>opposé</i>). */
  OPPOSED
}
