package org.maillage.core.rules.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.maillage.network.Meeting;
import org.maillage.network.Network;

/**
 * The meetings a network has held as of a date, in a deterministic order (<i>réunions tenues</i>): those
 * dated on or before the date, by date, meetings of the same date by id. The order of the network's list
 * never changes the result.
 */
final class HeldMeetings {
  private static final Comparator<Meeting> ORDER =
      Comparator.comparing(Meeting::date).thenComparing(Meeting::id);

  private HeldMeetings() {}

  static List<Meeting> asOf(Network network, LocalDate date) {
    if (allHeldInOrder(network.meetings(), date)) {
      return network.meetings(); // the common case, recorded as they were held: nothing to copy or sort
    }
    List<Meeting> held = new ArrayList<>(network.meetings().size());
    for (Meeting meeting : network.meetings()) {
      if (!meeting.date().isAfter(date)) {
        held.add(meeting);
      }
    }
    held.sort(ORDER);
    return held;
  }

  /** Tells whether every meeting is dated on or before the date and the list is in the deterministic order. */
  private static boolean allHeldInOrder(List<Meeting> meetings, LocalDate date) {
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      if (meeting.date().isAfter(date) || (i > 0 && ORDER.compare(meetings.get(i - 1), meeting) > 0)) {
        return false;
      }
    }
    return true;
  }
}
