package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/**
 * Every exported bundle is valid FHIR R4 for HAPI FHIR's validator against the base specification: no message but
 * the ones listed in {@link R4Validator#TOLERATED} (profiles and code systems it cannot load).
 */
class HapiValidationTest {
  private static final FhirExport EXPORT = FhirExport.with(FhirOptions.builder()
      .missingData(MissingDataPolicy.PLACEHOLDER)
      .patientIdentifiers(p -> List.of(FhirIdentifier.of("urn:oid:1.2.250.1.213.1.4.8", "1" + p.id().value().length())))
      .build());

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  @Property(tries = 4)
  void every_generated_network_exports_as_a_valid_r4_bundle(@ForAll("networks") Network network) {
    // given
    String json = EXPORT.export(network).json();

    // when
    List<String> problems = R4Validator.problems(json);

    // then
    assertThat(problems).isEmpty();
  }

  @Property(tries = 2)
  void every_omitted_export_is_valid_r4_too(@ForAll("networks") Network network) {
    // given
    String json = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.OMIT_WITH_WARNING).build())
        .export(network).json();

    // when
    List<String> problems = R4Validator.problems(json);

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void the_example_networks_export_as_valid_r4_bundles() throws IOException {
    // given
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("..", "examples", "networks"), "*.json")) {
      dir.forEach(files::add);
    }
    files.sort(null);
    assertThat(files).isNotEmpty();

    for (Path file : files) {
      // when
      Network network = NetworkJsonReader.create().read(Files.readString(file));
      String json = EXPORT.export(network).json();

      // then
      assertThat(R4Validator.problems(json)).as(file.getFileName().toString()).isEmpty();
    }
  }

  @Test
  void the_published_code_systems_are_valid_r4_and_hold_every_code_the_export_writes() {
    // given
    String json = FhirCodes.codeSystems();

    // when
    List<String> problems = R4Validator.problems(json);

    // then
    assertThat(problems).isEmpty();
    assertThat(json).contains("\"code\":\"REFERENT\"", "\"code\":\"SCHOOLMATE\"", "\"code\":\"FR-CSP-L1110-4-III\"",
        FhirCodes.RELATION, FhirCodes.LEGAL_BASIS);
  }
}
