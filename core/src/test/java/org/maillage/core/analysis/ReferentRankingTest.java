package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Evidence;
import org.maillage.analysis.Figure;
import org.maillage.analysis.QualityScore;
import org.maillage.analysis.ReferentCandidate;
import org.maillage.analysis.ReferentRanking;
import org.maillage.core.NetworkAnalysis;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.Person;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.QualityLevel;
import org.maillage.referent.ReferentDesignation;
import org.maillage.referent.ReferentQuality;

/** The référent ranking on hand-built networks, the scores worked out in each test. */
class ReferentRankingTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  private static final MemberId PERSON = MemberId.of("p-1");

  private static Professional professional(String id, Horizon horizon, Period period) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(horizon).addInvolvement(period)
        .build();
  }

  private static Tie tie(String id, String first, MemberId second) {
    return Tie.builder().id(TieId.of(id)).first(MemberId.of(first)).second(second).nature(TieNature.COLLABORATION)
        .build();
  }

  /**
   * "veteran", involved since 2022 without end, tied to the person, the aunt and "leaving"; "leaving", involved
   * since 2026-03-01 until 2026-07-15, tied to the person and, through the veteran's tie, to the veteran; "veteran" is
   * the designated référent. Individuals: the person, the aunt, both professionals: 4, so 3 others each.
   */
  private static Network.Builder twoProfessionals() {
    return Network.builder().id(NetworkId.of("n-ref")).created(LocalDate.of(2022, 1, 1))
        .focalPerson(Person.builder().id(PERSON).build())
        .addMember(PrimaryMember.builder().id(MemberId.of("m-aunt")).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(LocalDate.of(2022, 1, 1)).build())
        .addMember(professional("veteran", Horizon.MIDDLE, Period.from(LocalDate.of(2022, 1, 10))))
        .addMember(professional("leaving", Horizon.MIDDLE,
            Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 15))))
        .addTie(tie("t-1", "veteran", PERSON)).addTie(tie("t-2", "veteran", MemberId.of("m-aunt")))
        .addTie(tie("t-3", "leaving", PERSON)).addTie(tie("t-4", "veteran", MemberId.of("leaving")))
        .addReferent(ReferentDesignation.of(MemberId.of("veteran"), Period.from(LocalDate.of(2024, 1, 1))));
  }

  private static ReferentRanking rank(Network network) {
    return NetworkAnalysis.rankReferents(network, AnalysisSettings.asOf(DATE));
  }

  @Test
  void a_professional_tied_to_everyone_present_for_years_ranks_above_one_tied_to_the_person_leaving_next_month() {
    // given
    Network network = twoProfessionals().build();

    // when
    ReferentRanking ranking = rank(network);

    // then
    ReferentCandidate veteran = ranking.candidates().get(0);
    ReferentCandidate leaving = ranking.candidates().get(1);
    assertThat(veteran.professional()).isEqualTo(MemberId.of("veteran"));
    assertThat(veteran.rank()).isEqualTo(1);
    assertThat(leaving.rank()).isEqualTo(2);
    // veteran: proximity (middle 0.5 + tied to the person 1) / 2 = 0.75; centrality 3 of 3 = 1;
    // permanence: 52 months since 2022-01-10 (capped at 24: 1) and an open involvement 1 -> 1
    assertThat(veteran.quality(ReferentQuality.PROXIMITY).score().value()).isCloseTo(0.75, EXACT);
    assertThat(veteran.quality(ReferentQuality.CENTRALITY).score().value()).isCloseTo(1, EXACT);
    assertThat(veteran.quality(ReferentQuality.PERMANENCE).score().value()).isCloseTo(1, EXACT);
    assertThat(veteran.score().value()).isCloseTo((0.75 + 1 + 1) / 3, EXACT);
    // leaving: proximity 0.75; centrality: the person and the veteran, 2 of 3;
    // permanence: 3 months since 2026-03-01 -> 3/24, ends 2026-07-15, in 1 month -> 1/12
    assertThat(leaving.quality(ReferentQuality.CENTRALITY).score().value()).isCloseTo(2 / 3.0, EXACT);
    assertThat(leaving.quality(ReferentQuality.PERMANENCE).score().value())
        .isCloseTo((3 / 24.0 + 1 / 12.0) / 2, EXACT);
    assertThat(leaving.score().value()).isCloseTo((0.75 + 2 / 3.0 + (3 / 24.0 + 1 / 12.0) / 2) / 3, EXACT);
    // the current référent's standing
    assertThat(ranking.currentReferents()).extracting(ReferentCandidate::professional)
        .containsExactly(MemberId.of("veteran"));
    assertThat(leaving.designated()).isFalse();
  }

  @Test
  void a_quality_without_evidence_is_not_assessed_never_zero() {
    // given: no recorded assessment, then one LOW flexibility for "leaving"
    Network plain = twoProfessionals().build();
    Network assessed = twoProfessionals().addReferentAssessment(QualityAssessment.builder()
        .referent(MemberId.of("leaving")).quality(ReferentQuality.FLEXIBILITY).level(QualityLevel.LOW)
        .assessedBy(MemberId.of("veteran")).date(DATE.minusDays(3)).build()).build();

    // when
    ReferentCandidate before = rank(plain).candidate(MemberId.of("leaving")).orElseThrow();
    ReferentCandidate after = rank(assessed).candidate(MemberId.of("leaving")).orElseThrow();

    // then: flexibility and proactivity have no structural evidence
    QualityScore flexibility = before.quality(ReferentQuality.FLEXIBILITY);
    assertThat(flexibility.isAssessed()).isFalse();
    assertThat(flexibility.score()).isEqualTo(Figure.undefined());
    assertThat(before.assessedQualities()).isEqualTo(3);
    // a recorded LOW is evidence: 0, and it now counts, lowering the mean over 4 qualities
    assertThat(after.quality(ReferentQuality.FLEXIBILITY).score().value()).isZero();
    assertThat(after.assessedQualities()).isEqualTo(4);
    assertThat(after.score().value()).isCloseTo(before.score().value() * 3 / 4, EXACT);
  }

  @Test
  void the_latest_assessment_on_or_before_the_date_counts_alone() {
    // given: HIGH in 2025, MEDIUM later, LOW after the date
    Network network = twoProfessionals()
        .addReferentAssessment(assessment(ReferentQuality.PROACTIVITY, QualityLevel.HIGH, LocalDate.of(2025, 1, 1)))
        .addReferentAssessment(assessment(ReferentQuality.PROACTIVITY, QualityLevel.MEDIUM, LocalDate.of(2026, 5, 1)))
        .addReferentAssessment(assessment(ReferentQuality.PROACTIVITY, QualityLevel.LOW, DATE.plusDays(1)))
        .build();

    // when
    QualityScore proactivity = rank(network).candidate(MemberId.of("veteran")).orElseThrow().quality(ReferentQuality.PROACTIVITY);

    // then
    assertThat(proactivity.evidence()).hasSize(1);
    assertThat(proactivity.score().value()).isCloseTo(0.5, EXACT);
    assertThat(proactivity.evidence().get(0).message().arguments()).containsEntry("level", QualityLevel.MEDIUM)
        .containsEntry("date", LocalDate.of(2026, 5, 1));
  }

  @Test
  void equal_scores_are_ranked_by_id_deterministically() {
    // given: two professionals alike in everything but their ids, listed in reverse order
    Network network = Network.builder().id(NetworkId.of("n-twins")).created(LocalDate.of(2026, 1, 1))
        .focalPerson(Person.builder().id(PERSON).build())
        .addMember(professional("pro-b", Horizon.CLOSE, Period.from(LocalDate.of(2026, 1, 1))))
        .addMember(professional("pro-a", Horizon.CLOSE, Period.from(LocalDate.of(2026, 1, 1))))
        .addTie(tie("t-1", "pro-b", PERSON)).addTie(tie("t-2", "pro-a", PERSON)).build();

    // when
    ReferentRanking ranking = rank(network);

    // then
    assertThat(ranking.candidates().get(0).score()).isEqualTo(ranking.candidates().get(1).score());
    assertThat(ranking.candidates()).extracting(ReferentCandidate::professional)
        .containsExactly(MemberId.of("pro-a"), MemberId.of("pro-b"));
    assertThat(ranking.candidates()).extracting(ReferentCandidate::rank).containsExactly(1, 2);
  }

  @Test
  void the_ranking_is_rendered_in_french_and_english_with_its_evidence() {
    // given
    ReferentRanking ranking = rank(twoProfessionals().build());

    // when
    String french = NetworkAnalysis.render(ranking, Locale.FRENCH);
    String english = NetworkAnalysis.render(ranking, Locale.ENGLISH);

    // then
    assertThat(french).startsWith("1. veteran (référent désigné) : 0,917, sur 3 des 5 qualités évaluées")
        .contains("flexibilité : non évalué").contains("Lié à la personne (lien t-1).")
        .contains("L'implication prend fin le 2026-07-15, dans 1 mois.");
    assertThat(english).startsWith("1. veteran (référent in force): 0.917, on 3 of 5 qualities assessed")
        .contains("flexibility: not assessed").contains("Tied to 3 of the 3 other current individuals.");
  }

  @Test
  void every_evidence_and_ranking_message_has_a_french_and_an_english_template() throws IOException {
    // given
    Properties en = bundle("en");
    Properties fr = bundle("fr");
    List<String> keys = List.of(ReferentRankingComputation.HORIZON, ReferentRankingComputation.TIED_TO_PERSON,
        ReferentRankingComputation.NOT_TIED_TO_PERSON, ReferentRankingComputation.TIED_TO,
        ReferentRankingComputation.INVOLVED_SINCE, ReferentRankingComputation.OPEN_INVOLVEMENT,
        ReferentRankingComputation.INVOLVEMENT_ENDS, ReferentRankingComputation.ASSESSED,
        "maillage.referent.candidate", "maillage.referent.candidate-designated", "maillage.referent.quality",
        "maillage.referent.not-assessed", NetworkAnalysis.UNDEFINED);

    // then
    assertThat(en.stringPropertyNames()).containsAll(keys);
    assertThat(fr.stringPropertyNames()).containsAll(keys).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void evidence_values_outside_zero_to_one_are_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evidence.of(org.maillage.Message.of("k"), 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
  }

  private static QualityAssessment assessment(ReferentQuality quality, QualityLevel level, LocalDate date) {
    return QualityAssessment.builder().referent(MemberId.of("veteran")).quality(quality).level(level)
        .assessedBy(MemberId.of("leaving")).date(date).build();
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ReferentRankingTest.class.getResourceAsStream(
        "/org/maillage/core/Messages_" + language + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
