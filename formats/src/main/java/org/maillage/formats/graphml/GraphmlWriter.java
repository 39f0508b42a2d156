package org.maillage.formats.graphml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.formats.internal.Carried;
import org.maillage.formats.internal.Column;
import org.maillage.member.Member;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;

/**
 * Writes a network as GraphML (<i>écriture GraphML</i>) in Network Canvas's conventions, valid against the
 * GraphML XSD.
 *
 * <p>As Network Canvas's exporter does: the GraphML namespace with the {@code nc} namespace
 * ({@value #NC_NAMESPACE}) declared; a {@code label}, a {@code networkCanvasType} and a
 * {@code networkCanvasUUID} key for all elements, {@code networkCanvasSourceUUID} and
 * {@code networkCanvasTargetUUID} for edges; the focal person (the ego) not as a node but as {@code <data>} of
 * the {@code <graph>}, with its {@code networkCanvasUUID}; nodes and edges numbered from 1, each with its
 * {@code networkCanvasUUID} (the member's or the tie's id) and {@code networkCanvasType}; every attribute a
 * typed {@code <key>} ({@code string} or {@code boolean}). Network Canvas's {@code nc:caseId} and
 * {@code nc:sessionUUID} attributes on {@code <graph>} are not written: the GraphML XSD refuses foreign
 * attributes, and the network's id is a graph attribute ({@code networkId}).
 *
 * <p>The model in this shape:
 * <ul>
 *   <li>members are nodes of type {@code primaryMember}, {@code professional} or {@code participant}, with
 *       every attribute the research formats carry (see the README's <i>Formats</i> section);</li>
 *   <li>the ties joining the focal person to a member are carried by that member's node, as Network Canvas
 *       carries ego-alter data: for the first, {@code egoTie1_id}, {@code egoTie1_nature},
 *       {@code egoTie1_quality}, {@code egoTie1_egoFirst}, and {@code egoTie1_support_EMOTIONAL} and the other
 *       kinds of support as {@code FROM_EGO}, {@code TO_EGO} or {@code MUTUAL}; {@code egoTie2_…} for a
 *       second, as many as the member with the most such ties needs;</li>
 *   <li>each tie between members is an edge of type {@code tie}, with its id, nature, quality and supports;
 *       and, for each kind of support it carries (multiplexity), a parallel edge of type
 *       {@code support_EMOTIONAL} (and so on), directed from the giver to the receiver
 *       ({@code directed="true"}), undirected when mutual, with its {@code direction} and {@code tieId}.</li>
 * </ul>
 *
 * <p>It writes what the network holds: names and notes included. Pseudonymise the network first
 * ({@link org.maillage.formats.pseudonym.Pseudonymiser}) for any output that leaves the case system.
 *
 * <p>This class is immutable and thread-safe. Writing is linear in the network's members and ties.
 *
 * @since 0.1
 */
public final class GraphmlWriter {
  /** The GraphML namespace. */
  public static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  /** Network Canvas's namespace, declared with the prefix {@code nc}. */
  public static final String NC_NAMESPACE = "http://schema.networkcanvas.com/xmlns";
  static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
  static final String SCHEMA_LOCATION = GRAPHML_NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

  /** Network Canvas's reserved attributes. */
  static final String LABEL = "label";
  static final String TYPE = "networkCanvasType";
  static final String UUID = "networkCanvasUUID";
  static final String SOURCE_UUID = "networkCanvasSourceUUID";
  static final String TARGET_UUID = "networkCanvasTargetUUID";
  /** The type of the edge carrying a tie, and the attributes of the parallel support edges. */
  static final String TIE_TYPE = "tie";
  static final String SUPPORT_TYPE_PREFIX = "support_";
  static final String DIRECTION = "direction";
  static final String TIE_ID = "tieId";

  private static final GraphmlWriter STANDARD = new GraphmlWriter();

  private GraphmlWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer
   */
  public static GraphmlWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a network as a GraphML document in UTF-8.
   *
   * @param network the network
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Network network, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      write(network, xml, "UTF-8");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Writes a network as a GraphML document to a character stream.
   *
   * @param network the network
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Network network, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      write(network, XMLOutputFactory.newFactory().createXMLStreamWriter(out), "UTF-8");
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Returns a network as a GraphML document.
   *
   * @param network the network
   * @return the document
   */
  public String toString(Network network) {
    StringWriter out = new StringWriter();
    write(network, out);
    return out.toString();
  }

  /**
   * Returns the document as UTF-8 bytes.
   *
   * @param network the network
   * @return the bytes
   */
  public byte[] toBytes(Network network) {
    return toString(network).getBytes(StandardCharsets.UTF_8);
  }

  static UncheckedIOException failure(XMLStreamException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return new UncheckedIOException("writing GraphML failed: " + cause.getClass().getSimpleName(),
        cause instanceof IOException ? (IOException) cause : new IOException(e));
  }

  private void write(Network network, XMLStreamWriter xml, String encoding) throws XMLStreamException {
    Objects.requireNonNull(network, "network");
    Map<MemberId, List<Tie>> egoTies = Carried.egoTies(network);
    int slots = Carried.slots(egoTies);
    Indented w = start(xml, encoding);
    xml.writeNamespace("nc", NC_NAMESPACE);
    key(w, LABEL, "all", false);
    key(w, TYPE, "all", false);
    key(w, UUID, "all", false);
    key(w, TARGET_UUID, "edge", false);
    key(w, SOURCE_UUID, "edge", false);
    for (Column c : Carried.EGO) {
      if (!c.name().equals("personId")) {
        key(w, c.name(), "graph", c.bool());
      }
    }
    for (Column c : Carried.member(slots)) {
      if (!c.name().equals("kind")) {
        key(w, c.name(), "node", c.bool());
      }
    }
    for (Column c : Carried.TIE) {
      key(w, c.name(), "edge", c.bool());
    }
    key(w, DIRECTION, "edge", false);

    w.line(1);
    xml.writeStartElement("graph");
    xml.writeAttribute("edgedefault", "undirected");
    Map<String, String> ego = Carried.ego(network);
    data(w, 2, UUID, ego.get("personId"));
    for (Map.Entry<String, String> e : ego.entrySet()) {
      if (!e.getKey().equals("personId")) {
        data(w, 2, e.getKey(), e.getValue());
      }
    }

    Map<MemberId, String> nodes = new HashMap<>();
    int number = 0;
    for (Member m : network.members()) {
      String id = Integer.toString(++number);
      nodes.put(m.id(), id);
      w.line(2);
      xml.writeStartElement("node");
      xml.writeAttribute("id", id);
      Map<String, String> values = Carried.member(m, egoTies.getOrDefault(m.id(), List.of()), slots);
      data(w, 3, UUID, m.id().value());
      data(w, 3, TYPE, values.get("kind"));
      data(w, 3, LABEL, m.name().orElse("Node"));
      for (Map.Entry<String, String> e : values.entrySet()) {
        if (!e.getKey().equals("kind")) {
          data(w, 3, e.getKey(), e.getValue());
        }
      }
      w.line(2);
      xml.writeEndElement();
    }

    int edge = 0;
    for (Tie t : Carried.alterTies(network)) {
      String first = nodes.get(t.first());
      String second = nodes.get(t.second());
      edge = edge(w, ++edge, first, second, null, t.id().value(), TIE_TYPE, t.first(), t.second(),
          Carried.tie(t));
      for (Map.Entry<SupportType, SupportDirection> s : t.supports().entrySet()) {
        boolean reversed = s.getValue() == SupportDirection.FROM_SECOND;
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(TIE_ID, t.id().value());
        values.put(DIRECTION, s.getValue().name());
        edge = edge(w, ++edge, reversed ? second : first, reversed ? first : second,
            s.getValue() != SupportDirection.MUTUAL, t.id().value() + "#" + s.getKey().name(),
            SUPPORT_TYPE_PREFIX + s.getKey().name(), reversed ? t.second() : t.first(),
            reversed ? t.first() : t.second(), values);
      }
    }
    end(w);
  }

  /** Starts a document: the declaration and the {@code <graphml>} element with its namespaces and schema. */
  static Indented start(XMLStreamWriter xml, String encoding) throws XMLStreamException {
    Indented w = new Indented(xml);
    xml.writeStartDocument(encoding, "1.0");
    w.line(0);
    xml.writeStartElement("graphml");
    xml.writeDefaultNamespace(GRAPHML_NAMESPACE);
    xml.writeNamespace("xsi", XSI_NAMESPACE);
    xml.writeAttribute(XSI_NAMESPACE, "schemaLocation", SCHEMA_LOCATION);
    return w;
  }

  /** Ends the {@code <graph>} and {@code <graphml>} elements and the document, and flushes. */
  static void end(Indented w) throws XMLStreamException {
    XMLStreamWriter xml = w.xml;
    w.line(1);
    xml.writeEndElement(); // graph
    w.line(0);
    xml.writeEndElement(); // graphml
    w.line(-1);
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private static int edge(Indented w, int number, String source, String target, @Nullable Boolean directed,
      String uuid, String type, MemberId sourceId, MemberId targetId, Map<String, String> values)
      throws XMLStreamException {
    XMLStreamWriter xml = w.xml;
    w.line(2);
    xml.writeStartElement("edge");
    xml.writeAttribute("id", Integer.toString(number));
    xml.writeAttribute("source", source);
    xml.writeAttribute("target", target);
    if (directed != null) {
      xml.writeAttribute("directed", directed.toString());
    }
    data(w, 3, UUID, uuid);
    data(w, 3, TYPE, type);
    data(w, 3, SOURCE_UUID, sourceId.value());
    data(w, 3, TARGET_UUID, targetId.value());
    for (Map.Entry<String, String> e : values.entrySet()) {
      data(w, 3, e.getKey(), e.getValue());
    }
    w.line(2);
    xml.writeEndElement();
    return number;
  }

  private static void key(Indented w, String name, String target, boolean bool) throws XMLStreamException {
    key(w, name, target, bool ? "boolean" : "string");
  }

  /** Declares a key of a type ({@code string}, {@code boolean}, {@code int}…) for an element kind. */
  static void key(Indented w, String name, String target, String type) throws XMLStreamException {
    w.line(1);
    w.xml.writeEmptyElement("key");
    w.xml.writeAttribute("id", name);
    w.xml.writeAttribute("attr.name", name);
    w.xml.writeAttribute("attr.type", type);
    w.xml.writeAttribute("for", target);
  }

  /** Writes a data element, or nothing for an absent (empty) value. */
  static void data(Indented w, int depth, String key, @Nullable String value) throws XMLStreamException {
    if (value == null || value.isEmpty()) {
      return;
    }
    w.line(depth);
    w.xml.writeStartElement("data");
    w.xml.writeAttribute("key", key);
    String text = xmlText(value);
    int from = 0;
    for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
      w.xml.writeCharacters(text.substring(from, cr));
      w.xml.writeEntityRef("#13"); // a raw carriage return would be read back as a line feed
      from = cr + 1;
    }
    w.xml.writeCharacters(text.substring(from));
    w.xml.writeEndElement();
  }

  /**
   * Returns a text XML 1.0 can hold: the control characters it cannot (all below U+0020 but tab, line feed and
   * carriage return), U+FFFE, U+FFFF and lone surrogates become U+FFFD. A carriage return is written as a
   * character reference, so that it reads back.
   */
  static String xmlText(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1));
      boolean bad = !pair && (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c));
      if (bad && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
        if (pair) {
          out.append(value.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? value : out.toString();
  }

  /** Line breaks and tabs between elements, as Network Canvas's exporter indents for Gephi. */
  static final class Indented {
    final XMLStreamWriter xml;

    Indented(XMLStreamWriter xml) {
      this.xml = xml;
    }

    void line(int depth) throws XMLStreamException {
      xml.writeCharacters("\n");
      for (int i = 0; i < depth; i++) {
        xml.writeCharacters("  ");
      }
    }
  }

  static List<String> reserved() {
    return List.of(LABEL, TYPE, UUID, SOURCE_UUID, TARGET_UUID);
  }
}
