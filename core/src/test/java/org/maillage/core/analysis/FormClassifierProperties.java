package org.maillage.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.analysis.Feature;
import org.maillage.analysis.FormScore;
import org.maillage.core.NetworkAnalysis;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** A network built to the definition of a form ranks that form first, its defining features met. */
class FormClassifierProperties {
  private static final AnalysisSettings SETTINGS = AnalysisSettings.asOf(NetworkGenerators.REFERENCE_DATE);

  /** A form and a network generated to its definition (DOMAIN.md §2). */
  record Conforming(NetworkForm form, Network network) {}

  Gen<Conforming> conforming() {
    return Gen.of(NetworkForm.class).flatMap(form ->
        NetworkGenerators.conformingTo(form, NetworkGenerators.REFERENCE_DATE).map(n -> new Conforming(form, n)));
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<Network> withNamesAndNotes() {
    return NetworkGenerators.withNamesAndNotes();
  }

  @Property(tries = 300)
  void a_network_built_to_a_form_ranks_it_first_and_high(@ForAll("conforming") Conforming c) {
    // when
    Classification classification = NetworkAnalysis.classify(c.network(), SETTINGS);

    // then: first, or tied with the first (forms coexist), and high
    FormScore own = classification.score(c.form());
    assertThat(own.score()).as("%s: %s", c.form(), classification.forms())
        .isEqualTo(classification.closestForm().score());
    assertThat(classification.highForms()).contains(c.form());
    Statistics.label("form").collect(c.form());
    Statistics.label("coexisting").collect(classification.coexisting() ? "yes" : "no");
  }

  @Property(tries = 200)
  void scores_are_weighted_means_in_zero_to_one(@ForAll("networks") Network network) {
    // when
    Classification c = NetworkAnalysis.classify(network, SETTINGS);

    // then
    assertThat(c.forms()).extracting(FormScore::form).containsExactlyInAnyOrder(NetworkForm.values());
    for (int i = 1; i < c.forms().size(); i++) {
      assertThat(c.forms().get(i - 1).score()).isGreaterThanOrEqualTo(c.forms().get(i).score());
    }
    for (FormScore form : c.forms()) {
      double weighted = form.features().stream().mapToDouble(f -> f.weight() * f.value()).sum();
      double weights = form.features().stream().mapToDouble(Feature::weight).sum();
      assertThat(form.score()).isCloseTo(weighted / weights, org.assertj.core.api.Assertions.within(1e-12))
          .isBetween(0.0, 1.0);
    }
    assertThat(c.highForms().isEmpty()).isEqualTo(c.closestForm().score() < SETTINGS.formThreshold());
    assertThat(NetworkAnalysis.classify(Network.builder().from(network).build(), SETTINGS)).isEqualTo(c);
    Statistics.label("outcome").collect(c.highForms().isEmpty() ? "none of the five" : "some form high");
    Statistics.label("outcome").coverage("some form high", 20);
  }

  @Property(tries = 40)
  void the_classification_prints_no_personal_or_free_text(@ForAll("withNamesAndNotes") Network network) {
    // given
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);

    // when
    Classification c = NetworkAnalysis.classify(marked.network(), SETTINGS);

    // then
    marked.assertNoMarkerIn("Classification.toString", c.toString());
    marked.assertNoMarkerIn("render (fr)", NetworkAnalysis.render(c, Locale.FRENCH));
    marked.assertNoMarkerIn("render (en)", NetworkAnalysis.render(c, Locale.ENGLISH));
  }
}
