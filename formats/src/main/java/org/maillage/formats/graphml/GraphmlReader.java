package org.maillage.formats.graphml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.formats.internal.Carried;
import org.maillage.formats.internal.Column;
import org.maillage.formats.internal.Problems;
import org.maillage.formats.internal.Row;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.network.Network;
import org.maillage.network.Tie;

/**
 * Reads GraphML as Network Canvas exports it, or as the {@link GraphmlWriter} writes it, into a network
 * (<i>lecture GraphML</i>), with a {@link GraphmlMapping} from the document's types and attributes to the model.
 *
 * <pre>{@code
 * GraphmlImport read = GraphmlReader.builder().mapping(mapping).build().read(in);
 * Network network = read.network();
 * read.unmapped().forEach(u -> log.info("left out: {} {} ({} times)", u.kind(), u.name(), u.count()));
 * }</pre>
 *
 * <p>The graph-level {@code <data>} is the ego: the network and its focal person ({@code networkCanvasUUID} is
 * the person's id). Without a {@code networkId}, the network's id is Network Canvas's {@code nc:sessionUUID}
 * (or {@code nc:caseId}); without a {@code created} date, the date of {@code nc:sessionExportTime}. Each node of
 * a mapped type becomes a member, its {@code networkCanvasUUID} the member's id (else the node's id); each edge of
 * type {@code tie}, or of a mapped type, becomes a tie, its {@code networkCanvasUUID} the tie's id (else the edge's
 * id); the parallel {@code support_…} edges the writer adds are recognised and skipped, since the {@code tie} edge
 * carries the same. Everything else is left out and reported by name.
 *
 * <p>Untrusted input is read safely: no DTD, no external entity; at most {@link Builder#maxElements} elements
 * (default {@value #DEFAULT_MAX_ELEMENTS}), nested at most {@link Builder#maxDepth} deep (default
 * {@value #DEFAULT_MAX_DEPTH}), each value at most {@link Builder#maxTextLength} characters (default
 * {@value #DEFAULT_MAX_TEXT_LENGTH}). A document is read whole or not at all: any problem throws one
 * {@link FormatException} carrying every problem found, each with its line and column; no other exception escapes
 * for any input.
 *
 * <p>This class is immutable and thread-safe. Reading is linear in the document's size.
 *
 * @since 0.1
 */
public final class GraphmlReader {
  /** The default most elements read. */
  public static final int DEFAULT_MAX_ELEMENTS = 1_000_000;
  /** The default deepest nesting read. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** The default longest value read, in characters. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 100_000;

  static final String PART = "graphml";

  private final GraphmlMapping mapping;
  private final int maxElements;
  private final int maxDepth;
  private final int maxTextLength;

  private GraphmlReader(Builder b) {
    this.mapping = b.mapping;
    this.maxElements = b.maxElements;
    this.maxDepth = b.maxDepth;
    this.maxTextLength = b.maxTextLength;
  }

  /**
   * Returns a reader with {@link GraphmlMapping#maillage()} and the default limits.
   *
   * @return the reader
   */
  public static GraphmlReader standard() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder with {@link GraphmlMapping#maillage()} and the default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a document.
   *
   * @param document the document, as text
   * @return the network and what was left out
   * @throws FormatException if the document cannot be read into a network, with every problem
   */
  public GraphmlImport read(String document) {
    return read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a document from bytes, in the encoding its XML declaration names (UTF-8 by default).
   *
   * @param in the document; not closed
   * @return the network and what was left out
   * @throws FormatException if the document cannot be read into a network, with every problem
   */
  public GraphmlImport read(InputStream in) {
    Objects.requireNonNull(in, "in");
    Problems problems = new Problems();
    Document document = document(in, problems);
    try {
      return build(document, problems);
    } catch (IllegalArgumentException e) {
      // a structural problem the readers of the parts did not see: reported, never a stack trace
      problems.add(Problems.problem(PART, 0, 0, "read.model.invalid", "path", "network"));
      problems.throwIfAny(PART);
      throw new IllegalStateException("unreachable", e);
    }
  }

  /**
   * Parses a document safely within the reader's limits (no DTD, no external entity), keeping its keys, the data of
   * its first graph, and its nodes and edges with their data by attribute name; shared with
   * {@link TerritoryGraphmlReader}.
   *
   * @param in the document; not closed
   * @param problems where problems go
   * @return the document read
   * @throws FormatException if the document is not well-formed, or breaks a limit
   */
  Document document(InputStream in, Problems problems) {
    Document document = new Document();
    XMLStreamReader xml = null;
    try {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
      factory.setProperty(XMLInputFactory.IS_COALESCING, true);
      // the parser's own messages may quote the input: they go nowhere, the problems say where and what
      factory.setXMLReporter((message, type, info, location) -> { });
      xml = factory.createXMLStreamReader(in);
      parse(xml, document, problems);
    } catch (XMLStreamException | RuntimeException e) {
      Location at = e instanceof XMLStreamException ? ((XMLStreamException) e).getLocation()
          : xml == null ? null : safeLocation(xml);
      problems.add(Problems.problem(PART, at == null ? 0 : Math.max(0, at.getLineNumber()),
          at == null ? 0 : Math.max(0, at.getColumnNumber()), "read.xml.malformed"));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing held: the caller closes the stream
        }
      }
    }
    problems.throwIfAny(PART);
    if (document.graphs == 0) {
      problems.add(Problems.problem(PART, 0, 0, "read.graph.missing"));
    } else if (document.graphs > 1) {
      problems.add(Problems.problem(PART, 0, 0, "read.graph.many", "count", Integer.toString(document.graphs)));
    }
    problems.throwIfAny(PART);
    return document;
  }

  private static @Nullable Location safeLocation(XMLStreamReader xml) {
    try {
      return xml.getLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  // ---- parsing ----------------------------------------------------------------------------------------

  /** A key's declaration. */
  record Key(String name, String target) {}

  /** An element read: its id, line, attributes and data by attribute name. */
  static final class Element {
    final @Nullable String id;
    final long line;
    final Map<String, String> attributes = new HashMap<>();
    final Map<String, String> data = new LinkedHashMap<>();

    Element(@Nullable String id, long line) {
      this.id = id;
      this.line = line;
    }
  }

  static final class Document {
    final Map<String, Key> keys = new HashMap<>();
    final Element graph = new Element(null, 0);
    final List<Element> nodes = new ArrayList<>();
    final List<Element> edges = new ArrayList<>();
    int graphs;
  }

  private void parse(XMLStreamReader xml, Document d, Problems problems) throws XMLStreamException {
    int elements = 0;
    int depth = 0;
    boolean root = true;
    Element current = null;
    String dataKey = null;
    StringBuilder text = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        problems.add(Problems.problem(PART, line(xml), column(xml), "read.xml.dtd"));
        return;
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        problems.add(Problems.problem(PART, line(xml), column(xml), "read.xml.dtd"));
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (++elements > maxElements) {
          problems.add(Problems.problem(PART, line(xml), column(xml), "read.limit.elements",
              "limit", Integer.toString(maxElements)));
          return;
        }
        if (++depth > maxDepth) {
          problems.add(Problems.problem(PART, line(xml), column(xml), "read.limit.depth",
              "limit", Integer.toString(maxDepth)));
          return;
        }
        String name = xml.getLocalName();
        String ns = xml.getNamespaceURI();
        if (root) {
          root = false;
          if (!name.equals("graphml") || ns != null && !ns.isEmpty() && !ns.equals(GraphmlWriter.GRAPHML_NAMESPACE)) {
            problems.add(Problems.problem(PART, line(xml), column(xml), "read.xml.root", "found", "<" + name + ">",
                "namespace", GraphmlWriter.GRAPHML_NAMESPACE));
            return;
          }
          continue;
        }
        if (ns != null && !ns.isEmpty() && !ns.equals(GraphmlWriter.GRAPHML_NAMESPACE)) {
          continue; // another vocabulary's element (yEd's graphics, say): not data of the network
        }
        switch (name) {
          case "key":
            String id = xml.getAttributeValue(null, "id");
            String attrName = xml.getAttributeValue(null, "attr.name");
            String target = xml.getAttributeValue(null, "for");
            if (id != null) {
              d.keys.put(id, new Key(attrName == null ? id : attrName, target == null ? "all" : target));
            }
            break;
          case "graph":
            d.graphs++;
            if (d.graphs == 1) {
              current = d.graph;
              for (int i = 0; i < xml.getAttributeCount(); i++) {
                String prefix = xml.getAttributePrefix(i);
                String attrNs = xml.getAttributeNamespace(i);
                if (attrNs != null && !attrNs.isEmpty() && !attrNs.equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)) {
                  String local = xml.getAttributeLocalName(i);
                  d.graph.attributes.put((prefix == null || prefix.isEmpty() ? "" : prefix + ":") + local,
                      xml.getAttributeValue(i));
                }
              }
            }
            break;
          case "node":
            current = new Element(xml.getAttributeValue(null, "id"), line(xml));
            if (current.id == null) {
              problems.add(Problems.problem(PART, line(xml), column(xml), "read.node.id"));
            }
            if (d.graphs == 1) {
              d.nodes.add(current);
            }
            break;
          case "edge":
            current = new Element(xml.getAttributeValue(null, "id"), line(xml));
            current.attributes.put("source", nonNull(xml.getAttributeValue(null, "source")));
            current.attributes.put("target", nonNull(xml.getAttributeValue(null, "target")));
            if (d.graphs == 1) {
              d.edges.add(current);
            }
            break;
          case "data":
            dataKey = xml.getAttributeValue(null, "key");
            text = new StringBuilder();
            if (dataKey == null || !d.keys.containsKey(dataKey)) {
              problems.add(Problems.problem(PART, line(xml), column(xml), "read.key.undeclared",
                  "key", dataKey == null ? "" : dataKey));
              dataKey = null;
            }
            break;
          default:
            break;
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (text != null) {
          if (text.length() + xml.getTextLength() > maxTextLength) {
            problems.add(Problems.problem(PART, line(xml), column(xml), "read.limit.text",
                "limit", Integer.toString(maxTextLength)));
            return;
          }
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        String name = xml.getLocalName();
        if (name.equals("data") && text != null) {
          if (dataKey != null && current != null) {
            current.data.put(d.keys.get(dataKey).name(), text.toString());
          }
          dataKey = null;
          text = null;
        } else if (name.equals("node") || name.equals("edge")) {
          current = d.graphs == 1 ? d.graph : null;
        }
      }
    }
  }

  private static String nonNull(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static long line(XMLStreamReader xml) {
    return Math.max(0, xml.getLocation().getLineNumber());
  }

  private static long column(XMLStreamReader xml) {
    return Math.max(0, xml.getLocation().getColumnNumber());
  }

  // ---- mapping ----------------------------------------------------------------------------------------

  private GraphmlImport build(Document d, Problems problems) {
    Map<String, Integer> unmapped = new TreeMap<>();

    // the ego
    Map<String, String> ego = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : d.graph.data.entrySet()) {
      if (e.getKey().equals(GraphmlWriter.UUID)) {
        ego.put("personId", e.getValue());
      } else if (mapping.graphAttribute(e.getKey()).isPresent()) {
        ego.put(mapping.graphAttribute(e.getKey()).get(), e.getValue());
      } else {
        count(unmapped, Unmapped.Kind.GRAPH_ATTRIBUTE, e.getKey());
      }
    }
    java.util.Set<String> used = new java.util.HashSet<>();
    if (!ego.containsKey("networkId")) {
      String from = d.graph.attributes.containsKey("nc:sessionUUID") ? "nc:sessionUUID" : "nc:caseId";
      String session = d.graph.attributes.get(from);
      if (session != null) {
        ego.put("networkId", session);
        used.add(from);
      }
    }
    if (!ego.containsKey("created")) {
      String exported = d.graph.attributes.get("nc:sessionExportTime");
      if (exported != null && exported.length() >= 10) {
        ego.put("created", exported.substring(0, 10));
        used.add("nc:sessionExportTime");
      }
    }
    for (String name : d.graph.attributes.keySet()) {
      if (!used.contains(name)) {
        count(unmapped, Unmapped.Kind.GRAPH_ATTRIBUTE, name);
      }
    }
    defaults(ego, Carried.EGO);
    Carried.Ego read = Carried.readEgo(new Row(PART, 1, ego, Map.of()), problems);
    MemberId focal = read.personId();

    // the members
    Map<String, MemberId> nodes = new HashMap<>();
    Map<String, String> leftOut = new HashMap<>();
    List<Carried.Alter> alters = new ArrayList<>();
    for (Element node : d.nodes) {
      String type = node.data.getOrDefault(GraphmlWriter.TYPE, "");
      if (node.id != null && nodes.containsKey(node.id)) {
        problems.add(Problems.problem(PART, node.line, 0, "read.node.duplicate", "id", node.id));
        continue;
      }
      java.util.Optional<MemberKind> kind = mapping.nodeType(type);
      if (kind.isEmpty()) {
        count(unmapped, Unmapped.Kind.NODE_TYPE, type);
        if (node.id != null) {
          leftOut.put(node.id, type);
        }
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      values.put("kind", kind.get().nodeType());
      for (Map.Entry<String, String> e : node.data.entrySet()) {
        if (GraphmlWriter.reserved().contains(e.getKey())) {
          continue;
        }
        java.util.Optional<String> field = mapping.nodeAttribute(e.getKey());
        if (field.isPresent()) {
          values.put(field.get(), e.getValue());
        } else {
          count(unmapped, Unmapped.Kind.NODE_ATTRIBUTE, e.getKey());
        }
      }
      defaults(values, Carried.MEMBER);
      String key = node.data.getOrDefault(GraphmlWriter.UUID, node.id == null ? "" : node.id);
      MemberId id = memberId(key, node.line, problems);
      if (id == null) {
        continue;
      }
      if (node.id != null) {
        nodes.put(node.id, id);
      }
      Carried.Alter alter = Carried.readMember(new Row(PART, node.line, values, Map.of()), id, focal, problems);
      if (alter != null) {
        alters.add(alter);
      }
    }

    // the ties
    List<Tie> ties = new ArrayList<>();
    for (Element edge : d.edges) {
      String type = edge.data.getOrDefault(GraphmlWriter.TYPE, "");
      boolean tie = type.equals(GraphmlWriter.TIE_TYPE);
      if (!tie && GraphmlMapping.isSupportType(type) && edge.data.containsKey(GraphmlWriter.TIE_ID)) {
        continue; // the writer's parallel edge of a support: the tie edge carries it
      }
      java.util.Optional<org.maillage.network.TieNature> nature = mapping.edgeType(type);
      if (!tie && nature.isEmpty()) {
        count(unmapped, Unmapped.Kind.EDGE_TYPE, type);
        continue;
      }
      String source = edge.attributes.get("source");
      String target = edge.attributes.get("target");
      MemberId first = nodes.get(source);
      MemberId second = nodes.get(target);
      if (first == null || second == null) {
        String missing = first == null ? source : target;
        if (leftOut.containsKey(missing)) {
          count(unmapped, Unmapped.Kind.EDGE_TO_NODE_LEFT_OUT, type);
        } else {
          problems.add(Problems.problem(PART, edge.line, 0, "read.edge.end", "edge", nonNull(edge.id),
              "node", nonNull(missing)));
        }
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : edge.data.entrySet()) {
        if (GraphmlWriter.reserved().contains(e.getKey())) {
          continue;
        }
        java.util.Optional<String> field = mapping.edgeAttribute(e.getKey());
        if (field.isPresent()) {
          values.put(field.get(), e.getValue());
        } else {
          count(unmapped, Unmapped.Kind.EDGE_ATTRIBUTE, e.getKey());
        }
      }
      nature.ifPresent(n -> values.putIfAbsent("nature", n.name()));
      defaults(values, Carried.TIE);
      String fallback = edge.data.getOrDefault(GraphmlWriter.UUID, edge.id == null ? "edge" : "e" + edge.id);
      Tie t = Carried.readTie(new Row(PART, edge.line, values, Map.of()), first, second, fallback, problems);
      if (t != null) {
        ties.add(t);
      }
    }
    Network network = Carried.assemble(read, alters, ties, problems);
    problems.throwIfAny(PART);
    List<Unmapped> left = new ArrayList<>();
    for (Map.Entry<String, Integer> e : unmapped.entrySet()) {
      int tab = e.getKey().indexOf('\t');
      left.add(new Unmapped(Unmapped.Kind.valueOf(e.getKey().substring(0, tab)), e.getKey().substring(tab + 1),
          e.getValue()));
    }
    return new GraphmlImport(Objects.requireNonNull(network), left);
  }

  private static @Nullable MemberId memberId(String key, long line, Problems problems) {
    try {
      return MemberId.of(key);
    } catch (InvalidModelException e) {
      problems.add(Problems.problem(PART, line, 0, "read.value.id", "field", GraphmlWriter.UUID));
      return null;
    }
  }

  private void defaults(Map<String, String> values, List<Column> columns) {
    for (Column c : columns) {
      String fallback = mapping.defaults().get(c.name());
      if (fallback != null && (values.get(c.name()) == null || values.get(c.name()).isEmpty())) {
        values.put(c.name(), fallback);
      }
    }
  }

  private static void count(Map<String, Integer> unmapped, Unmapped.Kind kind, String name) {
    unmapped.merge(kind.name() + "\t" + name, 1, Integer::sum);
  }

  /** Returns the limits, not the mapping's names. */
  @Override
  public String toString() {
    return "GraphmlReader[maxElements=" + maxElements + ", maxDepth=" + maxDepth + ", maxTextLength="
        + maxTextLength + "]";
  }

  /**
   * Builds a {@link GraphmlReader}; not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private GraphmlMapping mapping = GraphmlMapping.maillage();
    private int maxElements = DEFAULT_MAX_ELEMENTS;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

    private Builder() {}

    /**
     * Sets the mapping.
     *
     * @param mapping the mapping; {@link GraphmlMapping#maillage()} by default
     * @return this builder
     */
    public Builder mapping(GraphmlMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Sets the most elements read.
     *
     * @param maxElements at least 1; {@value GraphmlReader#DEFAULT_MAX_ELEMENTS} by default
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxElements(int maxElements) {
      this.maxElements = positive("maxElements", maxElements);
      return this;
    }

    /**
     * Sets the deepest nesting read.
     *
     * @param maxDepth at least 1; {@value GraphmlReader#DEFAULT_MAX_DEPTH} by default
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = positive("maxDepth", maxDepth);
      return this;
    }

    /**
     * Sets the longest value read.
     *
     * @param maxTextLength in characters, at least 1; {@value GraphmlReader#DEFAULT_MAX_TEXT_LENGTH} by default
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxTextLength(int maxTextLength) {
      this.maxTextLength = positive("maxTextLength", maxTextLength);
      return this;
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " is " + value + "; give 1 or more");
      }
      return value;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public GraphmlReader build() {
      return new GraphmlReader(this);
    }
  }
}
