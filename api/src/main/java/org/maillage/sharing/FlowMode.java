package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * How information is passed (<i>mode de transmission</i>), in the words of the order of 25 November 2016.
 *
 * @since 0.1
 */
public enum FlowMode implements Labelled {
  /** To clearly identified recipients (<i>échange</i>). */
  EXCHANGE,
  /** Made available to the categories of professionals entitled to know it, in a shared record
   * (<i>partage</i>). */
  SHARING
}
