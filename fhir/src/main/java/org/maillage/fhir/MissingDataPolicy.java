package org.maillage.fhir;

/**
 * What the export does when a profile requires what the record lacks (<i>donnée exigée absente</i>): the
 * family name and the telecom a Cercle de soins related person requires, for example.
 *
 * @since 0.1
 */
public enum MissingDataPolicy {
  /** Refuse the export with a {@link FhirException} listing every missing element; the default. */
  FAIL,
  /** Leave the element out, with one warning per element; the resource then does not meet the profile. */
  OMIT_WITH_WARNING,
  /**
   * Fill the element with the placeholder the caller declared ({@link FhirOptions.Builder#placeholderFamily},
   * {@link FhirOptions.Builder#placeholderTelecom}), with one warning per element; the import recognises it
   * and reads it as absent.
   */
  PLACEHOLDER
}
