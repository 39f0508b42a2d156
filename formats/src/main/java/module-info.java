/**
 * Maillage formats: networks written and read as JSON, JSON Lines, GraphML, egor's tables and DOT, and the
 * pseudonymising transform applied before any writer.
 *
 * @since 0.1
 */
module org.maillage.formats {
  requires transitive org.maillage;
  requires tools.jackson.core;
  requires java.xml;
  requires static org.jspecify;

  exports org.maillage.formats;
  exports org.maillage.formats.json;
  exports org.maillage.formats.ecomap;
  exports org.maillage.formats.pseudonym;
  exports org.maillage.formats.graphml;
  exports org.maillage.formats.egor;
  exports org.maillage.formats.dot;

}
