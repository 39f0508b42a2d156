package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.maillage.formats.pseudonym.Pseudonymiser;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/** Same network, same bytes; a pseudonymised export holds no name or free text; no channel prints one. */
class PrivacyAndDeterminismProperties {
  private static final FhirExport EXPORT = FhirExport.with(FhirOptions.builder()
      .missingData(MissingDataPolicy.PLACEHOLDER).build());
  private static final Pseudonymiser PSEUDONYMISER = Pseudonymiser.builder()
      .key("a key of at least thirty-two bytes, for tests".getBytes(StandardCharsets.UTF_8)).build();
  /** The tags of the personal and free-text fields the export writes, as the generator marks them. */
  private static final String[] MARKERS = {"name~", "personname~", "netname~", "orgname~", "evaluationstrategy~",
      "objective~", "means~", "note~", "repname~", "neednote~"};

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<Network> marked() {
    return NetworkGenerators.withNamesAndNotes();
  }

  @Property(tries = 50)
  void the_same_network_gives_the_same_bytes(@ForAll("networks") Network network) {
    assertThat(EXPORT.export(network).json()).isEqualTo(EXPORT.export(network).json());
  }

  @Property(tries = 50)
  void a_pseudonymised_export_holds_no_name_or_free_text(@ForAll("marked") Network network) {
    // when
    String json = EXPORT.exportPseudonymised(network, PSEUDONYMISER).json();

    // then
    assertThat(json).doesNotContain(MARKERS).doesNotContain("\"" + network.id().value() + "\"");
  }

  @Property(tries = 50)
  void results_and_errors_print_no_name_or_free_text(@ForAll("marked") Network network) {
    // given
    FhirExportResult result = EXPORT.export(network);

    // when
    String printed = result + " " + FhirImport.create().read(result.json()) + " " + result.warnings();
    String failure;
    try {
      FhirExport.standard().export(network);
      failure = "";
    } catch (FhirException e) {
      failure = e.getMessage() + e.issues();
    }

    // then
    assertThat(printed + failure).doesNotContain(MARKERS);
  }
}
