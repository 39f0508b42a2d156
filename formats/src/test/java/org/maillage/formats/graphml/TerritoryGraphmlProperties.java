package org.maillage.formats.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.member.Sector;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * The GraphML of generated territory graphs: valid against the XSD, and read back into an equal graph (nodes with
 * their institution, sector and counts, ties with their three weights, the institutions' counts, the totals and the
 * period).
 */
class TerritoryGraphmlProperties {
  /** Characters an id may hold that XML must escape, and a few beyond ASCII. */
  private static final String[] PARTS = {"o", "i", "&", "<", ">", "\"", "'", "é", "ß", "-", "59", "\uD83D\uDE00"};
  private static final Sector[] SECTORS = Sector.values();

  /** Graphs of 0 to 40 organisations, at either level, with up to 120 ties, some of them repeated. */
  Gen<TerritoryGraph> graphs() {
    return random -> {
      TerritoryLevel level = random.nextBoolean() ? TerritoryLevel.ORGANISATION : TerritoryLevel.INSTITUTION;
      TerritoryGraph.Builder builder = TerritoryGraph.builder(level);
      TreeSet<String> institutionIds = new TreeSet<>();
      int institutions = random.nextInt(6);
      for (int i = 0; i < institutions; i++) {
        institutionIds.add(id(random, "inst"));
      }
      for (String id : institutionIds) {
        builder.institution(OrganisationId.of(id), random.nextInt(50), random.nextInt(200), random.nextInt(30));
      }
      TreeSet<String> ids = new TreeSet<>();
      int n = random.nextInt(41);
      while (ids.size() < n) {
        ids.add(id(random, "org"));
      }
      List<String> shuffled = new ArrayList<>(ids);
      java.util.Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      List<String> pool = new ArrayList<>(institutionIds);
      for (String id : shuffled) {
        String institution = pool.isEmpty() || random.nextInt(3) == 0 ? id : pool.get(random.nextInt(pool.size()));
        Optional<Sector> sector = random.nextInt(4) == 0 ? Optional.empty()
            : Optional.of(SECTORS[random.nextInt(SECTORS.length)]);
        builder.organisation(OrganisationId.of(id), OrganisationId.of(institution), sector, random.nextInt(100),
            random.nextInt(300), random.nextInt(20));
      }
      if (n > 1) {
        int ties = random.nextInt(3 * n + 1);
        for (int t = 0; t < ties; t++) {
          int a = random.nextInt(n);
          int b = (a + 1 + random.nextInt(n - 1)) % n;
          builder.tie(a, b, random.nextInt(10), random.nextInt(5), random.nextInt(8));
        }
      }
      builder.totals(random.nextInt(1000), random.nextInt(5000), random.nextInt(2000), random.nextInt(5));
      if (random.nextInt(5) > 0) {
        LocalDate first = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        builder.period(first, first.plusDays(random.nextInt(800)));
      }
      return builder.build();
    };
  }

  private static String id(SplittableRandom random, String prefix) {
    StringBuilder id = new StringBuilder(prefix);
    for (int i = random.nextInt(4); i > 0; i--) {
      id.append(PARTS[random.nextInt(PARTS.length)]);
    }
    return id.append(random.nextInt(1000)).toString();
  }

  @Property(tries = 200)
  void read_back_equals_the_graph_written(@ForAll("graphs") TerritoryGraph graph) {
    // given a territory graph written as GraphML
    String document = TerritoryGraphmlWriter.standard().toString(graph);

    // when it is read back
    TerritoryGraph read = TerritoryGraphmlReader.standard().read(document);

    // then it is the same graph: nodes, institutions, sectors, counts, ties, weights, totals and period
    assertThat(read).isEqualTo(graph);
    for (int t = 0; t < graph.tieCount(); t++) {
      assertThat(read.professionalTies(t)).isEqualTo(graph.professionalTies(t));
      assertThat(read.meetingsTogether(t)).isEqualTo(graph.meetingsTogether(t));
    }
    Statistics.label("ties").collect(graph.tieCount() == 0 ? "none" : graph.tieCount() > 40 ? "> 40" : "1 to 40");
    Statistics.label("ties").coverage("> 40", 10);
    Statistics.label("period").collect(graph.period().isPresent() ? "yes" : "no");
    Statistics.label("period").coverage("no", 5);
    Statistics.label("escaped id").collect(graph.organisations().stream().anyMatch(
        o -> o.value().matches(".*[&<>\"'].*")) ? "yes" : "no");
    Statistics.label("escaped id").coverage("yes", 30);
  }

  @Property(tries = 50)
  void every_document_is_valid_against_the_graphml_xsd(@ForAll("graphs") TerritoryGraph graph) {
    // given a territory graph written as GraphML bytes
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerritoryGraphmlWriter.standard().write(graph, bytes);
    String document = bytes.toString(StandardCharsets.UTF_8);

    // when it is validated against the XSD, then it passes, and the bytes read as the text does
    assertThatCode(() -> GraphmlSchema.validate(document)).doesNotThrowAnyException();
    assertThat(TerritoryGraphmlReader.standard().read(new java.io.ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(graph);
  }

  @Test
  void a_count_that_is_no_number_and_an_edge_to_no_node_are_both_reported() {
    // given a document whose node has a negative count and whose edge ends nowhere
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    builder.organisation(OrganisationId.of("o-1"), OrganisationId.of("o-1"), Optional.empty(), 1, 1, 0);
    builder.organisation(OrganisationId.of("o-2"), OrganisationId.of("o-2"), Optional.empty(), 1, 1, 0);
    builder.tie(0, 1, 1, 0, 0);
    String document = TerritoryGraphmlWriter.standard().toString(builder.build())
        .replace("<data key=\"networks\">1</data>", "<data key=\"networks\">-1</data>")
        .replace("target=\"2\"", "target=\"9\"");

    // when it is read
    FormatException e = catchThrowableOfType(() -> TerritoryGraphmlReader.standard().read(document),
        FormatException.class);

    // then both problems are reported, with their line, in every language
    assertThat(e.problems()).extracting(FormatProblem::messageKey)
        .contains("read.value.number", "read.edge.end");
    assertThat(e.problems()).allMatch(p -> p.line() > 0);
    assertThat(e.problems().get(0).message(Locale.FRENCH)).contains("networks");
  }

  @Test
  void a_malformed_institution_line_is_reported() {
    // given a document whose institutions hold a line without its counts
    TerritoryGraph graph = TerritoryGraph.builder(TerritoryLevel.ORGANISATION)
        .institution(OrganisationId.of("dept-59"), 3, 4, 5).build();
    String document = TerritoryGraphmlWriter.standard().toString(graph).replace("dept-59 3 4 5", "dept-59 3 x");

    // when it is read
    FormatException e = catchThrowableOfType(() -> TerritoryGraphmlReader.standard().read(document),
        FormatException.class);

    // then the reader says which line is wrong
    assertThat(e.problems()).extracting(FormatProblem::messageKey).containsExactly("read.territory.institution");
  }

  @Test
  void an_organisation_twice_and_weights_beyond_an_int_are_refused_with_a_format_exception() {
    // given a graph of one tie, written, then its node repeated; and its edge repeated with huge weights
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION);
    builder.organisation(OrganisationId.of("o-1"), OrganisationId.of("o-1"), Optional.empty(), 1, 1, 0);
    builder.organisation(OrganisationId.of("o-2"), OrganisationId.of("o-2"), Optional.empty(), 1, 1, 0);
    builder.tie(0, 1, 2_000_000_000, 0, 0);
    String document = TerritoryGraphmlWriter.standard().toString(builder.build());
    int edge = document.indexOf("<edge ");
    String edgeElement = document.substring(edge, document.indexOf("</edge>", edge) + 7);
    String twice = document.replace(edgeElement, edgeElement + edgeElement.replace("id=\"1\"", "id=\"2\""));
    int node = document.indexOf("<node id=\"2\"");
    String nodeElement = document.substring(node, document.indexOf("</node>", node) + 7);
    String duplicate = document.replace(nodeElement, nodeElement + nodeElement.replace("id=\"2\"", "id=\"3\""));

    // when they are read
    FormatException overflow = catchThrowableOfType(() -> TerritoryGraphmlReader.standard().read(twice),
        FormatException.class);
    FormatException repeated = catchThrowableOfType(() -> TerritoryGraphmlReader.standard().read(duplicate),
        FormatException.class);

    // then each says what is wrong
    assertThat(overflow.problems()).extracting(FormatProblem::messageKey).containsExactly("read.value.number");
    assertThat(repeated.problems()).extracting(FormatProblem::messageKey)
        .containsExactly("read.territory.duplicate");
  }
}
