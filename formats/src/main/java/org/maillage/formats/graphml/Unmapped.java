package org.maillage.formats.graphml;

import java.util.Objects;

/**
 * Something of a GraphML document the import could not map to the model, by name, with how many times it was
 * met (<i>non repris</i>): an import never drops anything silently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what it is
 * @param name its name in the document: a node or edge type, an attribute's {@code attr.name}, a foreign
 *     attribute of {@code <graph>} such as {@code nc:caseId}
 * @param count how many times it was met: nodes or edges left out, values left out
 * @since 0.1
 */
public record Unmapped(Kind kind, String name, int count) {

  /**
   * Checks the parts.
   *
   * @param kind what it is
   * @param name its name
   * @param count how many times it was met
   * @throws IllegalArgumentException if {@code count} is not positive
   */
  public Unmapped {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (count < 1) {
      throw new IllegalArgumentException("count is " + count + "; something unmapped was met at least once");
    }
  }

  /**
   * What was not mapped.
   *
   * @since 0.1
   */
  public enum Kind {
    /** A node type the mapping does not name: its nodes were left out. */
    NODE_TYPE,
    /** An edge type the mapping does not name: its edges were left out. */
    EDGE_TYPE,
    /** A graph-level attribute (ego data) the mapping does not name: its value was left out. */
    GRAPH_ATTRIBUTE,
    /** A node attribute the mapping does not name: its values were left out. */
    NODE_ATTRIBUTE,
    /** An edge attribute the mapping does not name: its values were left out. */
    EDGE_ATTRIBUTE,
    /** Edges of this type left out because an end is a node left out. */
    EDGE_TO_NODE_LEFT_OUT
  }
}
