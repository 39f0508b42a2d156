package org.maillage.formats.graphml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.InvalidModelException;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.formats.FormatException;
import org.maillage.formats.internal.Problems;
import org.maillage.member.Sector;

/**
 * Reads a territory graph from GraphML as {@link TerritoryGraphmlWriter} writes it (<i>lecture GraphML du graphe
 * de territoire</i>): the graph read equals the graph written.
 *
 * <pre>{@code
 * TerritoryGraph graph = TerritoryGraphmlReader.standard().read(in);
 * }</pre>
 *
 * <p>Nodes are matched to edges by their GraphML ids; each node's {@code label} is its organisation id. Ties of one
 * pair given more than once are summed, as {@link TerritoryGraph.Builder} sums them. Untrusted input is read as
 * {@link GraphmlReader} reads it (no DTD, no external entity, the same limits: {@link GraphmlReader.Builder}); a
 * document is read whole or not at all: any problem throws one {@link FormatException} carrying every problem
 * found, each with its line; no other exception escapes for any input.
 *
 * <p>This class is immutable and thread-safe. Reading is linear in the document's size, plus the sorts of
 * {@link TerritoryGraph.Builder#build()}.
 *
 * @since 0.2
 */
public final class TerritoryGraphmlReader {
  private static final TerritoryGraphmlReader STANDARD = new TerritoryGraphmlReader(GraphmlReader.standard());
  private static final Sector[] SECTORS = Sector.values();

  private final GraphmlReader xml;

  private TerritoryGraphmlReader(GraphmlReader xml) {
    this.xml = xml;
  }

  /**
   * Returns a reader with {@link GraphmlReader}'s default limits.
   *
   * @return the reader
   */
  public static TerritoryGraphmlReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader with the limits of a GraphML reader (its mapping is not used), for documents larger than the
   * default limits allow: a graph of m ties is about 4m elements.
   *
   * <pre>{@code
   * TerritoryGraphmlReader.withLimits(GraphmlReader.builder().maxElements(10_000_000).build())
   * }</pre>
   *
   * @param limits a GraphML reader whose limits to apply
   * @return the reader
   */
  public static TerritoryGraphmlReader withLimits(GraphmlReader limits) {
    return new TerritoryGraphmlReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a document.
   *
   * @param document the document, as text
   * @return the graph
   * @throws FormatException if the document cannot be read into a territory graph, with every problem
   */
  public TerritoryGraph read(String document) {
    return read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a document from bytes, in the encoding its XML declaration names (UTF-8 by default).
   *
   * @param in the document; not closed
   * @return the graph
   * @throws FormatException if the document cannot be read into a territory graph, with every problem
   */
  public TerritoryGraph read(InputStream in) {
    Objects.requireNonNull(in, "in");
    Problems problems = new Problems();
    GraphmlReader.Document document = xml.document(in, problems);
    try {
      TerritoryGraph graph = build(document, problems);
      problems.throwIfAny(GraphmlReader.PART);
      return Objects.requireNonNull(graph);
    } catch (IllegalArgumentException e) {
      // a node or an institution twice: reported, never a stack trace
      problems.add(Problems.problem(GraphmlReader.PART, 0, 0, "read.territory.duplicate"));
      problems.throwIfAny(GraphmlReader.PART);
      throw new IllegalStateException("unreachable", e);
    } catch (ArithmeticException e) {
      // the edges of one pair whose weights sum beyond an int
      problems.add(Problems.problem(GraphmlReader.PART, 0, 0, "read.value.number", "field",
          TerritoryGraphmlWriter.SHARED_NETWORKS));
      problems.throwIfAny(GraphmlReader.PART);
      throw new IllegalStateException("unreachable", e);
    }
  }

  private static @Nullable TerritoryGraph build(GraphmlReader.Document d, Problems problems) {
    Map<String, String> data = d.graph.data;
    TerritoryLevel level = TerritoryLevel.ORGANISATION;
    String levelName = data.getOrDefault(TerritoryGraphmlWriter.LEVEL, "");
    try {
      level = TerritoryLevel.valueOf(levelName);
    } catch (IllegalArgumentException e) {
      problems.add(Problems.problem(GraphmlReader.PART, 0, 0, "read.value.unknown", "field",
          TerritoryGraphmlWriter.LEVEL, "expected", "ORGANISATION, INSTITUTION"));
    }
    TerritoryGraph.Builder builder = TerritoryGraph.builder(level).expect(d.nodes.size(), d.edges.size());
    builder.totals(count(data, TerritoryGraphmlWriter.NETWORK_COUNT, 0, problems),
        count(data, TerritoryGraphmlWriter.PROFESSIONAL_COUNT, 0, problems),
        count(data, TerritoryGraphmlWriter.MEETING_COUNT, 0, problems),
        count(data, TerritoryGraphmlWriter.NETWORKS_BEYOND_BOUND, 0, problems));
    LocalDate start = date(data, TerritoryGraphmlWriter.PERIOD_START, problems);
    LocalDate end = date(data, TerritoryGraphmlWriter.PERIOD_END, problems);
    if (start != null && end != null && !end.isBefore(start)) {
      builder.period(start, end);
    } else if (start != null || end != null) {
      problems.add(Problems.problem(GraphmlReader.PART, 0, 0, "read.value.date", "field",
          start == null ? TerritoryGraphmlWriter.PERIOD_START : TerritoryGraphmlWriter.PERIOD_END));
    }
    String institutions = data.getOrDefault(TerritoryGraphmlWriter.INSTITUTIONS, "");
    if (!institutions.isBlank()) {
      for (String line : institutions.strip().split("\n")) {
        String[] parts = line.strip().split(" ");
        OrganisationId id = parts.length == 4 ? id(parts[0], TerritoryGraphmlWriter.INSTITUTIONS, 0, problems) : null;
        int[] counts = new int[3];
        for (int i = 0; i < 3 && id != null; i++) {
          counts[i] = number(parts[i + 1]);
          if (counts[i] < 0) {
            id = null;
          }
        }
        if (id == null) {
          problems.add(Problems.problem(GraphmlReader.PART, 0, 0, "read.territory.institution"));
        } else {
          builder.institution(id, counts[0], counts[1], counts[2]);
        }
      }
    }
    Map<String, Integer> nodes = new HashMap<>();
    for (GraphmlReader.Element node : d.nodes) {
      Map<String, String> values = node.data;
      OrganisationId id = id(values.getOrDefault(GraphmlWriter.LABEL, ""), GraphmlWriter.LABEL, node.line, problems);
      OrganisationId institution = id(values.getOrDefault(TerritoryGraphmlWriter.INSTITUTION, ""),
          TerritoryGraphmlWriter.INSTITUTION, node.line, problems);
      Optional<Sector> sector = Optional.empty();
      String sectorName = values.getOrDefault(TerritoryGraphmlWriter.SECTOR, "");
      if (!sectorName.isEmpty()) {
        sector = sector(sectorName);
        if (sector.isEmpty()) {
          problems.add(Problems.problem(GraphmlReader.PART, node.line, 0, "read.value.unknown", "field",
              TerritoryGraphmlWriter.SECTOR, "expected", "a Sector constant (HEALTH, SOCIAL...)"));
        }
      }
      int networks = count(values, TerritoryGraphmlWriter.NETWORKS, node.line, problems);
      int professionals = count(values, TerritoryGraphmlWriter.PROFESSIONALS, node.line, problems);
      int facilitated = count(values, TerritoryGraphmlWriter.MEETINGS_FACILITATED, node.line, problems);
      if (node.id != null && nodes.containsKey(node.id)) {
        problems.add(Problems.problem(GraphmlReader.PART, node.line, 0, "read.node.duplicate", "id", node.id));
      } else if (id != null && institution != null && node.id != null) {
        nodes.put(node.id, builder.organisation(id, institution, sector, networks, professionals, facilitated));
      }
    }
    for (GraphmlReader.Element edge : d.edges) {
      Map<String, String> values = edge.data;
      int shared = count(values, TerritoryGraphmlWriter.SHARED_NETWORKS, edge.line, problems);
      int recorded = count(values, TerritoryGraphmlWriter.PROFESSIONAL_TIES, edge.line, problems);
      int together = count(values, TerritoryGraphmlWriter.MEETINGS_TOGETHER, edge.line, problems);
      Integer source = nodes.get(edge.attributes.get("source"));
      Integer target = nodes.get(edge.attributes.get("target"));
      if (source == null || target == null || source.equals(target)) {
        problems.add(Problems.problem(GraphmlReader.PART, edge.line, 0, "read.edge.end", "edge",
            edge.id == null ? "" : edge.id, "node", edge.attributes.getOrDefault(source == null ? "source" : "target",
                "")));
      } else if (!problems.any()) {
        builder.tie(source, target, shared, recorded, together);
      }
    }
    return problems.any() ? null : builder.build();
  }

  private static Optional<Sector> sector(String name) {
    for (Sector sector : SECTORS) {
      if (sector.name().equals(name)) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }

  private static @Nullable OrganisationId id(String value, String field, long line, Problems problems) {
    if (value.isEmpty()) {
      problems.add(Problems.problem(GraphmlReader.PART, line, 0, "read.value.required", "field", field));
      return null;
    }
    try {
      return OrganisationId.of(value);
    } catch (InvalidModelException e) {
      problems.add(Problems.problem(GraphmlReader.PART, line, 0, "read.value.id", "field", field));
      return null;
    }
  }

  /** A count: a whole number from 0, required. */
  private static int count(Map<String, String> values, String field, long line, Problems problems) {
    String value = values.get(field);
    if (value == null || value.isEmpty()) {
      problems.add(Problems.problem(GraphmlReader.PART, line, 0, "read.value.required", "field", field));
      return 0;
    }
    int number = number(value.strip());
    if (number < 0) {
      problems.add(Problems.problem(GraphmlReader.PART, line, 0, "read.value.number", "field", field));
      return 0;
    }
    return number;
  }

  /** Returns a whole number from 0 written in decimal digits, or -1. */
  private static int number(String text) {
    if (text.isEmpty() || text.length() > 10) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  private static @Nullable LocalDate date(Map<String, String> values, String field, Problems problems) {
    String value = values.get(field);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(Problems.problem(GraphmlReader.PART, 0, 0, "read.value.date", "field", field));
      return null;
    }
  }

  /** Returns the limits, as the GraphML reader's. */
  @Override
  public String toString() {
    return "TerritoryGraphmlReader[" + xml + "]";
  }
}
