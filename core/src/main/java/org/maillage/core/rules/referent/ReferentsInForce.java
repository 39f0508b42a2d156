package org.maillage.core.rules.referent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maillage.MemberId;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;

/**
 * The référents whose designation is in force on a date (<i>référents en fonction</i>): each professional
 * once, however many of their designations are in force, in the order of the network's designations.
 */
final class ReferentsInForce {
  private ReferentsInForce() {}

  /**
   * Returns the référents in force; a list without repetition rather than a set, since a network has one or
   * two of them, and a small list is cheaper to build and search.
   */
  static List<MemberId> of(Network network, LocalDate date) {
    List<MemberId> referents = List.of();
    for (ReferentDesignation designation : network.referents()) {
      if (designation.isInForceOn(date) && !referents.contains(designation.professional())) {
        if (referents.isEmpty()) {
          referents = new ArrayList<>(2);
        }
        referents.add(designation.professional());
      }
    }
    return referents;
  }
}
