package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.network.Network;

/** Hand-written bundles in the guides' shapes, from other systems, with unknown extensions and codes. */
class ImportTest {
  private static String bundle(String name) {
    try (InputStream in = ImportTest.class.getResourceAsStream("bundles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean reported(FhirImportResult r, String path, String key) {
    return r.unmapped().stream().anyMatch(i -> i.path().equals(path) && i.messageKey().equals(key));
  }

  @Test
  void a_cds_care_team_of_another_system_is_read_with_its_patient_contact_and_professional() {
    // when
    FhirImportResult r = FhirImport.create().read(bundle("cds-other-system.json"));

    // then
    Network n = r.network();
    assertThat(n.id().value()).isEqualTo("CDS-42");
    assertThat(n.created()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(n.focalPerson()).hasValueSatisfying(p -> {
      assertThat(p.name()).contains("Jeanne Durand");
      assertThat(p.birthDate()).contains(LocalDate.of(1948, 3, 2));
    });
    assertThat(n.primaryMembers()).singleElement().satisfies(m -> {
      assertThat(m.name()).contains("Claire Durand");
      assertThat(m.relation()).isEqualTo(Relation.SIGNIFICANT_OTHER);
    });
    assertThat(n.professionals()).singleElement().satisfies(p -> {
      assertThat(p.name()).contains("Luc Martin");
      assertThat(p.organisation()).isPresent();
      assertThat(p.involvements().get(0).end()).contains(LocalDate.of(2026, 6, 30));
      assertThat(p.competences()).extracting(c -> c.role()).containsExactly("Infirmier");
    });
    assertThat(n.organisations()).hasSize(1);
  }

  @Test
  void an_unknown_extension_is_reported_by_path() {
    FhirImportResult r = FhirImport.create().read(bundle("cds-other-system.json"));
    assertThat(reported(r, "Bundle.entry[2].resource.extension[0]", "fhir.import.unknown-extension")).isTrue();
  }

  @Test
  void codes_the_model_has_no_equivalent_for_are_reported_by_path_and_the_default_is_said() {
    FhirImportResult r = FhirImport.create().read(bundle("cds-other-system.json"));
    assertThat(reported(r, "Bundle.entry[2].resource.relationship[1].coding[0]", "fhir.import.unmapped-code"))
        .isTrue();
    assertThat(reported(r, "Bundle.entry[2].resource.relationship[0].coding[0]", "fhir.import.unmapped-code"))
        .isTrue();
    assertThat(reported(r, "Bundle.entry[2].resource.relationship", "fhir.import.defaulted")).isTrue();
    assertThat(reported(r, "Bundle.entry[1].resource.participant[0].role[0].coding[0]",
        "fhir.import.unmapped-code")).isTrue();
    assertThat(reported(r, "Bundle.entry[3].resource.code[0].coding[0]", "fhir.import.unmapped-code")).isTrue();
  }

  @Test
  void elements_and_resources_with_no_place_in_the_model_are_reported_never_dropped() {
    FhirImportResult r = FhirImport.create().read(bundle("cds-other-system.json"));
    assertThat(reported(r, "Bundle.entry[0].resource.gender", "fhir.import.unmapped")).isTrue();
    assertThat(reported(r, "Bundle.entry[0].resource.identifier[0].system", "fhir.import.unmapped")).isTrue();
    assertThat(reported(r, "Bundle.entry[2].resource.telecom[0].value", "fhir.import.unmapped")).isTrue();
    assertThat(reported(r, "Bundle.entry[6].resource", "fhir.import.unmapped-resource")).isTrue();
    assertThat(r.unmapped()).anySatisfy(i -> assertThat(i.messageKey()).isEqualTo("fhir.import.unmapped-member"));
  }

  @Test
  void every_issue_renders_in_french_english_and_dutch_without_a_name() {
    FhirImportResult r = FhirImport.create().read(bundle("cds-other-system.json"));
    for (FhirIssue i : r.unmapped()) {
      for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
        assertThat(i.message(l)).startsWith(i.path()).doesNotContain("Durand", "Martin", "{");
      }
    }
  }

  @Test
  void a_tddui_project_of_another_system_is_read_with_its_objective_and_means() {
    // when
    FhirImportResult r = FhirImport.create().read(bundle("tddui-project.json"));

    // then
    Network n = r.network();
    Professional educator = n.professionals().get(0);
    assertThat(educator.organisation()).isPresent();
    assertThat(n.project()).hasValueSatisfying(p -> assertThat(p.objectives()).singleElement().satisfies(o -> {
      assertThat(o.statement()).contains("Transports");
      assertThat(o.means()).singleElement().satisfies(m -> {
        assertThat(m.holder()).isEqualTo(educator.id());
        assertThat(m.description()).contains("Accompagnement trajet");
      });
    }));
    assertThat(reported(r, "Bundle.entry[5].resource.category[0].coding[0]", "fhir.import.unmapped-code")).isTrue();
    assertThat(reported(r, "Bundle.entry[4].resource.category", "fhir.import.unmapped")).isTrue();
  }

  @Test
  void our_own_bundle_reads_back_with_nothing_unmapped() {
    // given
    String json = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER).build())
        .export(Fixtures.lea()).json();

    // when
    FhirImportResult r = FhirImport.create().read(json);

    // then
    assertThat(r.unmapped()).isEmpty();
    assertThat(Carried.of(r.network())).isEqualTo(Carried.of(Fixtures.lea()));
    assertThat(r.network().primaryMembers()).extracting(PrimaryMember::relation)
        .containsExactly(Relation.AUNT, Relation.SCHOOLMATE);
  }

  @Test
  void a_bundle_of_the_earlier_shape_with_prs_roles_and_no_supporting_info_reads_the_same() {
    // given: the bundle as earlier versions wrote it, each member's TRE_R260 role PRS (which TRE_R260 lacks)
    String json = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER).build())
        .export(Fixtures.lea()).json();
    String placeholderRole = "{\"extension\":[{\"url\":\"" + FhirCodes.DATA_ABSENT_REASON
        + "\",\"valueCode\":\"unknown\"}],\"coding\":[{\"system\":\"" + FhirCodes.TRE_R260 + "\"}]}";
    String prs = "{\"coding\":[{\"system\":\"" + FhirCodes.TRE_R260 + "\",\"code\":\"PRS\"}]}";
    assertThat(json).contains(placeholderRole, "\"supportingInfo\"");
    int info = json.indexOf("\"supportingInfo\"");
    int infoEnd = json.indexOf("}],", json.indexOf(BundleWriter.ACCORD_STRUCTURE_ABSENT)) + 3;
    String earlier = (json.substring(0, info) + json.substring(infoEnd)).replace(placeholderRole, prs);

    // when
    FhirImportResult r = FhirImport.create().read(earlier);

    // then
    assertThat(earlier).doesNotContain("supportingInfo");
    assertThat(r.unmapped()).isEmpty();
    assertThat(Carried.of(r.network())).isEqualTo(Carried.of(Fixtures.lea()));
  }

  @Test
  void a_goal_of_the_earlier_shape_with_the_goal_note_extension_and_the_module_id_system_reads_the_same() {
    // given: the Goal as earlier versions wrote it, before TDDUI 2.2.0's discriminator and objective system
    String json = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER).build())
        .export(Fixtures.lea()).json();
    String discriminator = "{\"url\":\"" + FhirCodes.TDDUI_DISCRIMINATOR + "\",\"valueCodeableConcept\":{\"coding\":[{"
        + "\"system\":\"" + FhirCodes.TDDUI_DISCRIMINATOR_CODES + "\",\"code\":\"titreObjectif\"}]}}";
    String goalNote = "{\"url\":\"" + FhirCodes.TDDUI_GOAL_NOTE + "\",\"valueCode\":\"titreObjectif\"}";
    assertThat(json).contains(discriminator, FhirCodes.TDDUI_OBJECTIVE_IDENTIFIER);
    String earlier = json.replace(discriminator, goalNote)
        .replace(FhirCodes.TDDUI_OBJECTIVE_IDENTIFIER, FhirCodes.OBJECTIVE_ID);

    // when
    FhirImportResult r = FhirImport.create().read(earlier);

    // then
    assertThat(earlier).doesNotContain(FhirCodes.TDDUI_DISCRIMINATOR_CODES + "\",\"code\":\"titreObjectif");
    assertThat(r.unmapped()).isEmpty();
    assertThat(Carried.of(r.network())).isEqualTo(Carried.of(Fixtures.lea()));
  }

  @Test
  void a_tddui_2_2_goal_of_another_system_is_read_by_its_discriminator_and_objective_system() {
    // given: the hand-written project, its Goal in TDDUI 2.2.0's shape
    String goalNote = "{ \"url\": \"" + FhirCodes.TDDUI_GOAL_NOTE + "\", \"valueCode\": \"titreObjectif\" }";
    String discriminator = "{ \"url\": \"" + FhirCodes.TDDUI_DISCRIMINATOR + "\", \"valueCodeableConcept\": { "
        + "\"coding\": [ { \"system\": \"" + FhirCodes.TDDUI_DISCRIMINATOR_CODES + "\", \"code\": \"titreObjectif\" } ] } }";
    String json = bundle("tddui-project.json");
    assertThat(json).contains(goalNote, "\"identifier\": [ { \"value\": \"OBJ-1\" } ]");
    String view = "{ \"extension\": [ { \"url\": \"" + FhirCodes.TDDUI_DISCRIMINATOR + "\", \"valueCodeableConcept\": { "
        + "\"coding\": [ { \"system\": \"" + FhirCodes.TDDUI_DISCRIMINATOR_CODES
        + "\", \"code\": \"avisUsagerObjectif\" } ] } } ], \"text\": \"D'accord\" }";
    String tddui = json.replace(goalNote, discriminator).replace("\"text\": \"Transports\" }",
        "\"text\": \"Transports\" }, " + view).replace("\"identifier\": [ { \"value\": \"OBJ-1\" } ]",
        "\"identifier\": [ { \"system\": \"" + FhirCodes.TDDUI_OBJECTIVE_IDENTIFIER + "\", \"value\": \"ob-transports\" } ]");

    assertThat(tddui).contains(view, FhirCodes.TDDUI_OBJECTIVE_IDENTIFIER).doesNotContain(FhirCodes.TDDUI_GOAL_NOTE);

    // when
    FhirImportResult r = FhirImport.create().read(tddui);

    // then
    assertThat(r.network().project()).hasValueSatisfying(p -> assertThat(p.objectives()).singleElement()
        .satisfies(o -> {
          assertThat(o.statement()).contains("Transports");
          assertThat(o.id().value()).isEqualTo("ob-transports");
        }));
    // the person's view on the objective, another TDDUI note, has no place in the model: its text is reported
    assertThat(r.unmapped()).filteredOn(i -> i.path().contains(".note")).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("Bundle.entry[5].resource.note[1].text");
      assertThat(i.messageKey()).isEqualTo("fhir.import.unmapped");
    });
  }

  @Test
  void a_document_that_is_not_a_bundle_is_refused_with_one_issue() {
    assertThatThrownBy(() -> FhirImport.create().read(bundle("not-a-bundle.json")))
        .isInstanceOfSatisfying(FhirException.class, e -> assertThat(e.issues())
            .extracting(FhirIssue::messageKey).containsExactly("fhir.import.not-a-bundle"));
  }

  @Test
  void a_truncated_document_is_refused_as_not_well_formed() {
    assertThatThrownBy(() -> FhirImport.create().read(bundle("truncated.json")))
        .isInstanceOfSatisfying(FhirException.class, e -> assertThat(e.issues())
            .extracting(FhirIssue::messageKey).containsExactly("fhir.import.syntax"));
  }

  @Test
  void a_bundle_without_care_team_is_refused() {
    assertThatThrownBy(() -> FhirImport.create().read("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}"))
        .isInstanceOfSatisfying(FhirException.class, e -> assertThat(e.issues())
            .extracting(FhirIssue::messageKey).containsExactly("fhir.import.no-care-team"));
  }
}
