package org.maillage.core.rules.referent;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;

/**
 * The référents whose designation is in force on a date (<i>référents en fonction</i>): each professional
 * once, however many of their designations are in force, in the order of the network's designations.
 */
final class ReferentsInForce {
  private ReferentsInForce() {}

  static Set<MemberId> of(Network network, LocalDate date) {
    Set<MemberId> referents = Set.of();
    for (ReferentDesignation designation : network.referents()) {
      if (designation.isInForceOn(date)) {
        if (referents.isEmpty()) {
          referents = new LinkedHashSet<>();
        }
        referents.add(designation.professional());
      }
    }
    return referents;
  }
}
