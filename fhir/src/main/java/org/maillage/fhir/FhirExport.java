package org.maillage.fhir;

import java.util.Objects;
import org.maillage.formats.pseudonym.Pseudonymiser;
import org.maillage.network.Network;

/**
 * Writes a network as a FHIR R4 transaction Bundle shaped by the French guides (<i>export FHIR</i>): the focal
 * person as an FR Core Patient, the network as a Cercle de soins CareTeam, primary members and participants as
 * related persons, professionals as PractitionerRole, Practitioner and Organization, the personalised project as
 * a TDDUI CarePlan with its Goals and Tasks, consents as TDDUI Consents.
 *
 * <pre>{@code
 * FhirExportResult result = FhirExport.with(FhirOptions.builder()
 *     .missingData(MissingDataPolicy.PLACEHOLDER).build()).export(network);
 * String bundle = result.json();
 * result.warnings().forEach(w -> log(w.message(Locale.FRENCH)));
 * }</pre>
 *
 * <p>The output is deterministic: the same network and options give the same characters (resources in the
 * model's order, {@code urn:uuid} full URLs derived from the network's and the values' ids, no timestamp). The
 * export is linear in the size of the network, does no I/O, and needs no FHIR library. This class is immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class FhirExport {
  private static final FhirExport STANDARD = new FhirExport(FhirOptions.defaults());

  private final FhirOptions options;

  private FhirExport(FhirOptions options) {
    this.options = options;
  }

  /**
   * Returns an exporter with the default options (fail on missing data).
   *
   * @return the exporter
   * @since 0.1
   */
  public static FhirExport standard() {
    return STANDARD;
  }

  /**
   * Returns an exporter with options.
   *
   * @param options the options
   * @return the exporter
   * @since 0.1
   */
  public static FhirExport with(FhirOptions options) {
    return new FhirExport(Objects.requireNonNull(options, "FhirExport.options"));
  }

  /**
   * Returns the options of this exporter.
   *
   * @return the options
   * @since 0.1
   */
  public FhirOptions options() {
    return options;
  }

  /**
   * Writes a network.
   *
   * @param network the network
   * @return the Bundle and the warnings
   * @throws FhirException if a profile requires what the record lacks under {@link MissingDataPolicy#FAIL}
   *     (every such element listed), or the network has no focal person under {@link NoFocalPersonPolicy#FAIL}
   * @since 0.1
   */
  public FhirExportResult export(Network network) {
    Objects.requireNonNull(network, "FhirExport.network");
    return new BundleWriter(network, options, false).write();
  }

  /**
   * Pseudonymises a network, then writes it: names and free texts replaced by keyed pseudonyms, ids by keyed
   * pseudonyms, dates as the pseudonymiser treats them; the identifiers supplied for the focal person are not
   * written.
   *
   * @param network the network
   * @param pseudonymiser the transform, holding the caller's key
   * @return the Bundle of the pseudonymised network, and the warnings
   * @throws FhirException as {@link #export(Network)}
   * @since 0.1
   */
  public FhirExportResult exportPseudonymised(Network network, Pseudonymiser pseudonymiser) {
    Objects.requireNonNull(network, "FhirExport.network");
    Objects.requireNonNull(pseudonymiser, "FhirExport.pseudonymiser");
    return new BundleWriter(pseudonymiser.apply(network), options, true).write();
  }

  @Override
  public String toString() {
    return "FhirExport{" + options + "}";
  }
}
