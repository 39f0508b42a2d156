package org.maillage.formats.egor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.formats.internal.Carried;
import org.maillage.formats.internal.Column;
import org.maillage.member.Member;
import org.maillage.network.Network;
import org.maillage.network.Tie;

/**
 * Writes networks as egor's three tables (<i>écriture des tables d'egor</i>): CSV after RFC 4180 (comma, CRLF,
 * fields quoted when needed), UTF-8, a header row, with the column names egor's {@code threefiles_to_egor}
 * expects by default, so that R reads them with no {@code ID.vars} argument:
 *
 * <pre>{@code
 * egos   <- read.csv("egos.csv",   encoding = "UTF-8")
 * alters <- read.csv("alters.csv", encoding = "UTF-8")
 * aaties <- read.csv("aaties.csv", encoding = "UTF-8")
 * e <- egor::threefiles_to_egor(egos = egos, alters.df = alters, edges = aaties)
 * }</pre>
 *
 * <ul>
 *   <li>egos: {@value #EGO_ID} (the network's id), then the network's and its focal person's attributes;</li>
 *   <li>alters: {@value #EGO_ID}, {@value #ALTER_ID} (the member's id), then every member attribute, the ties
 *       joining the focal person to the member included ({@code egoTie1_nature} and so on, as egor keeps
 *       ego-alter data in the alters table);</li>
 *   <li>alter-alter ties: {@value #EGO_ID}, {@value #SOURCE} and {@value #TARGET} (the tie's first and second
 *       members), then the tie's id, nature, quality and each support's direction ({@code support_EMOTIONAL} as
 *       {@code FROM_FIRST}, {@code FROM_SECOND} or {@code MUTUAL}; multiplexity in one row).</li>
 * </ul>
 * Many networks go in one set of tables, told apart by {@value #EGO_ID}. An absent value is an empty field.
 *
 * <p>It writes what the networks hold, names and notes included: pseudonymise them first
 * ({@link org.maillage.formats.pseudonym.Pseudonymiser}) for any output that leaves the case system.
 *
 * <p>This class is immutable and thread-safe. Writing is linear in the networks' members and ties.
 *
 * @since 0.1
 */
public final class EgorWriter {
  /** egor's default ego id column. */
  public static final String EGO_ID = "egoID";
  /** egor's default alter id column. */
  public static final String ALTER_ID = "alterID";
  /** egor's default source column of alter-alter ties. */
  public static final String SOURCE = "Source";
  /** egor's default target column of alter-alter ties. */
  public static final String TARGET = "Target";

  private static final EgorWriter STANDARD = new EgorWriter();

  private EgorWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer
   */
  public static EgorWriter standard() {
    return STANDARD;
  }

  /**
   * Returns networks as the three tables.
   *
   * @param networks the networks, each once
   * @return the tables
   */
  public EgorTables toTables(List<Network> networks) {
    StringBuilder egos = new StringBuilder();
    StringBuilder alters = new StringBuilder();
    StringBuilder aaties = new StringBuilder();
    write(networks, egos, alters, aaties);
    return new EgorTables(egos.toString(), alters.toString(), aaties.toString());
  }

  /**
   * Writes networks as the three tables.
   *
   * @param networks the networks, each once
   * @param egos where the egos table goes
   * @param alters where the alters table goes
   * @param aaties where the alter-alter ties table goes
   * @throws UncheckedIOException if writing fails
   */
  public void write(List<Network> networks, Appendable egos, Appendable alters, Appendable aaties) {
    Objects.requireNonNull(networks, "networks");
    List<Map<MemberId, List<Tie>>> egoTies = new ArrayList<>(networks.size());
    int slots = 1;
    for (Network n : networks) {
      Map<MemberId, List<Tie>> ties = Carried.egoTies(n);
      egoTies.add(ties);
      slots = Math.max(slots, Carried.slots(ties));
    }
    try {
      Csv.write(egos, header(List.of(EGO_ID), Carried.EGO, "networkId"));
      List<Column> memberColumns = Carried.member(slots);
      Csv.write(alters, header(List.of(EGO_ID, ALTER_ID), memberColumns, null));
      Csv.write(aaties, header(List.of(EGO_ID, SOURCE, TARGET), Carried.TIE, null));
      for (int i = 0; i < networks.size(); i++) {
        Network n = networks.get(i);
        String egoId = n.id().value();
        Map<String, String> ego = new LinkedHashMap<>(Carried.ego(n));
        ego.remove("networkId");
        List<String> row = new ArrayList<>();
        row.add(egoId);
        row.addAll(ego.values());
        Csv.write(egos, row);
        for (Member m : n.members()) {
          row = new ArrayList<>();
          row.add(egoId);
          row.add(m.id().value());
          row.addAll(Carried.member(m, egoTies.get(i).getOrDefault(m.id(), List.of()), slots).values());
          Csv.write(alters, row);
        }
        for (Tie t : Carried.alterTies(n)) {
          row = new ArrayList<>();
          row.add(egoId);
          row.add(t.first().value());
          row.add(t.second().value());
          row.addAll(Carried.tie(t).values());
          Csv.write(aaties, row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing egor's tables failed", e);
    }
  }

  private static List<String> header(List<String> ids, List<Column> columns, @Nullable String skipped) {
    List<String> header = new ArrayList<>(ids);
    for (Column c : columns) {
      if (!c.name().equals(skipped)) {
        header.add(c.name());
      }
    }
    return header;
  }
}
