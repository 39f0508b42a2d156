package org.maillage.core.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.CareTeamBasis;
import org.maillage.member.Professional;
import org.maillage.member.RegulatoryCategory;
import org.maillage.network.Network;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Objection;

/**
 * The sharing record of one network (<i>traces du partage</i>): who was informed of what and when,
 * objections and consents by author, and the health professionals of a formalised care group.
 *
 * <p>It reads the network's own indexes ({@link Network#informingsOf}, {@link Network#objectionsBy},
 * {@link Network#consentsBy}), built once per network, so that a caller can decide many flows of one network
 * in time linear in the size of the record: pass it to a policy's {@code decide(SharingRecord,
 * InformationFlow)} for each flow. The lists it reads for a flow are bounded by what one person or one
 * representative recorded, never by the number of members; what does not depend on the flow, the informations
 * recorded for flows in general and the formalised care group's health professionals, is read once per record
 * (n log n in them), then looked up (constant or logarithmic time for each flow).
 *
 * <p>This class is thread-safe; its only state besides the network is a value derived from it on first need.
 */
public final class SharingRecord {
  private final Network network;
  /** Computed on first need by {@link #formalisedGroupHasHealthProfessional(LocalDate)}. */
  private volatile @Nullable HealthPresence formalisedGroupHealth;
  /** Computed on first need by {@link #informedBefore} and {@link #informedAfter}. */
  private volatile @Nullable GeneralInformings general;

  private SharingRecord(Network network) {
    this.network = network;
  }

  /**
   * Indexes the sharing record of a network.
   *
   * @param network the network
   * @return the indexed record
   */
  public static SharingRecord of(Network network) {
    return new SharingRecord(Objects.requireNonNull(network, "network"));
  }

  /**
   * Returns the network indexed.
   *
   * @return the network
   */
  public Network network() {
    return network;
  }

  /**
   * Tells whether someone was informed of a subject for a flow beforehand: an information recorded on or
   * before the flow's date, for that flow or for flows in general (see {@link Informing#covers}).
   *
   * <p>The informations for flows in general are read once per record (n log n in them); each call then reads
   * only the informations recorded for this flow.
   *
   * @param flow the flow
   * @param who the person or a representative
   * @param subject what they must have been told
   * @return true if such an information is recorded
   */
  public boolean informedBefore(InformationFlow flow, MemberId who, InformingSubject subject) {
    return informedBefore(network.informingsFor(flow.id()), flow, who, subject);
  }

  /**
   * {@link #informedBefore(InformationFlow, MemberId, InformingSubject)} with the informings recorded for the
   * flow already read.
   */
  boolean informedBefore(List<Informing> specific, InformationFlow flow, MemberId who, InformingSubject subject) {
    if (generalInformings().toldBefore(who, subject, flow.date())) {
      return true;
    }
    for (int i = 0; i < specific.size(); i++) {
      Informing informing = specific.get(i);
      if (informing.informed().equals(who) && !informing.date().isAfter(flow.date())
          && informing.subjects().contains(subject)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether someone was told of a flow after it took place (the information owed after an urgency): an
   * information of {@link InformingSubject#NATURE_OF_INFORMATION}, for that flow or for flows in general,
   * recorded strictly after the flow's date and on or before a date.
   *
   * @param flow the flow
   * @param who the person or a representative
   * @param asOf the last day that counts
   * @return true if such an information is recorded
   */
  public boolean informedAfter(InformationFlow flow, MemberId who, LocalDate asOf) {
    if (generalInformings().toldOfNatureBetween(who, flow.date(), asOf)) {
      return true;
    }
    for (Informing informing : network.informingsFor(flow.id())) {
      if (informing.informed().equals(who) && informing.subjects().contains(InformingSubject.NATURE_OF_INFORMATION)
          && informing.date().isAfter(flow.date()) && !informing.date().isAfter(asOf)) {
        return true;
      }
    }
    return false;
  }

  private GeneralInformings generalInformings() {
    @Nullable GeneralInformings general = this.general;
    if (general == null) {
      // racy but safe, as for the formalised group: an immutable value, at worst computed twice
      general = GeneralInformings.of(network);
      this.general = general;
    }
    return general;
  }

  /**
   * What the informations recorded without a flow (<i>informations générales</i>, covering every later flow)
   * tell each person or representative, read once: for each of them, the earliest day each subject was told,
   * and the days the nature of the information was told, in order. Built in one pass, never changed after.
   */
  private static final class GeneralInformings {
    private static final int SUBJECTS = InformingSubject.values().length;
    private final Map<MemberId, Told> byInformed;

    private GeneralInformings(Map<MemberId, Told> byInformed) {
      this.byInformed = byInformed;
    }

    static GeneralInformings of(Network network) {
      // each person or representative informed once, their general informings from the network's index: no
      // Optional made per informing to ask whether it names a flow
      Map<MemberId, Told> byInformed = new HashMap<>();
      List<Informing> informings = network.informings();
      for (int i = 0; i < informings.size(); i++) {
        MemberId who = informings.get(i).informed();
        if (!byInformed.containsKey(who)) {
          byInformed.put(who, new Told(network.generalInformingsOf(who)));
        }
      }
      return new GeneralInformings(byInformed);
    }

    boolean toldBefore(MemberId who, InformingSubject subject, LocalDate date) {
      @Nullable Told told = byInformed.get(who);
      return told != null && told.earliest[subject.ordinal()] <= date.toEpochDay();
    }

    /** Whether {@code who} was told the nature of the information strictly after a day and on or before another. */
    boolean toldOfNatureBetween(MemberId who, LocalDate after, LocalDate asOf) {
      @Nullable Told told = byInformed.get(who);
      if (told == null) {
        return false;
      }
      // the first day the nature was told strictly after the flow's, if it is on or before the last day counted
      int first = atMost(told.natureDays, told.natureCount, after.toEpochDay());
      return first < told.natureCount && told.natureDays[first] <= asOf.toEpochDay();
    }

    /** One person's or representative's general informings, as epoch days; never changed once made. */
    private static final class Told {
      /** The earliest day each subject was told, by the subject's ordinal; Long.MAX_VALUE when never. */
      final long[] earliest = new long[SUBJECTS];
      /** The days the nature of the information was told, in order, in the first natureCount entries. */
      final long[] natureDays;
      final int natureCount;

      Told(List<Informing> general) {
        Arrays.fill(earliest, Long.MAX_VALUE);
        natureDays = new long[general.size()];
        int count = 0;
        for (int i = 0; i < general.size(); i++) {
          Informing informing = general.get(i);
          long day = informing.date().toEpochDay();
          for (InformingSubject subject : informing.subjects()) {
            earliest[subject.ordinal()] = Math.min(earliest[subject.ordinal()], day);
          }
          if (informing.subjects().contains(InformingSubject.NATURE_OF_INFORMATION)) {
            natureDays[count++] = day;
          }
        }
        Arrays.sort(natureDays, 0, count);
        natureCount = count;
      }
    }
  }

  /**
   * Returns the objections made by someone, in the network's order.
   *
   * @param by the person or a representative
   * @return the objections, possibly empty; unmodifiable
   */
  public List<Objection> objectionsBy(MemberId by) {
    return network.objectionsBy(by);
  }


  /**
   * Returns the consents given by someone, in the network's order.
   *
   * @param by the person or a representative
   * @return the consents, possibly empty; unmodifiable
   */
  public List<Consent> consentsBy(MemberId by) {
    return network.consentsBy(by);
  }


  /**
   * Tells whether the formalised care group (CSP L1110-12 3°) counts a health professional current on a date.
   *
   * <p>The first call reads the involvements of the group's health professionals once (n log n in them);
   * every call then takes time logarithmic in them, so that deciding every flow of a network does not read
   * every professional for each flow.
   *
   * @param date the date judged
   * @return true if a professional recorded in the formalised group is a current health professional
   */
  public boolean formalisedGroupHasHealthProfessional(LocalDate date) {
    @Nullable HealthPresence presence = formalisedGroupHealth;
    if (presence == null) {
      // racy but safe: the presence is immutable, and two threads at worst both compute the same one
      presence = HealthPresence.of(network);
      formalisedGroupHealth = presence;
    }
    return presence.on(date);
  }

  /**
   * The days on which the formalised care group counts a current health professional (<i>présence d'un
   * professionnel de santé</i>): the involvements of its health professionals, as epoch days, by start, with
   * for each the latest end among the involvements starting no later. A day is covered when the last
   * involvement starting on or before it, or an earlier one, has not ended before it: when the latest end up to
   * that involvement is on or after the day. Immutable.
   */
  private static final class HealthPresence {
    private final long[] starts;
    private final long[] latestEnds;

    private HealthPresence(long[] starts, long[] latestEnds) {
      this.starts = starts;
      this.latestEnds = latestEnds;
    }

    static HealthPresence of(Network network) {
      List<Period> involvements = new ArrayList<>();
      for (Professional p : network.professionals()) {
        if (p.careTeam().orElse(null) == CareTeamBasis.FORMALISED_GROUP
            && p.regulatoryCategory() == RegulatoryCategory.HEALTH_PROFESSIONAL) {
          involvements.addAll(p.involvements());
        }
      }
      involvements.sort(Comparator.comparing(Period::start));
      long[] starts = new long[involvements.size()];
      long[] latestEnds = new long[involvements.size()];
      long latest = Long.MIN_VALUE;
      for (int i = 0; i < involvements.size(); i++) {
        Period involvement = involvements.get(i);
        starts[i] = involvement.start().toEpochDay();
        long end = involvement.isOpen() ? Long.MAX_VALUE : involvement.end().orElseThrow().toEpochDay();
        latest = Math.max(latest, end);
        latestEnds[i] = latest;
      }
      return new HealthPresence(starts, latestEnds);
    }

    boolean on(LocalDate date) {
      long day = date.toEpochDay();
      // the involvements starting on or before the day, the last of which holds the latest end among them
      int started = atMost(starts, starts.length, day);
      return started > 0 && latestEnds[started - 1] >= day;
    }
  }

  /**
   * Returns how many of the first {@code length} days of an ascending array are on or before a day, by halving:
   * the index of the first one after it.
   */
  private static int atMost(long[] ascending, int length, long day) {
    int low = 0;
    int high = length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (ascending[middle] > day) {
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

}
