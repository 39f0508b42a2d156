package org.maillage.fhir;

/**
 * What the export does when a profile requires what the record lacks (<i>donnée exigée absente</i>): the
 * family name, the telecom and the TRE_R260 role a Cercle de soins related person requires, or the structure's
 * agreement a TDDUI personalised project requires, for example.
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
   * and reads it as absent. A code or a reference has no value to declare (a related person's role in TRE_R260,
   * the structure's agreement to a TDDUI project): it is written without one. Every placeholder is marked with
   * R4's {@code data-absent-reason}.
   */
  PLACEHOLDER
}
