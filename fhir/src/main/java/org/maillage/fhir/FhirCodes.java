package org.maillage.fhir;

/**
 * The URLs this module writes and reads (<i>systèmes de codes et profils</i>): the guides' profiles and code
 * systems, and the code systems, naming systems and extensions it publishes itself under
 * {@code https://maillage.org/fhir/}, for what no standard codes (the référent de proximité, a colleague, a
 * schoolmate...). Local codes are the model's enumeration constants' names.
 *
 * @since 0.1
 */
public final class FhirCodes {
  private FhirCodes() {}

  /**
   * Returns the code systems this module publishes, as a FHIR R4 collection Bundle of CodeSystem resources with
   * their codes and French displays, for a receiving system to load: the relations HL7 v3 does not code, the
   * participants' roles, the care-team roles (the référent de proximité), sectors, horizons, kinds of
   * organisation, life spheres, categories of information and of professionals, and legal bases.
   *
   * @return the Bundle, JSON; the same characters at every call
   * @since 0.1
   */
  public static String codeSystems() {
    return CodeSystemsWriter.write();
  }

  /** The base of every URL this module publishes. */
  public static final String BASE = "https://maillage.org/fhir";

  /** FR Core 2.1.0: Patient. */
  public static final String FR_CORE_PATIENT = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient";
  /** FR Core 2.1.0: RelatedPerson. */
  public static final String FR_CORE_RELATED_PERSON =
      "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-related-person";
  /** FR Core 2.1.0: Practitioner. */
  public static final String FR_CORE_PRACTITIONER =
      "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-practitioner";
  /** FR Core 2.1.0: PractitionerRole. */
  public static final String FR_CORE_PRACTITIONER_ROLE =
      "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-practitioner-role";
  /** FR Core 2.1.0: Organization. */
  public static final String FR_CORE_ORGANIZATION =
      "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-organization";
  /**
   * Annuaire Santé 1.1.0 (the RASS directory's guide, {@code ans.fhir.fr.annuaire}): a professional's practice
   * situation. Cercle de soins 2.0.1 admits a PractitionerRole care-team member only in this profile, which
   * derives from {@link #FR_CORE_PRACTITIONER_ROLE} and adds no required element.
   */
  public static final String AS_PRACTITIONER_ROLE =
      "https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/as-practitionerrole";
  /** Annuaire Santé 1.1.0: the practitioner an {@link #AS_PRACTITIONER_ROLE} names; derives from FR Core's. */
  public static final String AS_PRACTITIONER =
      "https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/as-practitioner";
  /** Annuaire Santé 1.1.0: the organisation an {@link #AS_PRACTITIONER_ROLE} names; derives from FR Core's. */
  public static final String AS_ORGANIZATION =
      "https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/as-organization";
  /** Cercle de soins 2.0.1: the care circle. */
  public static final String CDS_CARE_TEAM = "https://interop.esante.gouv.fr/ig/fhir/cds/StructureDefinition/cds-ihe-careteam";
  /** Cercle de soins 2.0.1: a contact of the person. */
  public static final String CDS_RELATED_PERSON =
      "https://interop.esante.gouv.fr/ig/fhir/cds/StructureDefinition/cds-fr-related-person";
  /** TDDUI 2.2.0: the personalised project. */
  public static final String TDDUI_CARE_PLAN =
      "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-careplan-projet-personnalise";
  /** TDDUI 2.2.0: a need of the person, which an objective addresses. */
  public static final String TDDUI_SERVICE_REQUEST =
      "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-service-request-besoin";
  /** TDDUI 2.2.0: an objective of the project. */
  public static final String TDDUI_GOAL = "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-goal-objectif";
  /** TDDUI 2.2.0: a means or resource of the project. */
  public static final String TDDUI_TASK =
      "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-task-moyen-ressource";
  /** TDDUI 2.2.0: an agreement. */
  public static final String TDDUI_CONSENT =
      "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-consent-accord";
  /** TDDUI 2.2.0: the extension that links a Goal to its project. */
  public static final String TDDUI_CARE_PLAN_REFERENCE =
      "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-careplan-reference";
  /**
   * The extension that told what a Goal's note is before TDDUI 2.2.0, whose {@code tddui-goal-objectif} tells its
   * notes apart by {@link #TDDUI_DISCRIMINATOR} instead: no longer written, still read (bundles of earlier versions
   * of this module carry it on the objective's title).
   */
  public static final String TDDUI_GOAL_NOTE = "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-goal-note";
  /**
   * TDDUI 2.2.0: the extension that tells which slice an element is, such as a personalised project's
   * supportingInfo that is the structure's agreement ({@code accordStructure}).
   */
  public static final String TDDUI_DISCRIMINATOR =
      "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-discriminator";
  /** TDDUI 2.2.0: the code system of {@link #TDDUI_DISCRIMINATOR}'s values ({@code accordStructure}...). */
  public static final String TDDUI_DISCRIMINATOR_CODES =
      "https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-discriminator";
  /**
   * The identifier system of a TDDUI objective: {@code tddui-goal-objectif} 2.2.0 gives {@code Goal.identifier.system}
   * this pattern. An exported objective's identifier has this system and the model's objective id as its value;
   * {@link #OBJECTIVE_ID}, which earlier versions wrote, is still read.
   */
  public static final String TDDUI_OBJECTIVE_IDENTIFIER = "https://identifiant-medicosocial-objectif.esante.gouv.fr";
  /** The identifier system of a TDDUI personalised project. */
  public static final String TDDUI_PROJECT_IDENTIFIER = "https://identifiant-medicosocial-projetpersonnalise.esante.gouv.fr";

  /** TRE_R216, the French copy of HL7 v3 RoleCode: the relationship of a related person. */
  public static final String TRE_R216 = "https://mos.esante.gouv.fr/NOS/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode";
  /** TRE_R260, the French copy of HL7 v3 RoleClass: the role of a related person. */
  public static final String TRE_R260 = "https://mos.esante.gouv.fr/NOS/TRE_R260-HL7RoleClass/FHIR/TRE-R260-HL7RoleClass";
  /** HL7 v3 RoleCode, read as TRE_R216 on import. */
  public static final String V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
  /** HL7 v3 RoleClass, read as TRE_R260 on import. */
  public static final String V3_ROLE_CLASS = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";
  /** The R4 consent scope code system. */
  public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  /** LOINC, for the consent's category (59284-0, patient consent). */
  public static final String LOINC = "http://loinc.org";
  /** The R4 extension that says why an element is absent; marks a placeholder. */
  public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  /** Naming system of the model's member ids (the focal person, members). */
  public static final String MEMBER_ID = BASE + "/NamingSystem/member-id";
  /** Naming system of the model's network ids. */
  public static final String NETWORK_ID = BASE + "/NamingSystem/network-id";
  /** Naming system of the model's organisation ids. */
  public static final String ORGANISATION_ID = BASE + "/NamingSystem/organisation-id";
  /**
   * Naming system of the model's objective ids, which earlier versions of this module wrote as a Goal's identifier;
   * now read only, beside {@link #TDDUI_OBJECTIVE_IDENTIFIER}.
   */
  public static final String OBJECTIVE_ID = BASE + "/NamingSystem/objective-id";

  /** Code system: the relations HL7 v3 does not code (COLLEAGUE, SCHOOLMATE, COMMUNITY_MEMBER). */
  public static final String RELATION = BASE + "/CodeSystem/relation";
  /** Code system: a participant's role (INHABITANT, VOLUNTEER...). */
  public static final String PARTICIPANT_ROLE = BASE + "/CodeSystem/participant-role";
  /** Code system: the kind of a legal representation (PARENTAL_AUTHORITY, GUARDIANSHIP, CURATORSHIP...). */
  public static final String REPRESENTATION_KIND = BASE + "/CodeSystem/representation-kind";
  /** Code system: the role of a care-team participant (REFERENT, the référent de proximité; PRIMARY_MEMBER...). */
  public static final String CARE_TEAM_ROLE = BASE + "/CodeSystem/care-team-role";
  /** Code system: sectors. */
  public static final String SECTOR = BASE + "/CodeSystem/sector";
  /** Code system: horizons. */
  public static final String HORIZON = BASE + "/CodeSystem/horizon";
  /** Code system: kinds of organisation. */
  public static final String ORGANISATION_KIND = BASE + "/CodeSystem/organisation-kind";
  /** Code system: life spheres (a Goal's category). */
  public static final String LIFE_SPHERE = BASE + "/CodeSystem/life-sphere";
  /** Code system: categories of information (a consent's provision.code). */
  public static final String INFORMATION_CATEGORY = BASE + "/CodeSystem/information-category";
  /** Code system: French regulatory categories of professionals (CSP R1110-2). */
  public static final String PROFESSIONAL_CATEGORY_FR = BASE + "/CodeSystem/professional-category-fr";
  /** Code system: Belgian categories of professionals. */
  public static final String PROFESSIONAL_CATEGORY_BE = BASE + "/CodeSystem/professional-category-be";
  /** Code system: the legal bases of a consent (a Consent's policyRule). */
  public static final String LEGAL_BASIS = BASE + "/CodeSystem/legal-basis";
  /** Extension (valueCoding): a member's horizon. */
  public static final String EXT_HORIZON = BASE + "/StructureDefinition/horizon";
  /** Extension (valueCoding): a member's sector. */
  public static final String EXT_SECTOR = BASE + "/StructureDefinition/sector";
  /** Extension (valueCoding): a category of professionals a consent covers, on Consent.provision. */
  public static final String EXT_PROFESSIONAL_CATEGORY = BASE + "/StructureDefinition/professional-category";
}
