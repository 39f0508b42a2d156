package org.maillage.formats.egor;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maillage.formats.internal.Problems;
import org.maillage.formats.FormatProblem;

/**
 * RFC 4180 CSV, written and read by hand: comma-separated fields, a field quoted with {@code "} when it holds a
 * comma, a quote, a carriage return or a line feed (a quote inside doubled), records ended by CRLF (a lone LF is
 * accepted on reading). Not thread-safe: one reader per table.
 */
final class Csv {
  private Csv() {}

  /** Appends one record and its CRLF. */
  static void write(Appendable out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0 || f.indexOf('\n') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append("\r\n");
  }

  /** Reads records one at a time, with the line each starts on. */
  static final class Records {
    private final Reader in;
    private final String part;
    private final Problems problems;
    private final int maxFieldLength;
    private int next = -2;
    private long line = 1;
    private long recordLine;
    private boolean first = true;

    Records(Reader in, String part, Problems problems, int maxFieldLength) {
      this.in = in;
      this.part = part;
      this.problems = problems;
      this.maxFieldLength = maxFieldLength;
    }

    long recordLine() {
      return recordLine;
    }

    /** Tells whether the table is read to its end. */
    boolean atEnd() throws IOException {
      return peek() == -1;
    }

    private int peek() throws IOException {
      if (next == -2) {
        next = in.read();
        if (first) {
          first = false;
          if (next == '\uFEFF') {
            next = in.read(); // a byte order mark, as spreadsheets write
          }
        }
      }
      return next;
    }

    private int take() throws IOException {
      int c = peek();
      next = -2;
      return c;
    }

    /**
     * Returns the next record, or null at the end; a malformed record is reported and null returned.
     *
     * @return the fields
     */
    @Nullable List<String> next() throws IOException {
      if (peek() == -1) {
        return null;
      }
      recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean afterQuote = false;
      while (true) {
        int c = take();
        if (field.length() > maxFieldLength) {
          problems.add(Problems.problem(part, recordLine, fields.size() + 1, "read.limit.text",
              "limit", Integer.toString(maxFieldLength)));
          return null;
        }
        if (quoted) {
          if (c == -1) {
            problems.add(Problems.problem(part, recordLine, fields.size() + 1, "read.csv.quote"));
            return null;
          }
          if (c == '"') {
            if (peek() == '"') {
              take();
              field.append('"');
            } else {
              quoted = false;
              afterQuote = true;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
          continue;
        }
        if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
        } else if (c == '\r' && peek() == '\n' || c == '\n' || c == -1) {
          if (c == '\r') {
            take();
          }
          if (c != -1) {
            line++;
          }
          fields.add(field.toString());
          return fields;
        } else if (c == '"' && field.length() == 0 && !afterQuote) {
          quoted = true;
        } else if (afterQuote || c == '"') {
          problems.add(Problems.problem(part, recordLine, fields.size() + 1, "read.csv.quote"));
          skipLine();
          return null;
        } else {
          field.append((char) c);
        }
      }
    }

    private void skipLine() throws IOException {
      while (true) {
        int c = take();
        if (c == -1) {
          return;
        }
        if (c == '\n') {
          line++;
          return;
        }
      }
    }
  }
}
