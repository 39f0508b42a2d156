package org.maillage.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.Period;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Evidence;
import org.maillage.analysis.QualityScore;
import org.maillage.analysis.ReferentCandidate;
import org.maillage.analysis.ReferentRanking;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.person.Person;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.QualityLevel;
import org.maillage.referent.ReferentDesignation;
import org.maillage.referent.ReferentQuality;

/**
 * Ranks the professionals of a network as référent de proximité on Cultiaux's five qualities (004), each scored
 * from evidence in [0, 1] and averaged; a quality without evidence is not assessed, never 0.
 *
 * <p>The evidence read, for each professional current on the date:
 * <ul>
 *   <li><b>proximity</b>: the recorded horizon (inner circle 1, middle 0.5, outer 0) and, in a person-centred
 *       network, whether a tie joins them to the person (1) or not (0);</li>
 *   <li><b>centrality</b>: the share of the other current individuals (the person and the current members) they
 *       are tied to, each once; not assessed when they are the only individual;</li>
 *   <li><b>permanence</b>: the months since their current involvement began, over {@value #TENURE_MONTHS} (at
 *       most 1), and the months until it ends, over {@value #ENDING_MONTHS} (at most 1; an open involvement
 *       gives 1);</li>
 *   <li><b>flexibility</b> and <b>proactivity</b>: nothing in the structure shows them;</li>
 *   <li>every quality: the latest recorded {@link QualityAssessment} of it, on or before the date (low 0, medium
 *       0.5, high 1); of two on the same day, the later in the network's list.</li>
 * </ul>
 *
 * <p>Linear in the members, ties, designations and assessments, plus the sort of the candidates (P log P). This
 * class is stateless and thread-safe.
 */
public final class ReferentRankingComputation {
  /** The months of involvement from which the past part of permanence is full. */
  public static final int TENURE_MONTHS = 24;
  /** The months ahead from which an involvement's end no longer lowers permanence. */
  public static final int ENDING_MONTHS = 12;

  /** The message keys of the evidence, in the engine's analysis bundle. */
  static final String HORIZON = "maillage.referent.horizon";
  static final String TIED_TO_PERSON = "maillage.referent.tied-to-person";
  static final String NOT_TIED_TO_PERSON = "maillage.referent.not-tied-to-person";
  static final String TIED_TO = "maillage.referent.tied-to";
  static final String INVOLVED_SINCE = "maillage.referent.involved-since";
  static final String OPEN_INVOLVEMENT = "maillage.referent.open-involvement";
  static final String INVOLVEMENT_ENDS = "maillage.referent.involvement-ends";
  static final String ASSESSED = "maillage.referent.assessed";

  private static final ReferentQuality[] QUALITIES = ReferentQuality.values();

  private ReferentRankingComputation() {}

  /**
   * Ranks the professionals current on the settings' date.
   *
   * @param network any network
   * @param settings the date
   * @return the ranking
   */
  public static ReferentRanking compute(Network network, AnalysisSettings settings) {
    LocalDate date = settings.date();
    Optional<MemberId> person = network.focalPerson().map(Person::id);
    int individuals = person.isPresent() ? 1 : 0;
    for (Member member : network.members()) {
      if (member.isCurrentOn(date)) {
        individuals++;
      }
    }
    Map<MemberId, Map<ReferentQuality, QualityAssessment>> latest = latestAssessments(network, date);
    // who each individual was last counted for, so that centrality counts each neighbour once without a set
    // per professional
    Map<MemberId, MemberId> countedFor = new HashMap<>();
    List<Scored> scored = new ArrayList<>();
    for (Professional professional : network.professionalsOn(date)) {
      MemberId id = professional.id();
      Map<ReferentQuality, List<Evidence>> evidence = new EnumMap<>(ReferentQuality.class);
      for (ReferentQuality quality : QUALITIES) {
        evidence.put(quality, new ArrayList<>(3));
      }
      proximity(network, professional, person, evidence.get(ReferentQuality.PROXIMITY));
      centrality(network, id, date, individuals, countedFor, evidence.get(ReferentQuality.CENTRALITY));
      permanence(professional, date, evidence.get(ReferentQuality.PERMANENCE));
      Map<ReferentQuality, QualityAssessment> recorded = latest.getOrDefault(id, Map.of());
      QualityScore[] qualities = new QualityScore[QUALITIES.length];
      double sum = 0;
      int assessed = 0;
      for (ReferentQuality quality : QUALITIES) {
        QualityAssessment assessment = recorded.get(quality);
        List<Evidence> found = evidence.get(quality);
        if (assessment != null) {
          found.add(Evidence.of(Message.of(ASSESSED, ImmutableMap.of("quality", quality,
              "level", assessment.level(), "by", assessment.assessedBy(), "date", assessment.date())),
              level(assessment.level())));
        }
        QualityScore score = QualityScore.of(quality, found);
        if (!found.isEmpty()) {
          sum += score.score().value();
          assessed++;
        }
        qualities[quality.ordinal()] = score;
      }
      boolean designated = false;
      for (ReferentDesignation designation : network.designationsOf(id)) {
        designated |= designation.isInForceOn(date);
      }
      scored.add(new Scored(id, designated, ImmutableList.copyOf(qualities), assessed == 0 ? -1 : sum / assessed,
          assessed));
    }
    // higher score first, no score last; then more assessed qualities; then the id
    scored.sort(Comparator.comparingDouble((Scored c) -> -c.score)
        .thenComparing(Comparator.comparingInt((Scored c) -> c.assessed).reversed())
        .thenComparing(c -> c.id));
    ImmutableList.Builder<ReferentCandidate> ranked = ImmutableList.builderWithExpectedSize(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Scored candidate = scored.get(i);
      ranked.add(ReferentCandidate.builder().professional(candidate.id).rank(i + 1).designated(candidate.designated)
          .qualities(candidate.qualities).build());
    }
    return ReferentRanking.builder().network(network.id()).date(date).candidates(ranked.build()).build();
  }

  /** A professional scored, before the ranking gives them a rank. */
  private record Scored(MemberId id, boolean designated, ImmutableList<QualityScore> qualities,
      double score, int assessed) {}

  private static void proximity(Network network, Professional professional, Optional<MemberId> person,
      List<Evidence> evidence) {
    Horizon horizon = professional.horizon();
    double value = horizon == Horizon.CLOSE ? 1 : horizon == Horizon.MIDDLE ? 0.5 : 0;
    evidence.add(Evidence.of(Message.of(HORIZON, "horizon", horizon), value));
    if (person.isEmpty()) {
      return;
    }
    for (Tie tie : network.tiesOf(professional.id())) {
      if (tie.other(professional.id()).equals(person.get())) {
        evidence.add(Evidence.of(Message.of(TIED_TO_PERSON, "tie", tie.id()), 1));
        return;
      }
    }
    evidence.add(Evidence.of(Message.of(NOT_TIED_TO_PERSON, "person", person.get()), 0));
  }

  private static void centrality(Network network, MemberId id, LocalDate date, int individuals,
      Map<MemberId, MemberId> countedFor, List<Evidence> evidence) {
    int others = individuals - 1;
    if (others <= 0) {
      return;
    }
    int tied = 0;
    for (Tie tie : network.tiesOf(id)) {
      MemberId other = tie.other(id);
      // the same id object marks a neighbour already counted for this professional
      if (network.isCurrentOn(other, date) && countedFor.put(other, id) != id) {
        tied++;
      }
    }
    evidence.add(Evidence.of(Message.of(TIED_TO, "count", tied, "of", others),
        Math.min(1, (double) tied / others)));
  }

  private static void permanence(Professional professional, LocalDate date, List<Evidence> evidence) {
    Period current = null;
    for (Period period : professional.involvements()) {
      if (period.contains(date)) {
        current = period;
      }
    }
    if (current == null) {
      return; // not current: never a candidate
    }
    long since = ChronoUnit.MONTHS.between(current.start(), date);
    evidence.add(Evidence.of(Message.of(INVOLVED_SINCE, "since", current.start(), "months",
        since), Math.min(1, (double) since / TENURE_MONTHS)));
    Optional<LocalDate> end = current.end();
    if (end.isEmpty()) {
      evidence.add(Evidence.of(Message.of(OPEN_INVOLVEMENT), 1));
    } else {
      long until = ChronoUnit.MONTHS.between(date, end.get());
      evidence.add(Evidence.of(Message.of(INVOLVEMENT_ENDS, "end", end.get(), "months", until),
          Math.min(1, (double) until / ENDING_MONTHS)));
    }
  }

  private static double level(QualityLevel level) {
    return level == QualityLevel.HIGH ? 1 : level == QualityLevel.MEDIUM ? 0.5 : 0;
  }

  /** The latest assessment of each quality of each référent on or before the date: linear in the assessments. */
  private static Map<MemberId, Map<ReferentQuality, QualityAssessment>> latestAssessments(Network network,
      LocalDate date) {
    Map<MemberId, Map<ReferentQuality, QualityAssessment>> latest = new HashMap<>();
    for (QualityAssessment assessment : network.referentAssessments()) {
      if (assessment.date().isAfter(date)) {
        continue;
      }
      Map<ReferentQuality, QualityAssessment> byQuality =
          latest.computeIfAbsent(assessment.referent(), k -> new EnumMap<>(ReferentQuality.class));
      QualityAssessment known = byQuality.get(assessment.quality());
      if (known == null || !assessment.date().isBefore(known.date())) {
        byQuality.put(assessment.quality(), assessment);
      }
    }
    return latest;
  }
}
