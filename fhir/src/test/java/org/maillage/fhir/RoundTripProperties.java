package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** Every generated network, exported and imported, keeps everything FHIR carries, and exports the same again. */
class RoundTripProperties {
  private static final FhirExport EXPORT = FhirExport.with(FhirOptions.builder()
      .missingData(MissingDataPolicy.PLACEHOLDER).build());

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  @Property(tries = 200)
  void a_network_exported_and_imported_keeps_what_fhir_carries(@ForAll("networks") Network network) {
    // given
    String json = EXPORT.export(network).json();

    // when
    FhirImportResult read = FhirImport.create().read(json);

    // then
    assertThat(Carried.of(read.network())).isEqualTo(Carried.of(network));
    assertThat(read.unmapped()).filteredOn(i -> !i.messageKey().equals("fhir.import.unresolved"))
        .extracting(i -> i.path() + " " + i.messageKey()).isEmpty();
    Statistics.label("focal person").collect(network.focalPerson().isPresent());
    Statistics.label("focal person").coverage(true, 20);
    Statistics.label("project").collect(network.project().isPresent() && network.focalPerson().isPresent());
    Statistics.label("project").coverage(true, 5);
    Statistics.label("consents").collect(!network.consents().isEmpty() && network.focalPerson().isPresent());
    Statistics.label("consents").coverage(true, 5);
    Statistics.label("referents").collect(!network.referents().isEmpty());
    Statistics.label("referents").coverage(true, 5);
  }

  @Property(tries = 100)
  void after_one_round_trip_the_bundle_is_a_fixed_point(@ForAll("networks") Network network) {
    // given: what FHIR carries of the network, as a bundle read back
    Network once = FhirImport.create().read(EXPORT.export(network).json()).network();
    String json = EXPORT.export(once).json();

    // when
    String again = EXPORT.export(FhirImport.create().read(json).network()).json();

    // then
    assertThat(again).isEqualTo(json);
  }
}
