package org.maillage.network;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.maillage.member.Member;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;

/**
 * Who among a network's members is current on one date (DOMAIN.md §2, <i>membres actuels</i>): each member's
 * {@link Member#isCurrentOn(LocalDate)} asked once, by position in {@link Network#members()}, and the current
 * members, professionals and primary members in the network's order. A network keeps the one of the last date
 * asked, since a validation asks for the same date many times.
 *
 * <p>Built in one pass over the members, linear in them (logarithmic in each one's involvements); when every
 * member of a list is current, the list itself is the answer, so nothing is copied. Immutable once built, and
 * thread-safe.
 */
final class CurrentMembers {
  final LocalDate date;
  private final boolean[] current;
  final ImmutableList<Member> members;
  final ImmutableList<Professional> professionals;
  final ImmutableList<PrimaryMember> primaryMembers;

  CurrentMembers(LocalDate date, Network network) {
    this.date = date;
    ImmutableList<Member> all = network.members();
    this.current = new boolean[all.size()];
    int notCurrent = 0;
    int professionalsNotCurrent = 0;
    int primaryMembersNotCurrent = 0;
    for (int i = 0; i < all.size(); i++) {
      Member member = all.get(i);
      boolean isCurrent = member.isCurrentOn(date);
      current[i] = isCurrent;
      if (!isCurrent) {
        notCurrent++;
        if (member instanceof Professional) {
          professionalsNotCurrent++;
        } else if (member instanceof PrimaryMember) {
          primaryMembersNotCurrent++;
        }
      }
    }
    if (notCurrent == 0) {
      this.members = all;
      this.professionals = network.professionals();
      this.primaryMembers = network.primaryMembers();
      return;
    }
    ImmutableList.Builder<Member> members = ImmutableList.builderWithExpectedSize(all.size() - notCurrent);
    ImmutableList.@Nullable Builder<Professional> professionals = professionalsNotCurrent == 0 ? null
        : ImmutableList.builderWithExpectedSize(network.professionals().size() - professionalsNotCurrent);
    ImmutableList.@Nullable Builder<PrimaryMember> primaryMembers = primaryMembersNotCurrent == 0 ? null
        : ImmutableList.builderWithExpectedSize(network.primaryMembers().size() - primaryMembersNotCurrent);
    for (int i = 0; i < all.size(); i++) {
      if (current[i]) {
        Member member = all.get(i);
        members.add(member);
        if (professionals != null && member instanceof Professional) {
          professionals.add((Professional) member);
        } else if (primaryMembers != null && member instanceof PrimaryMember) {
          primaryMembers.add((PrimaryMember) member);
        }
      }
    }
    this.members = members.build();
    this.professionals = professionals == null ? network.professionals() : professionals.build();
    this.primaryMembers = primaryMembers == null ? network.primaryMembers() : primaryMembers.build();
  }

  /** Tells whether the member at a position of {@link Network#members()} is current. */
  boolean isCurrent(int position) {
    return current[position];
  }
}
