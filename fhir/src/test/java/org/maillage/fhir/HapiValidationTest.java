package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.network.Network;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/**
 * Every exported bundle is valid FHIR R4 for HAPI FHIR's validator against the base specification: no message but
 * the ones listed in {@link R4Validator#TOLERATED} (profiles and code systems it cannot load) and the one warning on
 * a Consent's policyRule ({@link R4Validator#POLICY_RULE_NOT_IN_R4_VALUE_SET}). Generated networks are validated
 * with ordinary text ({@link OrdinaryTexts}); one test keeps the generators' hostile text and tolerates the two
 * warnings on it, and those only.
 */
class HapiValidationTest {
  private static final FhirExport EXPORT = FhirExport.with(FhirOptions.builder()
      .missingData(MissingDataPolicy.PLACEHOLDER)
      .patientIdentifiers(p -> List.of(FhirIdentifier.of("urn:oid:1.2.250.1.213.1.4.8", "1" + p.id().value().length())))
      .build());

  Gen<Network> networks() {
    return NetworkGenerators.networks().map(OrdinaryTexts::of);
  }

  Gen<Network> hostileTexts() {
    // every text filled, as generated: some end in a space, some hold "<b x>"-like runs
    return NetworkGenerators.withNamesAndNotes();
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

  @Property(tries = 3)
  void hostile_text_is_exported_as_recorded_with_only_the_text_warnings(@ForAll("hostileTexts") Network network) {
    // given: the export keeps names and free texts exactly as recorded, so HAPI warns about surrounding spaces and
    // tag-like runs in them; those two warnings, and only they, are tolerated here
    String json = EXPORT.export(network).json();

    // when
    List<String> problems = R4Validator.problemsAllowingHostileText(json);

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void hostile_text_draws_the_two_text_warnings_which_only_the_hostile_text_check_tolerates() {
    // given: Léa's network named with a trailing space, her need's note (an Annotation, markdown) holding a tag, the
    // person named with tags
    Network lea = Fixtures.lea();
    Person person = lea.focalPerson().orElseThrow();
    Network hostile = Network.builder().from(lea).name("Réseau de Léa ")
        .focalPerson(Person.builder().from(person).name("Léa <i>Martin</i>")
            .needs(List.of(Need.builder().from(person.needs().get(0)).note("Décrochage <b class> depuis la rentrée")
                .build())).build())
        .build();
    String json = EXPORT.export(hostile).json();

    // when
    List<String> strict = R4Validator.problems(json);

    // then
    assertThat(strict).hasSize(3).anyMatch(p -> p.contains("Type_Specific_Checks_DT_String_WS"))
        .anyMatch(p -> p.contains("SECURITY_STRING_CONTENT_WARNING"))
        .anyMatch(p -> p.contains("TYPE_SPECIFIC_CHECKS_DT_MARKDOWN_HTML"));
    assertThat(R4Validator.problemsAllowingHostileText(json)).isEmpty();
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
  void the_policy_rule_warning_is_tolerated_at_a_consents_policy_rule_only() {
    // given: Léa's bundle, whose two Consents carry the legal basis as their policyRule
    String consent = EXPORT.export(Fixtures.lea()).json();

    // when
    List<String> warned = R4Validator.messages(consent).stream()
        .filter(m -> R4Validator.POLICY_RULE_NOT_IN_R4_VALUE_SET.equals(m.getMessageId()))
        .map(m -> m.getLocationString()).collect(Collectors.toList());

    // then: the warning is there, at each policyRule, and is tolerated there alone
    assertThat(warned).isNotEmpty().allSatisfy(l -> assertThat(R4Validator.isConsentPolicyRule(l)).isTrue());
    assertThat(R4Validator.problems(consent)).isEmpty();
    assertThat(R4Validator.isConsentPolicyRule("Bundle.entry[3].resource/*CareTeam/null*/.participant[0].role[0]"))
        .isFalse();
    assertThat(R4Validator.isConsentPolicyRule("Bundle.entry[3].resource/*Consent/null*/.provision.code[0]"))
        .isFalse();
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
