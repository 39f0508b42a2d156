/**
 * Maillage core: the engine that judges networks described with the {@code org.maillage} API, the standard
 * rule catalogue, and the information-sharing decision.
 *
 * @since 0.1
 */
module org.maillage.core {
  requires transitive org.maillage;
  requires org.slf4j;
  requires static org.jspecify;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.maillage.core;

  uses org.maillage.validation.Rule;
}
