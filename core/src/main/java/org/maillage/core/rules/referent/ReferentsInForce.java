package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;
import org.maillage.validation.RuleContext;

/**
 * The référents whose designation is in force on a date (<i>référents en fonction</i>): each professional
 * once, however many of their designations are in force, in the order of their first designation
 * ({@link Network#designatedReferents()}).
 *
 * <p>Linear in the designations: each professional's designations are read once, from the network's index
 * ({@link Network#designationsOf(MemberId)}), never searched for in a list of those already found.
 *
 * <p>Found once per validation and shared by the rules of the family that read them ({@code REFERENT-CENTRAL},
 * {@code REFERENT-PERMANENT}) through {@link RuleContext#derived}: the memo keeps the référents of the last date
 * asked, as one immutable value, so that a rule reading it from another thread sees either that value whole or
 * none and finds them again.
 */
final class ReferentsInForce {
  private static final Function<Network, ReferentsInForce> MEMO = ReferentsInForce::new;

  private final Network network;
  private @Nullable Found last;

  private ReferentsInForce(Network network) {
    this.network = network;
  }

  /** The référents in force on one date. */
  private record Found(LocalDate date, ImmutableList<MemberId> referents) {}

  /**
   * Returns the référents in force on the validation's date, found by the first rule of the validation that asks.
   *
   * @param network the network under validation
   * @param context the running rule's context
   * @return their ids, without repetition, possibly empty
   */
  static ImmutableList<MemberId> of(Network network, RuleContext context) {
    return context.derived(network, MEMO).on(context.date());
  }

  private ImmutableList<MemberId> on(LocalDate date) {
    Found found = last;
    if (found == null || !found.date().equals(date)) {
      found = new Found(date, of(network, date));
      last = found;
    }
    return found.referents();
  }

  /**
   * Returns the référents in force on a date.
   *
   * @param network the network
   * @param date the date judged
   * @return their ids, without repetition, possibly empty
   */
  static ImmutableList<MemberId> of(Network network, LocalDate date) {
    ImmutableList<MemberId> designated = network.designatedReferents().asList();
    ImmutableList.@Nullable Builder<MemberId> referents = null;
    for (int i = 0; i < designated.size(); i++) {
      MemberId professional = designated.get(i);
      if (anyInForce(network.designationsOf(professional), date)) {
        if (referents == null) {
          // sized for every designated professional left: no copy while adding
          referents = ImmutableList.builderWithExpectedSize(designated.size() - i);
        }
        referents.add(professional);
      }
    }
    return referents == null ? ImmutableList.of() : referents.build();
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
