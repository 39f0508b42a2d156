package org.maillage.formats.egor;

import java.util.List;
import org.maillage.network.Network;

/**
 * What reading egor's three tables made (<i>résultat de lecture</i>): the networks, in the order of the egos
 * table, and the columns that are not ones the tables carry, left out and named.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param networks the networks
 * @param ignoredColumns each column left out, as {@code table.column}; empty when every column was read
 * @since 0.1
 */
public record EgorImport(List<Network> networks, List<String> ignoredColumns) {

  /**
   * Copies the parts.
   *
   * @param networks the networks
   * @param ignoredColumns the columns left out
   */
  public EgorImport {
    networks = List.copyOf(networks);
    ignoredColumns = List.copyOf(ignoredColumns);
  }
}
