package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.maillage.ObjectiveId;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.testing.NetworkGenerators;

/** What the export does when a profile requires what the record lacks, or the network has no focal person. */
class ExportPoliciesTest {
  @Test
  void by_default_the_export_fails_listing_every_missing_element() {
    assertThatThrownBy(() -> FhirExport.standard().export(Fixtures.lea()))
        .isInstanceOfSatisfying(FhirException.class, e -> {
          // four related persons (aunt, schoolmate, volunteer, guardian), each without family name and telecom,
          // three without a role in TRE_R260 (the guardian's is GUARD); the project without the structure's agreement
          assertThat(e.issues()).hasSize(12).extracting(FhirIssue::messageKey)
              .containsOnly("fhir.export.missing", "fhir.export.missing-in-network");
          assertThat(e.issues()).extracting(FhirIssue::path).contains("Bundle.entry[5].resource.name.family",
              "Bundle.entry[5].resource.telecom", "Bundle.entry[5].resource.relationship");
          assertThat(e.issues()).filteredOn(i -> i.messageKey().equals("fhir.export.missing-in-network"))
              .singleElement().satisfies(i -> assertThat(i.arguments()).containsEntry("network", "n-lea")
                  .containsEntry("element", "CarePlan.supportingInfo[accordStructure]"));
          assertThat(e.getMessage()).doesNotContain("Tante", "Marie");
        });
  }

  @Test
  void omitting_leaves_the_elements_out_with_one_warning_each() {
    // when
    FhirExportResult r = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.OMIT_WITH_WARNING)
        .build()).export(Fixtures.lea());

    // then
    assertThat(r.warnings()).hasSize(12).extracting(FhirIssue::messageKey)
        .containsOnly("fhir.export.omitted", "fhir.export.omitted-in-network");
    assertThat(r.json()).doesNotContain("\"family\"", "\"telecom\"", "\"supportingInfo\"",
        FhirCodes.DATA_ABSENT_REASON);
  }

  @Test
  void a_placeholder_is_the_declared_one_marked_absent_and_read_back_as_absent() {
    // when
    FhirExportResult r = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER)
        .placeholderFamily("INCONNU").placeholderTelecom("aucun").build()).export(Fixtures.lea());

    // then
    assertThat(r.warnings()).hasSize(12).extracting(FhirIssue::messageKey).containsOnly("fhir.export.placeholder",
        "fhir.export.marked-absent", "fhir.export.placeholder-in-network");
    assertThat(r.json()).contains("\"family\":\"INCONNU\"", "\"value\":\"aucun\"", FhirCodes.DATA_ABSENT_REASON);
    Network back = FhirImport.create().read(r.json()).network();
    assertThat(back.primaryMembers().get(0).name()).contains("Tante Marie");
    assertThat(back.primaryMembers().get(1).name()).isEmpty();
    assertThat(FhirImport.create().read(r.json()).unmapped()).isEmpty();
  }

  @Test
  void an_objective_without_statement_has_no_title_and_the_policy_applies_to_it() {
    // given: tddui-goal-objectif requires the objective's title (note titreObjectif), its statement
    Network untitled = Network.builder().from(Fixtures.lea()).project(PersonalisedProject.builder()
        .addObjectives(Objective.builder().id(ObjectiveId.of("ob-untitled")).sphere(LifeSphere.SCHOOLING).build())
        .build()).build();
    String key = "fhir.export.missing-in-objective";

    // when
    FhirExportResult omitted = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.OMIT_WITH_WARNING)
        .build()).export(untitled);
    FhirExportResult placeholder = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER)
        .build()).export(untitled);

    // then
    assertThatThrownBy(() -> FhirExport.standard().export(untitled))
        .isInstanceOfSatisfying(FhirException.class, e -> assertThat(e.issues())
            .filteredOn(i -> i.messageKey().equals(key)).singleElement().satisfies(i -> {
              assertThat(i.arguments()).containsEntry("objective", "ob-untitled")
                  .containsEntry("element", "Goal.note[titreObjectif]");
              assertThat(i.path()).endsWith(".resource.note");
            }));
    assertThat(omitted.warnings()).extracting(FhirIssue::messageKey).contains("fhir.export.omitted-in-objective");
    assertThat(omitted.json()).doesNotContain("\"note\":[{\"extension\":[{\"url\":\"" + FhirCodes.TDDUI_DISCRIMINATOR);
    assertThat(placeholder.warnings()).extracting(FhirIssue::messageKey)
        .contains("fhir.export.placeholder-in-objective");
    assertThat(placeholder.json()).contains(BundleWriter.OBJECTIVE_TITLE_ABSENT);
    FhirImportResult back = FhirImport.create().read(placeholder.json());
    assertThat(back.unmapped()).isEmpty();
    assertThat(back.network().project()).hasValueSatisfying(p -> assertThat(p.objectives()).singleElement()
        .satisfies(o -> assertThat(o.statement()).isEmpty()));
  }

  @Test
  void a_network_without_focal_person_exports_as_a_plain_care_team_by_default() {
    // given
    Network network = NetworkGenerators.networksWithoutFocalPerson().map(OrdinaryTexts::of)
        .next(new SplittableRandom(11));

    // when
    FhirExportResult r = FhirExport.standard().export(network);

    // then
    assertThat(r.json()).doesNotContain(FhirCodes.CDS_CARE_TEAM, "\"subject\"", "\"RelatedPerson\"");
    assertThat(R4Validator.problems(r.json())).isEmpty();
  }

  @Test
  void a_network_without_focal_person_fails_when_the_caller_asks() {
    Network network = NetworkGenerators.networksWithoutFocalPerson().next(new SplittableRandom(11));
    assertThatThrownBy(() -> FhirExport.with(FhirOptions.builder().noFocalPerson(NoFocalPersonPolicy.FAIL).build())
        .export(network)).isInstanceOfSatisfying(FhirException.class, e -> assertThat(e.issues())
            .extracting(FhirIssue::messageKey).containsExactly("fhir.export.no-focal-person"));
  }

  @Test
  void the_caller_supplies_the_patient_identifiers() {
    FhirExportResult r = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER)
        .patientIdentifiers(p -> List.of(FhirIdentifier.of("urn:oid:1.2.250.1.213.1.4.8", "212049900000000")))
        .build()).export(Fixtures.lea());
    assertThat(r.json()).contains("{\"system\":\"urn:oid:1.2.250.1.213.1.4.8\",\"value\":\"212049900000000\"}");
  }

  @Test
  void warnings_render_in_three_languages() {
    FhirExportResult r = FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.OMIT_WITH_WARNING)
        .build()).export(Fixtures.lea());
    FhirIssue w = r.warnings().get(0);
    assertThat(w.message(Locale.FRENCH)).contains("omis");
    assertThat(w.message(Locale.ENGLISH)).contains("left out");
    assertThat(w.message(Locale.forLanguageTag("nl"))).contains("weggelaten");
  }
}
