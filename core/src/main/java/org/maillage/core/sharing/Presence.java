package org.maillage.core.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.maillage.Period;

/**
 * The days covered by a set of periods (<i>présence</i>), such as the involvements of the health professionals
 * of a formalised care group: built once in time n log n in the periods, then asked for a day in logarithmic
 * time, so that deciding every flow of a network does not read every period for each flow.
 *
 * <p>The periods' starts are kept as epoch days in order, with for each the latest end among the periods
 * starting no later; a day is covered when the latest end up to the last period starting on or before it is on
 * or after the day.
 *
 * <p>Immutable and thread-safe.
 */
public final class Presence {
  private final long[] starts;
  private final long[] latestEnds;

  private Presence(long[] starts, long[] latestEnds) {
    this.starts = starts;
    this.latestEnds = latestEnds;
  }

  /**
   * Reads a set of periods.
   *
   * @param periods the periods, in any order, overlapping or not
   * @return the days they cover
   */
  public static Presence of(Collection<Period> periods) {
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(Period::start));
    long[] starts = new long[sorted.size()];
    long[] latestEnds = new long[sorted.size()];
    long latest = Long.MIN_VALUE;
    for (int i = 0; i < sorted.size(); i++) {
      Period period = sorted.get(i);
      starts[i] = period.start().toEpochDay();
      long end = period.isOpen() ? Long.MAX_VALUE : period.end().orElseThrow().toEpochDay();
      latest = Math.max(latest, end);
      latestEnds[i] = latest;
    }
    return new Presence(starts, latestEnds);
  }

  /**
   * Tells whether one of the periods covers a day.
   *
   * @param date the day
   * @return true if a period starts on or before it and has not ended before it
   */
  public boolean covers(LocalDate date) {
    long day = date.toEpochDay();
    int started = SharingRecord.atMost(starts, starts.length, day);
    return started > 0 && latestEnds[started - 1] >= day;
  }
}
