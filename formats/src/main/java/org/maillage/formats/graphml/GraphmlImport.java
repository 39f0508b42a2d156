package org.maillage.formats.graphml;

import java.util.List;
import java.util.Objects;
import org.maillage.network.Network;

/**
 * What a GraphML import made (<i>résultat d'import</i>): the network, and everything of the document that was
 * not mapped to it, by name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param network the network read
 * @param unmapped what was left out, by kind then name; empty when everything was mapped
 * @since 0.1
 */
public record GraphmlImport(Network network, List<Unmapped> unmapped) {

  /**
   * Checks and copies the parts.
   *
   * @param network the network
   * @param unmapped what was left out
   */
  public GraphmlImport {
    Objects.requireNonNull(network, "network");
    unmapped = List.copyOf(unmapped);
  }
}
