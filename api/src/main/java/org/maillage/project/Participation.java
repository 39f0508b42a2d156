package org.maillage.project;

import org.maillage.Labelled;

/**
 * How the person took part in an objective (<i>participation de la personne</i>).
 *
 * @since 0.1
 */
public enum Participation implements Labelled {
  /** The person expressed the need or wish behind it (<i>a exprimé la demande</i>). */
  EXPRESSED,
  /** The person defined it with the professionals (<i>a co-construit</i>). */
  CO_DEFINED,
  /** The person agreed to it (<i>a validé</i>). */
  AGREED,
  /** The person carries part of it out (<i>en est acteur</i>). */
  ACTS
}
