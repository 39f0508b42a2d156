package org.maillage.member;

import org.maillage.Labelled;

/**
 * How close a member stands to the person, as recorded by the worker (<i>cercle de proximité</i>).
 *
 * <p>It is data on the member, never derived from where a picture draws them.
 *
 * @since 0.1
 */
public enum Horizon implements Labelled {
  /** The inner circle (<i>proche</i>). */
  CLOSE,
  /** The middle circle (<i>intermédiaire</i>). */
  MIDDLE,
  /** The outer circle (<i>éloigné</i>). */
  DISTANT
}
