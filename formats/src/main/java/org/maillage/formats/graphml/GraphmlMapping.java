package org.maillage.formats.graphml;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maillage.formats.internal.Carried;
import org.maillage.formats.internal.Column;
import org.maillage.network.SupportType;
import org.maillage.network.TieNature;

/**
 * How a GraphML document's node types, edge types and attributes map to the model (<i>correspondance</i>):
 * given by the caller for Network Canvas's protocols, whose types and variables are the protocol's own.
 *
 * <p>Every mapping holds the names the {@link GraphmlWriter} writes (node types {@code primaryMember},
 * {@code professional}, {@code participant}, the edge type {@code tie} and its parallel {@code support_…}
 * edges, and every attribute by its own name), so that what Maillage writes reads back; the builder adds a
 * protocol's names:
 *
 * <pre>{@code
 * GraphmlMapping mapping = GraphmlMapping.builder()
 *     .nodeType("person", MemberKind.PRIMARY_MEMBER)
 *     .nodeType("professional_contact", MemberKind.PROFESSIONAL)
 *     .edgeType("friends", TieNature.AFFECTIVE)
 *     .nodeAttribute("closeness", "horizon")
 *     .defaultValue("relation", "FRIEND")
 *     .defaultValue("horizon", "MIDDLE")
 *     .build();
 * }</pre>
 *
 * <p>Whatever the mapping does not name is left out and reported ({@link GraphmlImport#unmapped()}). The fields
 * a name maps to are those the research formats carry (see the README's <i>Formats</i> section); a value must be
 * written as the writer writes it (a constant's name, a date as {@code YYYY-MM-DD}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GraphmlMapping {
  private static final GraphmlMapping MAILLAGE = builder().build();

  private final Map<String, MemberKind> nodeTypes;
  private final Map<String, TieNature> edgeTypes;
  private final Map<String, String> graphAttributes;
  private final Map<String, String> nodeAttributes;
  private final Map<String, String> edgeAttributes;
  private final Map<String, String> defaults;

  private GraphmlMapping(Builder b) {
    nodeTypes = Map.copyOf(b.nodeTypes);
    edgeTypes = Map.copyOf(b.edgeTypes);
    graphAttributes = Map.copyOf(b.graphAttributes);
    nodeAttributes = Map.copyOf(b.nodeAttributes);
    edgeAttributes = Map.copyOf(b.edgeAttributes);
    defaults = Map.copyOf(b.defaults);
  }

  /**
   * Returns the mapping of the names the {@link GraphmlWriter} writes, and no other.
   *
   * @return the mapping
   */
  public static GraphmlMapping maillage() {
    return MAILLAGE;
  }

  /**
   * Returns a builder holding the writer's names.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  Optional<MemberKind> nodeType(String type) {
    return Optional.ofNullable(nodeTypes.get(type));
  }

  /** The nature given to an edge type's ties, or empty: {@code tie} edges carry their own. */
  Optional<TieNature> edgeType(String type) {
    return Optional.ofNullable(edgeTypes.get(type));
  }

  Optional<String> graphAttribute(String name) {
    return Optional.ofNullable(graphAttributes.get(name));
  }

  Optional<String> nodeAttribute(String name) {
    String field = nodeAttributes.get(name);
    return field != null ? Optional.of(field) : Carried.isMemberField(name) ? Optional.of(name) : Optional.empty();
  }

  Optional<String> edgeAttribute(String name) {
    return Optional.ofNullable(edgeAttributes.get(name));
  }

  Map<String, String> defaults() {
    return defaults;
  }

  /** Returns the names mapped, not the values: nothing personal. */
  @Override
  public String toString() {
    return "GraphmlMapping[nodeTypes=" + nodeTypes.keySet() + ", edgeTypes=" + edgeTypes.keySet() + "]";
  }

  /**
   * Builds a {@link GraphmlMapping}; not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Map<String, MemberKind> nodeTypes = new LinkedHashMap<>();
    private final Map<String, TieNature> edgeTypes = new LinkedHashMap<>();
    private final Map<String, String> graphAttributes = new LinkedHashMap<>();
    private final Map<String, String> nodeAttributes = new LinkedHashMap<>();
    private final Map<String, String> edgeAttributes = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();

    private Builder() {
      for (MemberKind kind : MemberKind.values()) {
        nodeTypes.put(kind.nodeType(), kind);
      }
      for (Column c : Carried.EGO) {
        graphAttributes.put(c.name(), c.name());
      }
      for (Column c : Carried.TIE) {
        edgeAttributes.put(c.name(), c.name());
      }
    }

    /**
     * Maps a node type to a kind of member.
     *
     * @param type the node type, as in {@code networkCanvasType}
     * @param kind the kind of member its nodes become
     * @return this builder
     */
    public Builder nodeType(String type, MemberKind kind) {
      nodeTypes.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(kind, "kind"));
      return this;
    }

    /**
     * Maps an edge type to ties of a nature: each edge of that type becomes a tie between its ends.
     *
     * @param type the edge type, as in {@code networkCanvasType}
     * @param nature the nature of its ties
     * @return this builder
     * @throws IllegalArgumentException if {@code type} is one the writer uses for its own edges
     */
    public Builder edgeType(String type, TieNature nature) {
      if (type.equals(GraphmlWriter.TIE_TYPE) || type.startsWith(GraphmlWriter.SUPPORT_TYPE_PREFIX)) {
        throw new IllegalArgumentException("the edge type '" + type + "' is the writer's own; map another name");
      }
      edgeTypes.put(type, Objects.requireNonNull(nature, "nature"));
      return this;
    }

    /**
     * Maps a graph-level attribute (ego data) to a field of the network or its focal person.
     *
     * @param name the attribute's {@code attr.name}
     * @param field one of the ego fields the formats carry, such as {@code "personName"} or {@code "birthDate"}
     * @return this builder
     * @throws IllegalArgumentException if {@code field} is not one of them
     */
    public Builder graphAttribute(String name, String field) {
      graphAttributes.put(Objects.requireNonNull(name, "name"), check(field, Carried.EGO));
      return this;
    }

    /**
     * Maps a node attribute to a field of a member or of its tie to the focal person.
     *
     * @param name the attribute's {@code attr.name}
     * @param field one of the member fields the formats carry, such as {@code "name"} or {@code "horizon"}
     * @return this builder
     * @throws IllegalArgumentException if {@code field} is not one of them
     */
    public Builder nodeAttribute(String name, String field) {
      if (!Carried.isMemberField(field)) {
        check(field, Carried.MEMBER);
      }
      nodeAttributes.put(Objects.requireNonNull(name, "name"), field);
      return this;
    }

    /**
     * Maps an edge attribute to a field of a tie.
     *
     * @param name the attribute's {@code attr.name}
     * @param field one of the tie fields the formats carry, such as {@code "quality"}
     * @return this builder
     * @throws IllegalArgumentException if {@code field} is not one of them
     */
    public Builder edgeAttribute(String name, String field) {
      edgeAttributes.put(Objects.requireNonNull(name, "name"), check(field, Carried.TIE));
      return this;
    }

    /**
     * Gives a field a value for every record of the document that lacks it: a network's creation date, a primary
     * member's relation, a member's horizon, which Network Canvas's protocols may not ask.
     *
     * @param field a field the formats carry
     * @param value its value, as the writer writes it
     * @return this builder
     * @throws IllegalArgumentException if {@code field} is not one the formats carry
     */
    public Builder defaultValue(String field, String value) {
      Set<Column> all = new LinkedHashSet<>(Carried.EGO);
      all.addAll(Carried.MEMBER);
      all.addAll(Carried.TIE);
      defaults.put(check(field, all), Objects.requireNonNull(value, "value"));
      return this;
    }

    private static String check(String field, java.util.Collection<Column> columns) {
      for (Column c : columns) {
        if (c.name().equals(field)) {
          return field;
        }
      }
      StringBuilder names = new StringBuilder();
      for (Column c : columns) {
        names.append(names.length() == 0 ? "" : ", ").append(c.name());
      }
      throw new IllegalArgumentException("'" + field + "' is not a field the formats carry here; use one of "
          + names);
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     */
    public GraphmlMapping build() {
      return new GraphmlMapping(this);
    }
  }

  static boolean isSupportType(String type) {
    if (!type.startsWith(GraphmlWriter.SUPPORT_TYPE_PREFIX)) {
      return false;
    }
    String name = type.substring(GraphmlWriter.SUPPORT_TYPE_PREFIX.length());
    for (SupportType s : SupportType.values()) {
      if (s.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
