package org.maillage.network;

import org.maillage.Labelled;

/**
 * Which way a support flows along a tie (<i>sens du soutien</i>).
 *
 * @since 0.1
 */
public enum SupportDirection implements Labelled {
  /** The tie's first member gives, the second receives (<i>du premier vers le second</i>). */
  FROM_FIRST,
  /** The tie's second member gives, the first receives (<i>du second vers le premier</i>). */
  FROM_SECOND,
  /** Both give and receive (<i>réciproque</i>). */
  MUTUAL
}
