package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maillage.MemberId;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;

/**
 * The référents whose designation is in force on a date (<i>référents en fonction</i>): each professional
 * once, however many of their designations are in force, in the order of their first designation
 * ({@link Network#designatedReferents()}).
 *
 * <p>Linear in the designations: each professional's designations are read once, from the network's index
 * ({@link Network#designationsOf(MemberId)}), never searched for in a list of those already found.
 */
final class ReferentsInForce {
  private ReferentsInForce() {}

  /**
   * Returns the référents in force on a date.
   *
   * @param network the network
   * @param date the date judged
   * @return their ids, without repetition; an empty list, allocated for nothing, when there is none
   */
  static List<MemberId> of(Network network, LocalDate date) {
    ImmutableList<MemberId> designated = network.designatedReferents().asList();
    List<MemberId> referents = List.of();
    for (int i = 0; i < designated.size(); i++) {
      MemberId professional = designated.get(i);
      if (anyInForce(network.designationsOf(professional), date)) {
        if (referents.isEmpty()) {
          referents = new ArrayList<>(Math.min(designated.size() - i, 4));
        }
        referents.add(professional);
      }
    }
    return referents;
  }

  private static boolean anyInForce(ImmutableList<ReferentDesignation> designations, LocalDate date) {
    for (int i = 0; i < designations.size(); i++) {
      if (designations.get(i).isInForceOn(date)) {
        return true;
      }
    }
    return false;
  }
}
