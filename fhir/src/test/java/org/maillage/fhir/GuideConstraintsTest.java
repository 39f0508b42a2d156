package org.maillage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.ObjectiveId;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * The constraints of Cercle de soins 2.0.1, TDDUI 2.2.0, FR Core 2.1.0 and R4 this module meets, one test each:
 * the guides' packages cannot be loaded by the validator here, so each constraint read in the guides' sources is
 * asserted on the exported bundle, read with HAPI's R4 model.
 */
class GuideConstraintsTest {
  private static final Bundle BUNDLE = R4Validator.CONTEXT.newJsonParser().parseResource(Bundle.class,
      FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER).build())
          .export(Fixtures.lea()).json());

  private static <T extends Resource> List<T> all(Class<T> type) {
    return BUNDLE.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
        .map(type::cast).collect(Collectors.toList());
  }

  private static <T extends Resource> T one(Class<T> type) {
    List<T> found = all(type);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String fullUrl(Resource r) {
    return BUNDLE.getEntry().stream().filter(e -> e.getResource() == r).findFirst().orElseThrow().getFullUrl();
  }

  private static boolean has(CodeableConcept c, String system, String code) {
    return c.getCoding().stream().anyMatch(x -> system.equals(x.getSystem()) && code.equals(x.getCode()));
  }

  @Test
  void bundle_is_a_transaction_whose_entries_each_have_a_full_url_and_a_request() {
    assertThat(BUNDLE.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
    assertThat(BUNDLE.getEntry()).allSatisfy(e -> {
      assertThat(e.getFullUrl()).startsWith("urn:uuid:");
      assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
    });
  }

  @Test
  void patient_claims_fr_core_patient_and_carries_the_model_id() {
    Patient p = one(Patient.class);
    assertThat(p.getMeta().getProfile()).extracting(x -> x.getValue()).containsExactly(FhirCodes.FR_CORE_PATIENT);
    assertThat(p.getIdentifier()).anyMatch(i -> FhirCodes.MEMBER_ID.equals(i.getSystem())
        && "p-lea".equals(i.getValue()));
  }

  @Test
  void cds_careteam_claims_its_profile_in_meta() {
    assertThat(one(CareTeam.class).getMeta().getProfile()).extracting(x -> x.getValue())
        .containsExactly(FhirCodes.CDS_CARE_TEAM);
  }

  @Test
  void cds_careteam_has_exactly_one_identifier_with_a_value() {
    CareTeam team = one(CareTeam.class);
    assertThat(team.getIdentifier()).hasSize(1);
    assertThat(team.getIdentifierFirstRep().getValue()).isEqualTo("n-lea");
  }

  @Test
  void cds_careteam_has_a_status() {
    assertThat(one(CareTeam.class).getStatus()).isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
  }

  @Test
  void cds_careteam_subject_is_the_fr_core_patient() {
    assertThat(one(CareTeam.class).getSubject().getReference()).isEqualTo(fullUrl(one(Patient.class)));
  }

  @Test
  void cds_careteam_has_a_period_with_a_start() {
    assertThat(one(CareTeam.class).getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-01-05");
  }

  @Test
  void cds_every_participant_has_a_member() {
    assertThat(one(CareTeam.class).getParticipant()).allSatisfy(p -> assertThat(p.getMember().getReference())
        .isNotBlank());
  }

  @Test
  void cds_every_participant_period_has_a_start_and_a_member_may_come_back() {
    CareTeam team = one(CareTeam.class);
    assertThat(team.getParticipant()).allSatisfy(p -> assertThat(p.getPeriod().hasStart()).isTrue());
    // the schoolmate left and came back: two participants naming one member
    String mate = all(RelatedPerson.class).stream().filter(r -> "m-mate".equals(r.getIdentifierFirstRep().getValue()))
        .map(GuideConstraintsTest::fullUrl).findFirst().orElseThrow();
    assertThat(team.getParticipant()).filteredOn(p -> mate.equals(p.getMember().getReference())).hasSize(2);
  }

  @Test
  void cds_participant_members_are_related_persons_or_practitioner_roles() {
    List<String> allowed = BUNDLE.getEntry().stream()
        .filter(e -> e.getResource() instanceof RelatedPerson || e.getResource() instanceof PractitionerRole
            || e.getResource() instanceof Organization)
        .map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toList());
    assertThat(one(CareTeam.class).getParticipant()).allSatisfy(p -> assertThat(allowed)
        .contains(p.getMember().getReference()));
  }

  @Test
  void cds_a_practitioner_role_member_claims_annuaire_santes_profile_and_names_its_practitioner_and_organisation() {
    PractitionerRole role = one(PractitionerRole.class);
    assertThat(role.getMeta().getProfile()).extracting(x -> x.getValue())
        .containsExactly(FhirCodes.AS_PRACTITIONER_ROLE, FhirCodes.FR_CORE_PRACTITIONER_ROLE);
    // as-practitionerrole admits a practitioner and an organisation of Annuaire Santé's profiles only
    assertThat(all(org.hl7.fhir.r4.model.Practitioner.class)).allSatisfy(p -> assertThat(p.getMeta().getProfile())
        .extracting(x -> x.getValue()).containsExactly(FhirCodes.AS_PRACTITIONER, FhirCodes.FR_CORE_PRACTITIONER));
    assertThat(all(Organization.class)).allSatisfy(o -> assertThat(o.getMeta().getProfile())
        .extracting(x -> x.getValue()).containsExactly(FhirCodes.AS_ORGANIZATION, FhirCodes.FR_CORE_ORGANIZATION));
  }

  @Test
  void r4_ctm_1_on_behalf_of_only_for_practitioner_members_so_a_practitioner_role_carries_its_organisation() {
    assertThat(one(CareTeam.class).getParticipant()).allSatisfy(p -> assertThat(p.hasOnBehalfOf()).isFalse());
    PractitionerRole role = one(PractitionerRole.class);
    Organization aemo = all(Organization.class).stream()
        .filter(o -> "o-aemo".equals(o.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    assertThat(role.getOrganization().getReference()).isEqualTo(fullUrl(aemo));
  }

  @Test
  void referent_is_a_participant_with_the_local_referent_role() {
    CareTeam team = one(CareTeam.class);
    assertThat(team.getParticipant()).filteredOn(p -> p.getRole().stream()
        .anyMatch(r -> has(r, FhirCodes.CARE_TEAM_ROLE, "REFERENT")))
        .singleElement().satisfies(p -> {
          assertThat(p.getMember().getReference()).isEqualTo(fullUrl(one(PractitionerRole.class)));
          assertThat(p.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-02-01");
        });
  }

  @Test
  void organisation_parent_body_is_part_of() {
    Organization aemo = all(Organization.class).stream()
        .filter(o -> "o-aemo".equals(o.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    Organization dept = all(Organization.class).stream()
        .filter(o -> "o-dept".equals(o.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    assertThat(aemo.getPartOf().getReference()).isEqualTo(fullUrl(dept));
  }

  @Test
  void cds_related_person_claims_cds_and_fr_core_profiles() {
    assertThat(all(RelatedPerson.class)).allSatisfy(r -> assertThat(r.getMeta().getProfile())
        .extracting(x -> x.getValue()).containsExactly(FhirCodes.CDS_RELATED_PERSON, FhirCodes.FR_CORE_RELATED_PERSON));
  }

  @Test
  void cds_related_person_has_exactly_one_identifier() {
    assertThat(all(RelatedPerson.class)).allSatisfy(r -> assertThat(r.getIdentifier()).hasSize(1));
  }

  @Test
  void cds_related_person_has_one_name_with_a_family_name() {
    assertThat(all(RelatedPerson.class)).allSatisfy(r -> {
      assertThat(r.getName()).hasSize(1);
      assertThat(r.getNameFirstRep().getFamily()).isNotBlank();
    });
  }

  @Test
  void cds_related_person_has_a_telecom() {
    assertThat(all(RelatedPerson.class)).allSatisfy(r -> assertThat(r.getTelecom()).isNotEmpty());
  }

  @Test
  void cds_related_person_has_a_role_in_tre_r260() {
    assertThat(all(RelatedPerson.class)).allSatisfy(r -> assertThat(r.getRelationship())
        .filteredOn(c -> c.getCodingFirstRep().getSystem().equals(FhirCodes.TRE_R260)).hasSize(1));
  }

  /**
   * TRE_R260's codes, version 20240426120000 (ANS terminologies 1.12.0): PRS, HL7 v3's personal relationship, is
   * not one.
   */
  private static final List<String> TRE_R260_CODES =
      List.of("ECON", "GUARD", "QUAL", "POLHOLD", "CON", "CAREGIVER", "PAT", "PROV", "AGNT", "NOK");

  private static Stream<Coding> codings(List<CodeableConcept> concepts, String system) {
    return concepts.stream().flatMap(c -> c.getCoding().stream()).filter(c -> system.equals(c.getSystem()));
  }

  @Test
  void tre_r260_every_code_written_is_one_of_tre_r260_and_a_legal_representative_is_guard() {
    List<Coding> written = Stream.concat(
        all(RelatedPerson.class).stream().flatMap(r -> codings(r.getRelationship(), FhirCodes.TRE_R260)),
        one(CareTeam.class).getParticipant().stream().flatMap(p -> codings(p.getRole(), FhirCodes.TRE_R260)))
        .filter(Coding::hasCode).collect(Collectors.toList());
    assertThat(written).isNotEmpty().allSatisfy(c -> assertThat(TRE_R260_CODES).contains(c.getCode()));
    RelatedPerson tutor = all(RelatedPerson.class).stream()
        .filter(r -> "rep-tutor".equals(r.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    assertThat(codings(tutor.getRelationship(), FhirCodes.TRE_R260)).extracting(Coding::getCode)
        .containsExactly("GUARD");
  }

  @Test
  void cds_a_role_the_record_lacks_is_the_tre_r260_system_without_a_code_marked_absent() {
    RelatedPerson aunt = all(RelatedPerson.class).stream()
        .filter(r -> "m-aunt".equals(r.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    assertThat(aunt.getRelationship()).filteredOn(c -> c.getCodingFirstRep().getSystem().equals(FhirCodes.TRE_R260))
        .singleElement().satisfies(c -> {
          assertThat(c.getCodingFirstRep().hasCode()).isFalse();
          assertThat(c.getExtensionByUrl(FhirCodes.DATA_ABSENT_REASON)).isNotNull();
        });
  }

  @Test
  void cds_careteam_participant_role_of_a_professional_is_agnt_in_tre_r260_beside_the_local_role() {
    String educator = fullUrl(one(PractitionerRole.class));
    List<CareTeam.CareTeamParticipantComponent> participants = one(CareTeam.class).getParticipant();
    assertThat(participants).filteredOn(p -> educator.equals(p.getMember().getReference())).hasSize(2)
        .allSatisfy(p -> assertThat(codings(p.getRole(), FhirCodes.TRE_R260)).extracting(Coding::getCode)
            .containsExactly("AGNT"))
        .anySatisfy(p -> assertThat(codings(p.getRole(), FhirCodes.CARE_TEAM_ROLE)).extracting(Coding::getCode)
            .containsExactly("REFERENT"));
    // the model records no TRE_R260 role for a relative, a friend or a volunteer: the local role alone
    assertThat(participants).filteredOn(p -> !educator.equals(p.getMember().getReference()))
        .allSatisfy(p -> assertThat(codings(p.getRole(), FhirCodes.TRE_R260)).isEmpty());
  }

  @Test
  void fr_core_related_person_relationship_is_the_hl7_role_code_in_tre_r216_or_a_local_code() {
    RelatedPerson aunt = all(RelatedPerson.class).stream()
        .filter(r -> "m-aunt".equals(r.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    RelatedPerson mate = all(RelatedPerson.class).stream()
        .filter(r -> "m-mate".equals(r.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    assertThat(aunt.getRelationship()).anyMatch(c -> has(c, FhirCodes.TRE_R216, "AUNT"));
    assertThat(mate.getRelationship()).anyMatch(c -> has(c, FhirCodes.RELATION, "SCHOOLMATE"));
  }

  @Test
  void fr_core_related_person_patient_is_the_focal_person() {
    String patient = fullUrl(one(Patient.class));
    assertThat(all(RelatedPerson.class)).allSatisfy(r -> assertThat(r.getPatient().getReference())
        .isEqualTo(patient));
  }

  @Test
  void tddui_careplan_claims_projet_personnalise_with_one_identifier_of_the_tddui_system() {
    CarePlan plan = one(CarePlan.class);
    assertThat(plan.getMeta().getProfile()).extracting(x -> x.getValue()).containsExactly(FhirCodes.TDDUI_CARE_PLAN);
    assertThat(plan.getIdentifier()).singleElement().satisfies(i -> {
      assertThat(i.getSystem()).isEqualTo(FhirCodes.TDDUI_PROJECT_IDENTIFIER);
      assertThat(i.getValue()).isNotBlank();
    });
  }

  @Test
  void tddui_careplan_supporting_info_accord_structure_is_required_and_a_placeholder_marked_absent_here() {
    CarePlan plan = one(CarePlan.class);
    assertThat(plan.getSupportingInfo()).singleElement().satisfies(r -> {
      assertThat(((CodeableConcept) r.getExtensionByUrl(FhirCodes.TDDUI_DISCRIMINATOR).getValue()).getCodingFirstRep())
          .satisfies(c -> {
            assertThat(c.getSystem()).isEqualTo(FhirCodes.TDDUI_DISCRIMINATOR_CODES);
            assertThat(c.getCode()).isEqualTo("accordStructure");
          });
      assertThat(r.getExtensionByUrl(FhirCodes.DATA_ABSENT_REASON)).isNotNull();
      assertThat(r.hasReference()).isFalse();
      assertThat(r.getDisplay()).isNotBlank();
    });
  }

  @Test
  void tddui_careplan_has_a_title_and_the_patient_as_subject() {
    CarePlan plan = one(CarePlan.class);
    assertThat(plan.getTitle()).isNotBlank();
    assertThat(plan.getSubject().getReference()).isEqualTo(fullUrl(one(Patient.class)));
  }

  @Test
  void tddui_goal_has_an_identifier_and_the_careplan_reference_extension() {
    Goal goal = one(Goal.class);
    assertThat(goal.getIdentifier()).hasSize(1);
    assertThat(goal.getExtensionsByUrl(FhirCodes.TDDUI_CARE_PLAN_REFERENCE)).singleElement()
        .satisfies(e -> assertThat(((org.hl7.fhir.r4.model.Reference) e.getValue()).getReference())
            .isEqualTo(fullUrl(one(CarePlan.class))));
  }

  @Test
  void tddui_goal_title_is_the_one_note_the_tddui_discriminator_calls_titre_objectif_and_a_missing_one_a_placeholder() {
    // given: tddui-goal-objectif 2.2.0 slices Goal.note by the tddui-discriminator extension's value, titreObjectif
    // 1..1; an objective without a statement has no title
    Network untitled = Network.builder().from(Fixtures.lea()).project(PersonalisedProject.builder()
        .addObjectives(Objective.builder().id(ObjectiveId.of("ob-untitled")).sphere(LifeSphere.SCHOOLING).build())
        .build()).build();
    Goal placeholder = R4Validator.CONTEXT.newJsonParser().parseResource(Bundle.class,
        FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER).build()).export(untitled)
            .json()).getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Goal.class::isInstance)
        .map(Goal.class::cast).findFirst().orElseThrow();

    // then
    assertThat(List.of(one(Goal.class), placeholder)).allSatisfy(goal -> assertThat(goal.getNote()).singleElement()
        .satisfies(n -> {
          assertThat(n.getExtensionsByUrl(FhirCodes.TDDUI_DISCRIMINATOR)).singleElement().satisfies(e -> assertThat(
              has((CodeableConcept) e.getValue(), FhirCodes.TDDUI_DISCRIMINATOR_CODES, "titreObjectif")).isTrue());
          assertThat(n.getExtensionsByUrl(FhirCodes.TDDUI_GOAL_NOTE)).isEmpty();
          assertThat(n.getText()).isNotBlank();
        }));
    assertThat(one(Goal.class).getNoteFirstRep().getText()).isEqualTo("Retourner au collège");
    assertThat(one(Goal.class).getNoteFirstRep().getExtensionByUrl(FhirCodes.DATA_ABSENT_REASON)).isNull();
    assertThat(placeholder.getNoteFirstRep().getExtensionByUrl(FhirCodes.DATA_ABSENT_REASON)).isNotNull();
  }

  @Test
  void tddui_goal_identifier_system_is_the_tddui_objective_pattern_and_its_value_the_objective_id() {
    assertThat(one(Goal.class).getIdentifier()).singleElement().satisfies(i -> {
      assertThat(i.getSystem()).isEqualTo("https://identifiant-medicosocial-objectif.esante.gouv.fr")
          .isEqualTo(FhirCodes.TDDUI_OBJECTIVE_IDENTIFIER);
      assertThat(i.getValue()).isEqualTo("ob-school");
    });
  }

  @Test
  void tddui_task_means_is_based_on_the_careplan_focuses_the_goal_and_is_owned_by_its_holder() {
    List<Task> tasks = all(Task.class);
    assertThat(tasks).hasSize(2);
    assertThat(tasks).allSatisfy(t -> {
      assertThat(t.getBasedOnFirstRep().getReference()).isEqualTo(fullUrl(one(CarePlan.class)));
      assertThat(t.getFocus().getReference()).isEqualTo(fullUrl(one(Goal.class)));
    });
    assertThat(tasks.get(0).getOwner().getReference()).isEqualTo(fullUrl(one(PractitionerRole.class)));
  }

  @Test
  void tddui_consent_accord_has_one_performer_and_a_date_time() {
    assertThat(all(Consent.class)).hasSize(2).allSatisfy(c -> {
      assertThat(c.getPerformer()).hasSize(1);
      assertThat(c.getPerformerFirstRep().getReference()).isEqualTo(fullUrl(one(Patient.class)));
      assertThat(c.getDateTimeElement().getValueAsString()).isEqualTo("2026-01-05");
    });
  }

  @Test
  void tddui_consent_accord_performer_is_a_patient_practitioner_role_or_related_person_of_the_bundle() {
    // given: tddui-consent-accord 2.2.0 admits TDDUI's Patient, Practitioner, PractitionerRole and RelatedPerson
    // profiles; the resources do not claim TDDUI's profiles (their required elements the model lacks), only the types
    Network byOthers = Network.builder().from(Fixtures.lea())
        .addConsents(org.maillage.sharing.Consent.builder().by(MemberId.of("pro-aemo")).addInformationCategories(InformationCategory.HEALTH)
            .addProfessionalCategories(RegulatoryCategory.HEALTH_PROFESSIONAL).given(Fixtures.START).build())
        .addConsents(org.maillage.sharing.Consent.builder().by(MemberId.of("rep-tutor"))
            .addInformationCategories(InformationCategory.SCHOOLING)
            .addProfessionalCategories(RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER).given(Fixtures.START).build())
        .build();
    Bundle bundle = R4Validator.CONTEXT.newJsonParser().parseResource(Bundle.class,
        FhirExport.with(FhirOptions.builder().missingData(MissingDataPolicy.PLACEHOLDER).build()).export(byOthers)
            .json());
    Map<String, Resource> byUrl = bundle.getEntry().stream().collect(Collectors.toMap(
        Bundle.BundleEntryComponent::getFullUrl, Bundle.BundleEntryComponent::getResource));

    // then
    List<String> types = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(Consent.class::isInstance).map(Consent.class::cast).map(c -> {
          assertThat(c.getPerformer()).hasSize(1);
          Resource performer = byUrl.get(c.getPerformerFirstRep().getReference());
          assertThat(performer).isNotNull();
          return performer.fhirType();
        }).collect(Collectors.toList());
    assertThat(types).containsExactly("Patient", "Patient", "PractitionerRole", "RelatedPerson");
    assertThat(types).allMatch(List.of("Patient", "Practitioner", "PractitionerRole", "RelatedPerson")::contains);
  }

  @Test
  void r4_consent_has_scope_category_and_a_policy_rule_so_ppc_1_holds() {
    assertThat(all(Consent.class)).allSatisfy(c -> {
      assertThat(has(c.getScope(), FhirCodes.CONSENT_SCOPE, "patient-privacy")).isTrue();
      assertThat(c.getCategory()).anyMatch(x -> has(x, FhirCodes.LOINC, "59284-0"));
      assertThat(c.hasPolicy() || c.hasPolicyRule()).isTrue();
      assertThat(has(c.getPolicyRule(), FhirCodes.LEGAL_BASIS, "FR-CSP-L1110-4-III")).isTrue();
      // ppc-2: a privacy consent names its patient
      assertThat(c.getPatient().getReference()).isNotBlank();
    });
  }

  @Test
  void consent_keeps_the_categories_of_information_and_of_professionals() {
    Consent first = all(Consent.class).get(0);
    assertThat(first.getProvision().getCode()).extracting(c -> c.getCodingFirstRep().getCode())
        .containsExactlyInAnyOrder("SCHOOLING", "FAMILY_SITUATION");
    assertThat(first.getProvision().getExtensionsByUrl(FhirCodes.EXT_PROFESSIONAL_CATEGORY))
        .extracting(e -> ((Coding) e.getValue()).getCode()).containsExactly("SOCIO_EDUCATIONAL_WORKER");
  }

  @Test
  void consent_withdrawal_is_an_inactive_consent_whose_period_ends_on_the_withdrawal() {
    Consent withdrawn = all(Consent.class).get(1);
    assertThat(withdrawn.getStatus()).isEqualTo(Consent.ConsentState.INACTIVE);
    assertThat(withdrawn.getProvision().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-04-01");
    assertThat(all(Consent.class).get(0).getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
  }

  @Test
  void tddui_a_legal_protection_is_a_related_person_guardian_with_its_kind_of_representation() {
    RelatedPerson tutor = all(RelatedPerson.class).stream()
        .filter(r -> "rep-tutor".equals(r.getIdentifierFirstRep().getValue())).findFirst().orElseThrow();
    assertThat(tutor.getRelationship()).anyMatch(c -> has(c, FhirCodes.TRE_R260, "GUARD"))
        .anyMatch(c -> has(c, FhirCodes.REPRESENTATION_KIND, "GUARDIANSHIP"));
    assertThat(tutor.getPatient().getReference()).isEqualTo(fullUrl(one(Patient.class)));
    // a representative is not a member: no care-team participation
    assertThat(one(CareTeam.class).getParticipant()).noneMatch(p -> fullUrl(tutor).equals(p.getMember()
        .getReference()));
  }

  @Test
  void tddui_goal_addresses_the_need_of_its_sphere_a_service_request() {
    org.hl7.fhir.r4.model.ServiceRequest need = one(org.hl7.fhir.r4.model.ServiceRequest.class);
    assertThat(need.getMeta().getProfile()).extracting(x -> x.getValue())
        .containsExactly(FhirCodes.TDDUI_SERVICE_REQUEST);
    assertThat(has(need.getCode(), FhirCodes.LIFE_SPHERE, "schooling")).isTrue();
    assertThat(need.getSubject().getReference()).isEqualTo(fullUrl(one(Patient.class)));
    assertThat(one(Goal.class).getAddresses()).singleElement()
        .satisfies(a -> assertThat(a.getReference()).isEqualTo(fullUrl(need)));
  }
}
