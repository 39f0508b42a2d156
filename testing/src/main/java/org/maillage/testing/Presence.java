package org.maillage.testing;

/**
 * Where a member's membership history stands on the date judged: current, left before it, or joining after
 * it.
 */
enum Presence {
  /** One involvement contains the date. */
  CURRENT,
  /** Every involvement ended before the date. */
  FORMER,
  /** The first involvement starts after the date. */
  FUTURE
}
