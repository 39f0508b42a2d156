/**
 * Maillage FHIR: a network as a FHIR R4 transaction Bundle shaped by the French guides (Cercle de soins,
 * Transfert de données DUI, FR Core), and such bundles read back, with no FHIR library at run time.
 *
 * @since 0.1
 */
module org.maillage.fhir {
  requires transitive org.maillage;
  requires transitive org.maillage.formats;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports org.maillage.fhir;
}
