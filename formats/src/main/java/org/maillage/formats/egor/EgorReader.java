package org.maillage.formats.egor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * Reads egor's three tables back into networks (<i>lecture des tables d'egor</i>), as the {@link EgorWriter}
 * writes them: RFC 4180 CSV in UTF-8 with a header row, a leading byte order mark accepted.
 *
 * <p>Columns are found by name in any order; the identifier columns ({@value EgorWriter#EGO_ID},
 * {@value EgorWriter#ALTER_ID}, {@value EgorWriter#SOURCE}, {@value EgorWriter#TARGET}) are required, a column
 * the tables do not carry is left out and named ({@link EgorImport#ignoredColumns()}).
 *
 * <p>Untrusted input is read safely: at most {@link Builder#maxRows} rows per table (default
 * {@value #DEFAULT_MAX_ROWS}), each field at most {@link Builder#maxFieldLength} characters (default
 * {@value #DEFAULT_MAX_FIELD_LENGTH}). The tables are read whole or not at all: any problem throws one
 * {@link FormatException} carrying every problem found, each with its table, line and column; no other exception
 * escapes for any input.
 *
 * <p>This class is immutable and thread-safe. Reading is linear in the tables' size.
 *
 * @since 0.1
 */
public final class EgorReader {
  /** The default most rows read per table. */
  public static final int DEFAULT_MAX_ROWS = 10_000_000;
  /** The default longest field read, in characters. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 100_000;

  static final String EGOS = "egos";
  static final String ALTERS = "alters";
  static final String AATIES = "aaties";

  private final int maxRows;
  private final int maxFieldLength;

  private EgorReader(Builder b) {
    this.maxRows = b.maxRows;
    this.maxFieldLength = b.maxFieldLength;
  }

  /**
   * Returns a reader with the default limits.
   *
   * @return the reader
   */
  public static EgorReader standard() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder with the default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the tables from text.
   *
   * @param tables the tables
   * @return the networks
   * @throws FormatException if the tables cannot be read into networks, with every problem
   */
  public EgorImport read(EgorTables tables) {
    return read(new StringReader(tables.egos()), new StringReader(tables.alters()),
        new StringReader(tables.aaties()));
  }

  /**
   * Reads the tables from UTF-8 bytes; malformed UTF-8 is a problem, not a replacement character.
   *
   * @param egos the egos table; not closed
   * @param alters the alters table; not closed
   * @param aaties the alter-alter ties table; not closed
   * @return the networks
   * @throws FormatException if the tables cannot be read into networks, with every problem
   */
  public EgorImport read(InputStream egos, InputStream alters, InputStream aaties) {
    return read(utf8(egos), utf8(alters), utf8(aaties));
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Reads the tables from characters.
   *
   * @param egos the egos table; not closed
   * @param alters the alters table; not closed
   * @param aaties the alter-alter ties table; not closed
   * @return the networks
   * @throws FormatException if the tables cannot be read into networks, with every problem
   */
  public EgorImport read(Reader egos, Reader alters, Reader aaties) {
    Objects.requireNonNull(egos, "egos");
    Objects.requireNonNull(alters, "alters");
    Objects.requireNonNull(aaties, "aaties");
    Problems problems = new Problems();
    List<String> ignored = new ArrayList<>();
    List<Row> egoRows = rows(egos, EGOS, List.of(EgorWriter.EGO_ID), columnNames(Carried.EGO), problems, ignored);
    List<Row> alterRows = rows(alters, ALTERS, List.of(EgorWriter.EGO_ID, EgorWriter.ALTER_ID), null, problems,
        ignored);
    List<Row> tieRows = rows(aaties, AATIES, List.of(EgorWriter.EGO_ID, EgorWriter.SOURCE, EgorWriter.TARGET),
        columnNames(Carried.TIE), problems, ignored);
    problems.throwIfAny(EGOS);
    try {
      return new EgorImport(build(egoRows, alterRows, tieRows, problems), ignored);
    } catch (IllegalArgumentException e) {
      // a structural problem the readers of the parts did not see: reported, never a stack trace
      problems.add(Problems.problem(EGOS, 0, 0, "read.model.invalid", "path", "network"));
      problems.throwIfAny(EGOS);
      throw new IllegalStateException("unreachable", e);
    }
  }

  private static Set<String> columnNames(List<Column> columns) {
    Set<String> names = new HashSet<>();
    for (Column c : columns) {
      names.add(c.name());
    }
    return names;
  }

  /** Reads a table's rows, values by column name; {@code carried} null for the alters (any member field). */
  private List<Row> rows(Reader in, String part, List<String> required, @Nullable Set<String> carried,
      Problems problems, List<String> ignored) {
    List<Row> rows = new ArrayList<>();
    Csv.Records records = new Csv.Records(in, part, problems, maxFieldLength);
    try {
      List<String> header = records.next();
      if (header == null) {
        if (!problems.any()) {
          problems.add(Problems.problem(part, 1, 0, "read.csv.empty"));
        }
        return rows;
      }
      Map<String, Integer> columns = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i);
        if (columns.put(name, i + 1) != null) {
          problems.add(Problems.problem(part, 1, i + 1, "read.csv.header.duplicate", "column", name));
        }
        boolean known = required.contains(name) || (carried == null ? Carried.isMemberField(name)
            : carried.contains(name) && !name.equals("networkId"));
        if (!known) {
          ignored.add(part + "." + name);
        }
      }
      for (String name : required) {
        if (!columns.containsKey(name)) {
          problems.add(Problems.problem(part, 1, 0, "read.csv.header", "column", name));
        }
      }
      int count = 0;
      while (true) {
        List<String> fields = records.next();
        if (fields == null) {
          if (records.atEnd()) {
            break;
          }
          continue; // a malformed record was reported: read on, to report every problem
        }
        if (++count > maxRows) {
          problems.add(Problems.problem(part, records.recordLine(), 0, "read.limit.elements",
              "limit", Integer.toString(maxRows)));
          break;
        }
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (fields.size() != header.size()) {
          problems.add(Problems.problem(part, records.recordLine(), 0, "read.csv.columns",
              "found", Integer.toString(fields.size()), "expected", Integer.toString(header.size())));
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), fields.get(i));
        }
        rows.add(new Row(part, records.recordLine(), values, columns));
      }
    } catch (CharacterCodingException e) {
      problems.add(Problems.problem(part, records.recordLine(), 0, "read.csv.encoding"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading egor's " + part + " table failed", e);
    }
    return rows;
  }

  private static List<Network> build(List<Row> egoRows, List<Row> alterRows, List<Row> tieRows,
      Problems problems) {
    Map<String, Carried.Ego> egos = new LinkedHashMap<>();
    for (Row row : egoRows) {
      String egoId = row.get(EgorWriter.EGO_ID);
      if (egoId == null) {
        problems.add(Problems.problem(EGOS, row.line(), column(row, EgorWriter.EGO_ID), "read.value.required",
            "field", EgorWriter.EGO_ID));
        continue;
      }
      Map<String, String> values = new HashMap<>(row.values());
      values.put("networkId", egoId);
      Carried.Ego ego = Carried.readEgo(new Row(EGOS, row.line(), values, row.columns()), problems);
      if (egos.putIfAbsent(egoId, ego) != null) {
        problems.add(Problems.problem(EGOS, row.line(), column(row, EgorWriter.EGO_ID), "read.csv.ego.duplicate",
            "ego", egoId));
      }
    }
    Map<String, List<Carried.Alter>> alters = new HashMap<>();
    Map<String, Set<String>> alterIds = new HashMap<>();
    for (Row row : alterRows) {
      String egoId = row.get(EgorWriter.EGO_ID);
      Carried.Ego ego = egoId == null ? null : egos.get(egoId);
      if (ego == null) {
        problems.add(Problems.problem(ALTERS, row.line(), column(row, EgorWriter.EGO_ID), "read.csv.ego.unknown",
            "ego", egoId == null ? "" : egoId));
        continue;
      }
      MemberId id = memberId(row, EgorWriter.ALTER_ID, problems);
      if (id == null) {
        continue;
      }
      if (!alterIds.computeIfAbsent(egoId, k -> new HashSet<>()).add(id.value())) {
        problems.add(Problems.problem(ALTERS, row.line(), column(row, EgorWriter.ALTER_ID),
            "read.csv.alter.duplicate", "alter", id.value(), "ego", egoId));
        continue;
      }
      Carried.Alter alter = Carried.readMember(row, id, ego.personId(), problems);
      if (alter != null) {
        alters.computeIfAbsent(egoId, k -> new ArrayList<>()).add(alter);
      }
    }
    Map<String, List<Tie>> ties = new HashMap<>();
    for (Row row : tieRows) {
      String egoId = row.get(EgorWriter.EGO_ID);
      if (egoId == null || !egos.containsKey(egoId)) {
        problems.add(Problems.problem(AATIES, row.line(), column(row, EgorWriter.EGO_ID), "read.csv.ego.unknown",
            "ego", egoId == null ? "" : egoId));
        continue;
      }
      MemberId source = memberId(row, EgorWriter.SOURCE, problems);
      MemberId target = memberId(row, EgorWriter.TARGET, problems);
      if (source == null || target == null) {
        continue;
      }
      Tie t = Carried.readTie(row, source, target, null, problems);
      if (t != null) {
        ties.computeIfAbsent(egoId, k -> new ArrayList<>()).add(t);
      }
    }
    List<Network> networks = new ArrayList<>();
    for (Map.Entry<String, Carried.Ego> e : egos.entrySet()) {
      Network n = Carried.assemble(e.getValue(), alters.getOrDefault(e.getKey(), List.of()),
          ties.getOrDefault(e.getKey(), List.of()), problems);
      if (n != null) {
        networks.add(n);
      }
    }
    problems.throwIfAny(EGOS);
    return networks;
  }

  private static long column(Row row, String name) {
    Integer c = row.columns().get(name);
    return c == null ? 0 : c;
  }

  private static @Nullable MemberId memberId(Row row, String column, Problems problems) {
    String value = row.get(column);
    if (value == null) {
      problems.add(Problems.problem(row.part(), row.line(), column(row, column), "read.value.required",
          "field", column));
      return null;
    }
    try {
      return MemberId.of(value);
    } catch (InvalidModelException e) {
      problems.add(Problems.problem(row.part(), row.line(), column(row, column), "read.value.id", "field", column));
      return null;
    }
  }

  /** Returns the limits. */
  @Override
  public String toString() {
    return "EgorReader[maxRows=" + maxRows + ", maxFieldLength=" + maxFieldLength + "]";
  }

  /**
   * Builds an {@link EgorReader}; not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxFieldLength = DEFAULT_MAX_FIELD_LENGTH;

    private Builder() {}

    /**
     * Sets the most rows read per table.
     *
     * @param maxRows at least 1; {@value EgorReader#DEFAULT_MAX_ROWS} by default
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxRows(int maxRows) {
      if (maxRows < 1) {
        throw new IllegalArgumentException("maxRows is " + maxRows + "; give 1 or more");
      }
      this.maxRows = maxRows;
      return this;
    }

    /**
     * Sets the longest field read.
     *
     * @param maxFieldLength in characters, at least 1; {@value EgorReader#DEFAULT_MAX_FIELD_LENGTH} by default
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxFieldLength(int maxFieldLength) {
      if (maxFieldLength < 1) {
        throw new IllegalArgumentException("maxFieldLength is " + maxFieldLength + "; give 1 or more");
      }
      this.maxFieldLength = maxFieldLength;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public EgorReader build() {
      return new EgorReader(this);
    }
  }
}
