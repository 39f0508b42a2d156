package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Evidence;
import org.maillage.analysis.QualityScore;
import org.maillage.analysis.ReferentCandidate;
import org.maillage.analysis.ReferentRanking;
import org.maillage.core.NetworkAnalysis;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.referent.ReferentQuality;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** What holds for the référent ranking of every network: candidates, order, ranges, "not assessed", privacy. */
class ReferentRankingProperties {
  private static final AnalysisSettings SETTINGS = AnalysisSettings.asOf(NetworkGenerators.REFERENCE_DATE);

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<Network> withNamesAndNotes() {
    return NetworkGenerators.withNamesAndNotes();
  }

  @Property(tries = 200)
  void every_current_professional_is_ranked_once_in_score_order(@ForAll("networks") Network network) {
    // when
    ReferentRanking ranking = NetworkAnalysis.rankReferents(network, SETTINGS);

    // then
    assertThat(ranking.candidates()).extracting(ReferentCandidate::professional).containsExactlyInAnyOrderElementsOf(
        network.professionalsOn(SETTINGS.date()).stream().map(Professional::id).toList());
    assertThat(ranking.candidates()).extracting(ReferentCandidate::rank)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, ranking.candidates().size()).boxed().toList());
    for (int i = 1; i < ranking.candidates().size(); i++) {
      ReferentCandidate before = ranking.candidates().get(i - 1);
      ReferentCandidate after = ranking.candidates().get(i);
      assertThat(before.score().orElse(-1)).isGreaterThanOrEqualTo(after.score().orElse(-1));
      if (before.score().equals(after.score())) {
        assertThat(before.assessedQualities()).isGreaterThanOrEqualTo(after.assessedQualities());
      }
    }
    for (ReferentCandidate candidate : ranking.candidates()) {
      assertThat(candidate.qualities()).extracting(QualityScore::quality).containsExactly(ReferentQuality.values());
      assertThat(candidate.designated()).isEqualTo(network.designationsOf(candidate.professional()).stream()
          .anyMatch(d -> d.isInForceOn(SETTINGS.date())));
      for (QualityScore quality : candidate.qualities()) {
        assertThat(quality.score().isDefined()).isEqualTo(quality.isAssessed());
        assertThat(quality.score().orElse(0)).isBetween(0.0, 1.0);
        assertThat(quality.evidence()).extracting(Evidence::value).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
      }
      // proximity (the horizon) is always read; flexibility only from a recorded assessment
      assertThat(candidate.quality(ReferentQuality.PROXIMITY).isAssessed()).isTrue();
      Statistics.label("flexibility").collect(
          candidate.quality(ReferentQuality.FLEXIBILITY).isAssessed() ? "assessed" : "not assessed");
    }
    assertThat(NetworkAnalysis.rankReferents(Network.builder().from(network).build(), SETTINGS)).isEqualTo(ranking);
    Statistics.label("candidates").collect(ranking.candidates().size() >= 2 ? "two or more" : "fewer");
    Statistics.label("candidates").coverage("two or more", 30);
  }

  @Property(tries = 40)
  void the_ranking_prints_no_personal_or_free_text(@ForAll("withNamesAndNotes") Network network) {
    // given
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);

    // when
    ReferentRanking ranking = NetworkAnalysis.rankReferents(marked.network(), SETTINGS);

    // then
    marked.assertNoMarkerIn("ReferentRanking.toString", ranking.toString());
    marked.assertNoMarkerIn("render (fr)", NetworkAnalysis.render(ranking, Locale.FRENCH));
    marked.assertNoMarkerIn("render (en)", NetworkAnalysis.render(ranking, Locale.ENGLISH));
  }
}
