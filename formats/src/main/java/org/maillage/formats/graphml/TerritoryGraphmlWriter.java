package org.maillage.formats.graphml;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.analysis.TerritoryGraph;

/**
 * Writes the inter-organisation graph of a territory as GraphML (<i>écriture GraphML du graphe de territoire</i>),
 * valid against the GraphML XSD, for Gephi, yEd, R's igraph or NetworkX; {@link TerritoryGraphmlReader} reads it
 * back into an equal graph.
 *
 * <pre>{@code
 * TerritoryGraph graph = TerritoryAnalysis.fold(networks, TerritorySettings.defaults());
 * try (OutputStream out = Files.newOutputStream(Path.of("territory.graphml"))) {
 *   TerritoryGraphmlWriter.standard().write(graph, out);
 * }
 * }</pre>
 *
 * <p>The conventions of {@link GraphmlWriter}: the GraphML namespace and schema location, every attribute a typed
 * {@code <key>} ({@code string} or {@code int}), elements indented, ids escaped as XML text, empty values left
 * out. The graph in this shape, {@code edgedefault="undirected"}:
 * <ul>
 *   <li>the {@code <graph>}'s data: {@value #LEVEL} ({@code ORGANISATION} or {@code INSTITUTION}), the totals
 *       {@value #NETWORK_COUNT}, {@value #PROFESSIONAL_COUNT}, {@value #MEETING_COUNT} and
 *       {@value #NETWORKS_BEYOND_BOUND}, the period covered {@value #PERIOD_START} and {@value #PERIOD_END}
 *       (ISO dates, left out when no network was folded), and {@value #INSTITUTIONS}: one line per institution,
 *       in the order of their ids, its id then its networks, professionals and facilitated meetings, separated by
 *       spaces (ids hold no space);</li>
 *   <li>each organisation (or institution, at that level) a {@code <node>} numbered from 1 in the graph's node
 *       order, with {@code label} (its id, which Gephi and yEd show), {@value #INSTITUTION},
 *       {@value #SECTOR} (the {@code Sector} constant, left out when unknown), {@value #NETWORKS},
 *       {@value #PROFESSIONALS} and {@value #MEETINGS_FACILITATED};</li>
 *   <li>each tie an {@code <edge>} numbered from 1 in the graph's tie order, from its first node to its second,
 *       with its three weights {@value #SHARED_NETWORKS}, {@value #PROFESSIONAL_TIES} and
 *       {@value #MEETINGS_TOGETHER}.</li>
 * </ul>
 *
 * <p>A territory graph holds organisation ids and counts, never a person: nothing to pseudonymise.
 *
 * <p>This class is immutable and thread-safe. Writing is linear in the organisations, institutions and ties.
 *
 * @since 0.2
 */
public final class TerritoryGraphmlWriter {
  /** Graph data: the level of the nodes. */
  public static final String LEVEL = "level";
  /** Graph data: the networks folded. */
  public static final String NETWORK_COUNT = "networkCount";
  /** Graph data: the professionals of the networks folded, once per network. */
  public static final String PROFESSIONAL_COUNT = "professionalCount";
  /** Graph data: the meetings of the networks folded. */
  public static final String MEETING_COUNT = "meetingCount";
  /** Graph data: the networks beyond the bound, which added no tie. */
  public static final String NETWORKS_BEYOND_BOUND = "networksBeyondBound";
  /** Graph data: the first day of the period covered. */
  public static final String PERIOD_START = "periodStart";
  /** Graph data: the last day of the period covered. */
  public static final String PERIOD_END = "periodEnd";
  /** Graph data: the institutions and their counts, one a line. */
  public static final String INSTITUTIONS = "institutions";
  /** Node data: the institution of the node. */
  public static final String INSTITUTION = "institution";
  /** Node data: the sector of the node. */
  public static final String SECTOR = "sector";
  /** Node data: the networks of the node. */
  public static final String NETWORKS = "networks";
  /** Node data: the professionals of the node, once per network. */
  public static final String PROFESSIONALS = "professionals";
  /** Node data: the meetings facilitated by a professional of the node. */
  public static final String MEETINGS_FACILITATED = "meetingsFacilitated";
  /** Edge data: the networks shared. */
  public static final String SHARED_NETWORKS = "sharedNetworks";
  /** Edge data: the ties recorded between professionals of both. */
  public static final String PROFESSIONAL_TIES = "professionalTies";
  /** Edge data: the meetings where professionals of both sat. */
  public static final String MEETINGS_TOGETHER = "meetingsTogether";

  /** The keys of the graph, with their element kind and type, in the order they are declared. */
  static final List<List<String>> KEYS = List.of(
      List.of(LEVEL, "graph", "string"), List.of(NETWORK_COUNT, "graph", "int"),
      List.of(PROFESSIONAL_COUNT, "graph", "int"), List.of(MEETING_COUNT, "graph", "int"),
      List.of(NETWORKS_BEYOND_BOUND, "graph", "int"), List.of(PERIOD_START, "graph", "string"),
      List.of(PERIOD_END, "graph", "string"), List.of(INSTITUTIONS, "graph", "string"),
      List.of(GraphmlWriter.LABEL, "node", "string"), List.of(INSTITUTION, "node", "string"),
      List.of(SECTOR, "node", "string"), List.of(NETWORKS, "node", "int"), List.of(PROFESSIONALS, "node", "int"),
      List.of(MEETINGS_FACILITATED, "node", "int"), List.of(SHARED_NETWORKS, "edge", "int"),
      List.of(PROFESSIONAL_TIES, "edge", "int"), List.of(MEETINGS_TOGETHER, "edge", "int"));

  private static final TerritoryGraphmlWriter STANDARD = new TerritoryGraphmlWriter();

  private TerritoryGraphmlWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer
   */
  public static TerritoryGraphmlWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a territory graph as a GraphML document in UTF-8.
   *
   * @param graph the graph
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(TerritoryGraph graph, OutputStream out) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(out, "out");
    try {
      write(graph, XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
    } catch (XMLStreamException e) {
      throw GraphmlWriter.failure(e);
    }
  }

  /**
   * Writes a territory graph as a GraphML document to a character stream.
   *
   * @param graph the graph
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(TerritoryGraph graph, Writer out) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(out, "out");
    try {
      write(graph, XMLOutputFactory.newFactory().createXMLStreamWriter(out));
    } catch (XMLStreamException e) {
      throw GraphmlWriter.failure(e);
    }
  }

  /**
   * Returns a territory graph as a GraphML document.
   *
   * @param graph the graph
   * @return the document
   */
  public String toString(TerritoryGraph graph) {
    StringWriter out = new StringWriter();
    write(graph, out);
    return out.toString();
  }

  private static void write(TerritoryGraph graph, XMLStreamWriter xml) throws XMLStreamException {
    GraphmlWriter.Indented w = GraphmlWriter.start(xml, "UTF-8");
    for (List<String> key : KEYS) {
      GraphmlWriter.key(w, key.get(0), key.get(1), key.get(2));
    }
    w.line(1);
    xml.writeStartElement("graph");
    xml.writeAttribute("edgedefault", "undirected");
    GraphmlWriter.data(w, 2, LEVEL, graph.level().name());
    GraphmlWriter.data(w, 2, NETWORK_COUNT, Integer.toString(graph.networkCount()));
    GraphmlWriter.data(w, 2, PROFESSIONAL_COUNT, Integer.toString(graph.professionalCount()));
    GraphmlWriter.data(w, 2, MEETING_COUNT, Integer.toString(graph.meetingCount()));
    GraphmlWriter.data(w, 2, NETWORKS_BEYOND_BOUND, Integer.toString(graph.networksBeyondBound()));
    if (graph.period().isPresent()) {
      Period period = graph.period().get();
      GraphmlWriter.data(w, 2, PERIOD_START, period.start().toString());
      GraphmlWriter.data(w, 2, PERIOD_END, period.end().orElse(period.start()).toString());
    }
    List<OrganisationId> institutions = graph.institutions();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < institutions.size(); i++) {
      lines.append(i == 0 ? "" : "\n").append(institutions.get(i).value()).append(' ')
          .append(graph.institutionNetworks(i)).append(' ').append(graph.institutionProfessionals(i)).append(' ')
          .append(graph.institutionFacilitated(i));
    }
    GraphmlWriter.data(w, 2, INSTITUTIONS, lines.toString());
    for (int i = 0; i < graph.organisationCount(); i++) {
      w.line(2);
      xml.writeStartElement("node");
      xml.writeAttribute("id", Integer.toString(i + 1));
      GraphmlWriter.data(w, 3, GraphmlWriter.LABEL, graph.organisation(i).value());
      GraphmlWriter.data(w, 3, INSTITUTION, graph.institutionOf(i).value());
      if (graph.sector(i).isPresent()) {
        GraphmlWriter.data(w, 3, SECTOR, graph.sector(i).get().name());
      }
      GraphmlWriter.data(w, 3, NETWORKS, Integer.toString(graph.networks(i)));
      GraphmlWriter.data(w, 3, PROFESSIONALS, Integer.toString(graph.professionals(i)));
      GraphmlWriter.data(w, 3, MEETINGS_FACILITATED, Integer.toString(graph.meetingsFacilitated(i)));
      w.line(2);
      xml.writeEndElement();
    }
    for (int i = 0; i < graph.organisationCount(); i++) {
      for (int t = graph.tieStart(i); t < graph.tieStart(i + 1); t++) {
        w.line(2);
        xml.writeStartElement("edge");
        xml.writeAttribute("id", Integer.toString(t + 1));
        xml.writeAttribute("source", Integer.toString(i + 1));
        xml.writeAttribute("target", Integer.toString(graph.second(t) + 1));
        GraphmlWriter.data(w, 3, SHARED_NETWORKS, Integer.toString(graph.sharedNetworks(t)));
        GraphmlWriter.data(w, 3, PROFESSIONAL_TIES, Integer.toString(graph.professionalTies(t)));
        GraphmlWriter.data(w, 3, MEETINGS_TOGETHER, Integer.toString(graph.meetingsTogether(t)));
        w.line(2);
        xml.writeEndElement();
      }
    }
    GraphmlWriter.end(w);
  }
}
