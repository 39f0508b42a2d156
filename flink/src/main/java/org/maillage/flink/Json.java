package org.maillage.flink;

import org.maillage.analysis.Figure;

/** The few JSON spellings the job writes by hand: a string literal and a figure. Stateless and thread-safe. */
final class Json {
  private Json() {}

  /** Appends a JSON string literal, escaped as RFC 8259 requires. */
  static StringBuilder string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** A JSON string literal. */
  static String string(String value) {
    return string(new StringBuilder(value.length() + 2), value).toString();
  }

  /** Appends a figure: its value, or {@code null} when it is undefined. */
  static StringBuilder figure(StringBuilder out, Figure figure) {
    return figure.isDefined() ? number(out, figure.value()) : out.append("null");
  }

  /** Appends a number: {@code null} for a value JSON cannot spell (NaN, infinities). */
  static StringBuilder number(StringBuilder out, double value) {
    return Double.isFinite(value) ? out.append(value) : out.append("null");
  }
}
