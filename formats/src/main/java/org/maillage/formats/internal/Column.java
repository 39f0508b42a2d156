package org.maillage.formats.internal;

/**
 * An attribute a research format carries: its name (a GraphML key's {@code attr.name} and id, a table's
 * column) and whether it is a yes-or-no value (GraphML {@code boolean}) or text (GraphML {@code string}).
 *
 * @param name the attribute's name, an XML NMTOKEN
 * @param bool true for a boolean, false for a string
 */
public record Column(String name, boolean bool) {

  static Column text(String name) {
    return new Column(name, false);
  }

  static Column yesNo(String name) {
    return new Column(name, true);
  }
}
