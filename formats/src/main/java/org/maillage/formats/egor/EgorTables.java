package org.maillage.formats.egor;

import java.util.Objects;

/**
 * egor's three tables as CSV text (<i>les trois tables</i>): egos, alters and alter-alter ties.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param egos the egos table: one row per network
 * @param alters the alters table: one row per member of each network
 * @param aaties the alter-alter ties table: one row per tie between members
 * @since 0.1
 */
public record EgorTables(String egos, String alters, String aaties) {

  /**
   * Checks the parts.
   *
   * @param egos the egos table
   * @param alters the alters table
   * @param aaties the alter-alter ties table
   */
  public EgorTables {
    Objects.requireNonNull(egos, "egos");
    Objects.requireNonNull(alters, "alters");
    Objects.requireNonNull(aaties, "aaties");
  }

  /** Returns the tables' sizes only: they may hold names. */
  @Override
  public String toString() {
    return "EgorTables[egos=" + egos.length() + " chars, alters=" + alters.length() + " chars, aaties="
        + aaties.length() + " chars]";
  }
}
