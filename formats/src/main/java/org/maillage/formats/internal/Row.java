package org.maillage.formats.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record read from a research format, by attribute name: a GraphML node, edge or graph, a table's row,
 * with where it was found so that each problem says where.
 *
 * @param part the part of the input: {@code "graphml"}, {@code "egos"}, {@code "alters"}, {@code "aaties"}
 * @param line the line it starts on, from 1; 0 when unknown
 * @param values the values by attribute name; an absent or empty value is absent
 * @param columns the column of each attribute, from 1, for the tables; empty for GraphML
 */
public record Row(String part, long line, Map<String, String> values, Map<String, Integer> columns) {

  /**
   * Returns a value.
   *
   * @param name the attribute's name
   * @return the value, or null when absent or empty
   */
  public @Nullable String get(String name) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  long column(String name) {
    Integer column = columns.get(name);
    return column == null ? 0 : column;
  }
}
