package org.maillage.fhir;

import java.util.Objects;

/**
 * Reads a FHIR R4 Bundle back into a network (<i>import FHIR</i>): the bundles {@link FhirExport} writes, and
 * CareTeam-centred bundles of other systems (Cercle de soins, TDDUI, plain R4).
 *
 * <pre>{@code
 * FhirImportResult result = FhirImport.create().read(json);
 * Network network = result.network();
 * result.unmapped().forEach(i -> System.out.println(i.message(Locale.FRENCH)));
 * }</pre>
 *
 * <p>The first CareTeam is the network; its subject the focal person; its participants the members (a
 * RelatedPerson a primary member, or a participant when its relationship is a Maillage participant role; a
 * PractitionerRole, or a Practitioner, a professional); a RelatedPerson with a representation kind a legal
 * representative; the ServiceRequests of the patient its needs; every Organization an organisation; the first
 * CarePlan the project, its Goals the objectives, the Tasks that focus on them the means; every Consent a consent. Everything
 * the model cannot hold (an unknown extension, a code of another system, an element with no place in the model, a
 * resource not referenced) is listed in {@link FhirImportResult#unmapped()} with its path, and so is every value
 * the import had to default; nothing is dropped silently. Linear in the document; no I/O. This class is immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class FhirImport {
  private static final FhirImport INSTANCE = new FhirImport();

  private FhirImport() {}

  /**
   * Returns the importer.
   *
   * @return the importer
   * @since 0.1
   */
  public static FhirImport create() {
    return INSTANCE;
  }

  /**
   * Reads a Bundle.
   *
   * @param json the Bundle, FHIR R4 JSON
   * @return the network and what could not be mapped
   * @throws FhirException if the text is not JSON, not a Bundle, holds no CareTeam, or holds values the model
   *     refuses (each problem with its path)
   * @since 0.1
   */
  public FhirImportResult read(String json) {
    Objects.requireNonNull(json, "FhirImport.json");
    return new BundleReader(JsonTree.parse(json, "Bundle")).read();
  }

  @Override
  public String toString() {
    return "FhirImport";
  }
}
