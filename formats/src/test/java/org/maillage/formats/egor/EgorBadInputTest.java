package org.maillage.formats.egor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;

/** Bad tables: each is refused with its problem's key, table, line and column, never another exception. */
class EgorBadInputTest {
  private static final String EGOS = "egoID,created\r\nn-1,2026-01-05\r\n";
  private static final String ALTERS = "egoID,alterID,kind,horizon,relation,involvements\r\n"
      + "n-1,m-1,primaryMember,CLOSE,AUNT,2025-01-01/\r\n";
  private static final String AATIES = "egoID,Source,Target,tieId,nature\r\n";

  @Test
  void well_formed_tables_read() {
    // given minimal tables, when they are read, then one network with one member comes back
    EgorImport read = EgorReader.standard().read(new EgorTables(EGOS, ALTERS, AATIES));
    assertThat(read.networks()).singleElement().satisfies(n -> assertThat(n.members()).hasSize(1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "an unclosed quote|alters|n-1,m-1,primaryMember,CLOSE,AUNT,\"2025-01-01/|read.csv.quote|2|6",
      "a stray quote|alters|n-1,m-1,prim\"aryMember,CLOSE,AUNT,2025-01-01/|read.csv.quote|2|3",
      "a short row|alters|n-1,m-1,primaryMember|read.csv.columns|2|0",
      "an unknown ego|alters|n-9,m-1,primaryMember,CLOSE,AUNT,2025-01-01/|read.csv.ego.unknown|2|1",
      "a wrong constant|alters|n-1,m-1,primaryMember,NEAR,AUNT,2025-01-01/|read.value.unknown|2|4",
      "a missing required field|alters|n-1,m-1,primaryMember,,AUNT,2025-01-01/|read.value.required|2|4",
      "a bad period|alters|n-1,m-1,primaryMember,CLOSE,AUNT,2025-13-01/|read.value.date|2|6",
      "a duplicate alter|alters|n-1,m-1,primaryMember,CLOSE,AUNT,2025-01-01/~n-1,m-1,primaryMember,CLOSE,AUNT,"
          + "2025-01-01/|read.csv.alter.duplicate|3|2",
      "a tie to nobody|aaties|n-1,m-1,m-9,t-1,AFFECTIVE|read.model.invalid|2|0",
      "a bad date|egos|n-2,05/01/2026|read.value.date|3|2"})
  void a_bad_row_is_refused_with_its_place(String name, String table, String row, String key, int line,
      int column) {
    // given tables with one bad row appended ('~' separates two rows)
    row = row.replace("~", "\r\n");
    EgorTables tables = new EgorTables(table.equals("egos") ? EGOS + row + "\r\n" : EGOS,
        table.equals("alters") ? (name.startsWith("a duplicate") || name.startsWith("a short")
            || name.startsWith("an unknown") || name.startsWith("a wrong") || name.startsWith("a missing")
            || name.startsWith("a bad period") || name.startsWith("an unclosed") || name.startsWith("a stray")
            ? ALTERS.substring(0, ALTERS.indexOf("\r\n") + 2) : ALTERS) + row + "\r\n" : ALTERS,
        table.equals("aaties") ? AATIES + row + "\r\n" : AATIES);

    // when they are read
    FormatException e = catchThrowableOfType(() -> EgorReader.standard().read(tables), FormatException.class);

    // then the one reader error places the problem
    assertThat(e).as(name).isNotNull();
    assertThat(e.problems()).as(name).anySatisfy(p -> {
      assertThat(p.messageKey()).isEqualTo(key);
      assertThat(p.line()).isEqualTo(line);
      if (column > 0) {
        assertThat(p.column()).isEqualTo(column);
      }
    });
  }

  @Test
  void a_missing_id_column_and_malformed_utf8_are_named() {
    // given an alters table without alterID, and an egos table that is not UTF-8
    byte[] latin1 = "egoID,created\r\nn-\u00e9,2026-01-05\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    // when they are read, then each problem is named
    FormatException header = catchThrowableOfType(() -> EgorReader.standard().read(
        new EgorTables(EGOS, "egoID,kind\r\n", AATIES)), FormatException.class);
    assertThat(header.problems()).extracting(FormatProblem::messageKey).contains("read.csv.header");
    FormatException encoding = catchThrowableOfType(() -> EgorReader.standard().read(
        new ByteArrayInputStream(latin1), new ByteArrayInputStream(ALTERS.getBytes()),
        new ByteArrayInputStream(AATIES.getBytes())), FormatException.class);
    assertThat(encoding.problems()).extracting(FormatProblem::messageKey).contains("read.csv.encoding");
  }
}
