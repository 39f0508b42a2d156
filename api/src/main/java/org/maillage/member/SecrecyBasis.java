package org.maillage.member;

import org.maillage.Labelled;

/**
 * What binds a professional to professional secrecy (<i>fondement du secret professionnel</i>).
 *
 * @since 0.1
 */
public enum SecrecyBasis implements Labelled {
  /** Bound by their profession, such as social-service assistants or doctors (<i>par profession</i>). */
  PROFESSION,
  /** Bound by their function or their mission, such as child-protection staff (<i>par mission</i>). */
  MISSION,
  /** Bound by a text that applies to their service (<i>par fonction</i>). */
  FUNCTION,
  /**
   * Recorded as not bound by professional secrecy (<i>non tenu au secret</i>): a known "no", where an empty
   * {@link Professional#secrecy()} means not recorded.
   *
   * @since 0.2
   */
  NONE
}
