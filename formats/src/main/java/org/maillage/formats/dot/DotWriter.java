package org.maillage.formats.dot;

import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.maillage.member.Member;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieQuality;

/**
 * Writes a network as a Graphviz DOT graph, for a quick look (<i>aperçu</i>): {@code dot -Tsvg network.dot}.
 *
 * <p>Nodes are labelled with ids only, never with a name or any other text of the network: the focal person a
 * double circle, primary members ellipses, professionals boxes, participants diamonds. Each tie is an edge
 * labelled with its nature and, for each support, its kind and an arrow for its direction ({@code ->} from the
 * first end, {@code <-} from the second, {@code <->} mutual); a strong tie is bold, a weak one dotted, a stressful one dashed.
 * Ids are opaque codes by the model's rule, but a vendor's ids link back to its records: write a pseudonymised
 * network ({@link org.maillage.formats.pseudonym.Pseudonymiser}) for a picture that leaves the case system.
 *
 * <p>Every id and label is written as a quoted DOT string with {@code "} and {@code \} escaped and line breaks
 * as {@code \n}, so that no id can close the string or inject DOT.
 *
 * <p>This class is immutable and thread-safe. Writing is linear in the network's members and ties.
 *
 * @since 0.1
 */
public final class DotWriter {
  private static final DotWriter STANDARD = new DotWriter();

  private DotWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer
   */
  public static DotWriter standard() {
    return STANDARD;
  }

  /**
   * Returns a network as a DOT graph.
   *
   * @param network the network
   * @return the graph, ids only
   */
  public String toString(Network network) {
    Objects.requireNonNull(network, "network");
    StringBuilder out = new StringBuilder();
    out.append("graph ").append(quote(network.id().value())).append(" {\n");
    out.append("  node [fontname=\"Helvetica\"];\n");
    network.focalPerson().ifPresent(p ->
        out.append("  ").append(quote(p.id().value())).append(" [shape=doublecircle];\n"));
    for (Member m : network.members()) {
      String shape = m instanceof PrimaryMember ? "ellipse" : m instanceof Participant ? "diamond" : "box";
      out.append("  ").append(quote(m.id().value())).append(" [shape=").append(shape).append("];\n");
    }
    for (Tie t : network.ties()) {
      StringJoiner label = new StringJoiner("\\n");
      label.add(t.nature().name().toLowerCase(java.util.Locale.ROOT));
      for (Map.Entry<SupportType, SupportDirection> s : t.supports().entrySet()) {
        String arrow = s.getValue() == SupportDirection.FROM_FIRST ? "->"
            : s.getValue() == SupportDirection.FROM_SECOND ? "<-" : "<->";
        label.add(s.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + arrow);
      }
      out.append("  ").append(quote(t.first().value())).append(" -- ").append(quote(t.second().value()))
          .append(" [label=\"").append(label).append('"');
      if (t.quality() == TieQuality.STRONG) {
        out.append(", style=bold");
      } else if (t.quality() == TieQuality.WEAK) {
        out.append(", style=dotted");
      } else if (t.quality() == TieQuality.STRESSFUL) {
        out.append(", style=dashed");
      }
      out.append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** Quotes a DOT string: {@code "} and {@code \} escaped, line breaks as {@code \n}. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
