/**
 * Maillage API: the typed concepts of social-work network practice (<i>travail en réseau</i>) as immutable
 * values, the rule SPI and the report types.
 *
 * @since 0.1
 */
module org.maillage {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.maillage;
  exports org.maillage.person;
  exports org.maillage.member;
  exports org.maillage.network;
  exports org.maillage.partnership;
  exports org.maillage.referent;
  exports org.maillage.project;
  exports org.maillage.sharing;
  exports org.maillage.sharing.fr;
  exports org.maillage.sharing.be;
  exports org.maillage.validation;
  exports org.maillage.analysis;
}
