package org.maillage.core.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.QuotedInput;
import org.maillage.TieId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.analysis.EgoMetric;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.FormScoreChange;
import org.maillage.analysis.MetricChange;
import org.maillage.analysis.NetworkChange;
import org.maillage.analysis.SectorShift;
import org.maillage.member.Member;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.Tie;
import org.maillage.referent.ReferentDesignation;

/**
 * Compares two dated versions of one network: members, ties, sectors, référents, form scores and ego-network
 * figures (see {@link NetworkChange}). Linear in the members, ties and designations of both versions, plus the
 * two classifications and, for person-centred versions, the two ego-network computations. Stateless and
 * thread-safe.
 */
public final class ChangeComputation {
  private ChangeComputation() {}

  /**
   * Compares two versions.
   *
   * @param before the earlier version
   * @param beforeSettings its date, tie weights and threshold
   * @param after the later version
   * @param afterSettings its date, tie weights and threshold
   * @return the change
   * @throws IllegalArgumentException if the two versions have different ids
   */
  public static NetworkChange compare(Network before, AnalysisSettings beforeSettings, Network after,
      AnalysisSettings afterSettings) {
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException("NetworkAnalysis.compare: versions of two networks, "
          + QuotedInput.quote(before.id()) + " and " + QuotedInput.quote(after.id())
          + "; compare two versions of one network (the same id)");
    }
    LocalDate from = beforeSettings.date();
    LocalDate to = afterSettings.date();
    Map<MemberId, Member> earlier = current(before, from);
    Map<MemberId, Member> later = current(after, to);
    NetworkChange.Builder change = NetworkChange.builder().network(after.id()).fromDate(from).toDate(to);
    for (Map.Entry<MemberId, Member> member : later.entrySet()) {
      Member was = earlier.get(member.getKey());
      if (was == null) {
        change.addJoined(member.getKey());
      } else if (was.sector() != member.getValue().sector()) {
        change.addSectorShift(SectorShift.of(member.getKey(), was.sector(), member.getValue().sector()));
      }
    }
    for (MemberId member : earlier.keySet()) {
      if (!later.containsKey(member)) {
        change.addLeft(member);
      }
    }
    Map<TieId, Tie> earlierTies = ties(before, from);
    Map<TieId, Tie> laterTies = ties(after, to);
    for (Map.Entry<TieId, Tie> tie : laterTies.entrySet()) {
      Tie was = earlierTies.get(tie.getKey());
      if (was == null) {
        change.addTiesAdded(tie.getKey());
      } else if (was.quality() != tie.getValue().quality() || !was.supports().equals(tie.getValue().supports())) {
        change.addTiesChanged(tie.getKey());
      }
    }
    for (TieId tie : earlierTies.keySet()) {
      if (!laterTies.containsKey(tie)) {
        change.addTiesRemoved(tie);
      }
    }
    Set<MemberId> earlierReferents = referents(before, from);
    Set<MemberId> laterReferents = referents(after, to);
    for (MemberId referent : laterReferents) {
      if (!earlierReferents.contains(referent)) {
        change.addReferentsDesignated(referent);
      }
    }
    for (MemberId referent : earlierReferents) {
      if (!laterReferents.contains(referent)) {
        change.addReferentsEnded(referent);
      }
    }
    Classification earlierForms = FormClassifier.classify(before, beforeSettings);
    Classification laterForms = FormClassifier.classify(after, afterSettings);
    for (NetworkForm form : NetworkForm.values()) {
      double was = earlierForms.score(form).score();
      double is = laterForms.score(form).score();
      if (was != is) {
        change.addFormScore(FormScoreChange.of(form, was, is));
      }
    }
    if (before.isPersonCentred() && after.isPersonCentred()) {
      EgoNetworkMetrics was = EgoMetricsComputation.compute(before, beforeSettings);
      EgoNetworkMetrics is = EgoMetricsComputation.compute(after, afterSettings);
      for (EgoMetric metric : EgoMetric.values()) {
        change.addMetric(MetricChange.of(metric, was.figure(metric), is.figure(metric)));
      }
    }
    return change.build();
  }

  private static Map<MemberId, Member> current(Network network, LocalDate date) {
    Map<MemberId, Member> current = new LinkedHashMap<>();
    for (Member member : network.currentMembers(date)) {
      current.put(member.id(), member);
    }
    return current;
  }

  /** The ties whose two ends are current on the date, by id, in the network's order. */
  private static Map<TieId, Tie> ties(Network network, LocalDate date) {
    Map<TieId, Tie> ties = new LinkedHashMap<>();
    for (Tie tie : network.ties()) {
      if (network.isCurrentOn(tie.first(), date) && network.isCurrentOn(tie.second(), date)) {
        ties.put(tie.id(), tie);
      }
    }
    return ties;
  }

  /** The professionals with a designation in force on the date, in the order of the designations. */
  private static Set<MemberId> referents(Network network, LocalDate date) {
    Set<MemberId> referents = new LinkedHashSet<>();
    for (ReferentDesignation designation : network.referents()) {
      if (designation.isInForceOn(date)) {
        referents.add(designation.professional());
      }
    }
    return referents;
  }
}
