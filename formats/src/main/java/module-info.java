/**
 * Maillage formats: networks written and read as JSON, JSON Lines, GraphML, egor's tables and DOT, and the
 * pseudonymising transform applied before any writer.
 *
 * @since 0.1
 */
module org.maillage.formats {
  requires transitive org.maillage;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports org.maillage.formats;
  exports org.maillage.formats.json;
  exports org.maillage.formats.ecomap;

}
