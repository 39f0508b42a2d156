package org.maillage.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.maillage.formats.dot.DotWriter;
import org.maillage.formats.egor.EgorTables;
import org.maillage.formats.egor.EgorWriter;
import org.maillage.formats.graphml.GraphmlWriter;
import org.maillage.formats.pseudonym.DateTreatment;
import org.maillage.formats.pseudonym.Pseudonymiser;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.ModelTypes;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * A distinct marker in every personal and free-text field ({@link Markers}, by the model's
 * {@link org.maillage.Disclosure}) reaches no output of any writer of this module once the network is
 * pseudonymised: GraphML, egor's three tables and DOT, and the pseudonymised network's own {@code toString()}.
 */
class PrivacyProperties {
  private static final byte[] KEY = "the privacy property's key, thirty-two bytes or more".getBytes(
      StandardCharsets.UTF_8);

  Gen<Network> networks() {
    return NetworkGenerators.withNamesAndNotes();
  }

  @Property(tries = 80)
  void no_writer_output_holds_a_personal_or_free_text_marker(@ForAll("networks") Network network) {
    // given a network with a marker in every personal and free-text field, pseudonymised
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);
    Network pseudonymised = Pseudonymiser.builder().key(KEY).dates(DateTreatment.SHIFT).build()
        .apply(marked.network());

    // when every writer writes it
    String graphml = GraphmlWriter.standard().toString(pseudonymised);
    EgorTables tables = EgorWriter.standard().toTables(List.of(pseudonymised));
    String dot = DotWriter.standard().toString(pseudonymised);

    // then no output holds a marker
    marked.assertNoMarkerIn("GraphML", graphml);
    marked.assertNoMarkerIn("egor egos", tables.egos());
    marked.assertNoMarkerIn("egor alters", tables.alters());
    marked.assertNoMarkerIn("egor aaties", tables.aaties());
    marked.assertNoMarkerIn("DOT", dot);
    marked.assertNoMarkerIn("toString", pseudonymised.toString());
    Statistics.label("withheld attributes marked").collect(
        marked.filled().size() * 3 >= ModelTypes.withheld().size() ? "a third or more" : "fewer");
    Statistics.label("withheld attributes marked").coverage("a third or more", 30);
  }

  @Property(tries = 30)
  void without_pseudonymisation_the_markers_do_reach_graphml_and_the_tables(@ForAll("networks") Network network) {
    // given a marked network, not pseudonymised
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);

    // when it is written, then its names are there: the property above would see a leak
    String graphml = GraphmlWriter.standard().toString(marked.network());
    org.assertj.core.api.Assertions.assertThat(marked.markers().keySet()).anyMatch(graphml::contains);
  }

  @Property(tries = 40)
  void a_reader_error_quotes_no_personal_text(@ForAll("networks") Network network) {
    // given a marked network written as GraphML and as tables, with every horizon made invalid
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);
    String graphml = GraphmlWriter.standard().toString(marked.network())
        .replaceAll("<data key=\"horizon\">[A-Z]+</data>", "<data key=\"horizon\">NEAR</data>")
        .replaceAll("<data key=\"created\">[0-9-]+</data>", "<data key=\"created\">soon</data>");
    EgorTables tables = EgorWriter.standard().toTables(List.of(marked.network()));
    EgorTables broken = new EgorTables(tables.egos().replaceAll(",\\d{4}-\\d\\d-\\d\\d,", ",soon,"),
        tables.alters().replace(",CLOSE,", ",NEAR,").replace(",MIDDLE,", ",NEAR,").replace(",DISTANT,", ",NEAR,"),
        tables.aaties());

    // when they are read, then the reader's error holds no marker, in any language
    org.maillage.formats.FormatException fromGraphml = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> org.maillage.formats.graphml.GraphmlReader.standard().read(graphml),
        org.maillage.formats.FormatException.class);
    org.maillage.formats.FormatException fromTables = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> org.maillage.formats.egor.EgorReader.standard().read(broken),
        org.maillage.formats.FormatException.class);
    for (org.maillage.formats.FormatException e : List.of(fromGraphml, fromTables)) {
      marked.assertNoMarkerIn("reader error", e.getMessage());
      for (java.util.Locale locale : List.of(java.util.Locale.FRENCH, new java.util.Locale("nl"))) {
        e.problems().forEach(p -> marked.assertNoMarkerIn("reader error " + locale, p.message(locale)));
      }
    }
  }
}
