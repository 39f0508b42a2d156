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
    List<Meeting> held = new ArrayList<>(network.meetings().size());
    for (Meeting meeting : network.meetings()) {
      if (!meeting.date().isAfter(date)) {
        held.add(meeting);
      }
    }
    held.sort(ORDER);
    return held;
  }
}
