package org.maillage.fhir;

import static org.maillage.fhir.FhirCodes.*;

import com.google.common.collect.ImmutableList;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.maillage.OrganisationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.Competence;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.ProfessionalCategory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes one network as a transaction Bundle; one instance per export, not thread-safe. Linear in the size of the
 * network: every reference is looked up in a map built once.
 */
final class BundleWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /**
   * HL7 v3 RoleClass's personal relationship, which earlier versions of this module wrote as a related person's
   * TRE_R260 role; TRE_R260 (version 20240426120000: ECON, GUARD, QUAL, POLHOLD, CON, CAREGIVER, PAT, PROV, AGNT,
   * NOK) has no such code, so it is no longer written, and still read.
   */
  static final String ROLE_PERSONAL_RELATIONSHIP = "PRS";
  /** The role of a legal representative in TRE_R260 (HL7 v3 RoleClass): <i>responsable légal</i>. */
  static final String ROLE_GUARDIAN = "GUARD";
  /**
   * The role of a professional care-team participant in TRE_R260 (HL7 v3 RoleClass's agent): <i>professionnel
   * caractérisé par son rôle</i>, a professional whatever the sector (PROV is a health professional).
   */
  static final String ROLE_PROFESSIONAL = "AGNT";
  /** TDDUI's discriminator of a project's supportingInfo that is the structure's agreement. */
  static final String ACCORD_STRUCTURE = "accordStructure";
  /** The display of the placeholder of the structure's agreement to a project. */
  static final String ACCORD_STRUCTURE_ABSENT = "Accord de la structure non renseigné";
  /** TDDUI's discriminator of a Goal's note that is the objective's title. */
  static final String OBJECTIVE_TITLE = "titreObjectif";
  /** The text of the placeholder of an objective's title, when the objective has no statement. */
  static final String OBJECTIVE_TITLE_ABSENT = "Titre de l'objectif non renseigné";
  /** The title of every exported personalised project. */
  static final String PROJECT_TITLE = "Projet personnalisé";

  private final Network network;
  private final FhirOptions options;
  private final boolean pseudonymised;
  private final List<FhirIssue> warnings = new ArrayList<>();
  private final List<FhirIssue> failures = new ArrayList<>();
  private final Map<MemberId, String> memberUrls = new HashMap<>();
  private final Set<OrganisationId> organisations = new HashSet<>();
  /** The focal person's legal representatives by id. */
  private final Map<MemberId, LegalRepresentative> representatives = new HashMap<>();
  private final MessageDigest md5 = md5();
  private final Map<LifeSphere, String> needUrls = new HashMap<>();
  private @Nullable String patientUrl;
  private int entry;
  private JsonGenerator g;

  BundleWriter(Network network, FhirOptions options, boolean pseudonymised) {
    this.network = network;
    this.options = options;
    this.pseudonymised = pseudonymised;
  }

  FhirExportResult write() {
    Optional<Person> person = network.focalPerson();
    if (person.isEmpty() && options.noFocalPerson() == NoFocalPersonPolicy.FAIL) {
      throw new FhirException(List.of(FhirIssue.of("Network.focalPerson", "fhir.export.no-focal-person",
          Map.of("network", network.id().value()))));
    }
    for (Organisation o : network.organisations()) {
      organisations.add(o.id());
    }
    person.ifPresent(p -> {
      patientUrl = url("Patient", p.id().value());
      memberUrls.put(p.id(), patientUrl);
      for (LegalRepresentative r : p.representatives()) {
        representatives.put(r.id(), r);
        memberUrls.put(r.id(), url("RelatedPerson", r.id().value()));
      }
    });
    for (Member m : network.members()) {
      if (m instanceof Professional) {
        memberUrls.put(m.id(), url("PractitionerRole", m.id().value()));
      } else if (patientUrl != null) {
        memberUrls.put(m.id(), url("RelatedPerson", m.id().value()));
      }
    }
    // sized for the usual bundle, so that the buffer is rarely copied as it grows
    int resources = 4 + network.focalPerson().map(p -> p.needs().size()).orElse(0) + network.organisations().size() + 2 * network.members().size() + network.consents().size()
        + network.project().map(p -> 2 * p.objectives().size()).orElse(0);
    StringWriter out = new StringWriter(Math.min(1 << 24, 1100 * resources));
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      this.g = generator;
      g.writeStartObject();
      g.writeStringProperty("resourceType", "Bundle");
      g.writeStringProperty("type", "transaction");
      g.writeName("entry");
      g.writeStartArray();
      person.ifPresent(this::patient);
      careTeam();
      for (Organisation o : network.organisations()) {
        organisation(o);
      }
      for (Member m : network.members()) {
        if (m instanceof Professional p) {
          professional(p);
        } else if (patientUrl != null) {
          relatedPerson(m.id(), m.name(), m, representatives.get(m.id()));
        } else {
          warnings.add(FhirIssue.of("Network.members[" + m.id().value() + "]", "fhir.export.not-exported",
              Map.of("element", "RelatedPerson", "reason", "no-focal-person")));
        }
      }
      person.ifPresent(p -> {
        for (LegalRepresentative r : p.representatives()) {
          if (!(network.member(r.id()).isPresent())) {
            relatedPerson(r.id(), r.name(), null, r);
          }
        }
      });
      person.ifPresent(this::needs);
      network.project().ifPresent(this::project);
      consents();
      g.writeEndArray();
      g.writeEndObject();
    }
    if (!failures.isEmpty()) {
      throw new FhirException(failures);
    }
    return new FhirExportResult(out.toString(), ImmutableList.copyOf(warnings));
  }

  // ---- resources --------------------------------------------------------------------------------------------

  /**
   * The focal person, an FR Core Patient. It does not claim TDDUI's {@code tddui-patient}, though TDDUI 2.2.0's
   * resources (a consent's performer, a Goal's or a CarePlan's subject) name a patient in that profile: the profile
   * requires an official (birth) name, {@code name:officialName}, and, beside a birth date, the birth order in the
   * civil register ({@code tddui-birth-order}); the model records a name as written, not a birth name, and never a
   * birth order. Both are identity traits that identity checks match on: a placeholder would put a forged trait
   * where a receiving system looks for a real one, and failing or omitting would refuse or mislabel every project
   * and consent export. So the Patient claims only what it meets, and the gap is in the README.
   */
  private void patient(Person p) {
    startEntry(patientUrl, "Patient", p.id().value());
    profiles(FR_CORE_PATIENT);
    g.writeName("identifier");
    g.writeStartArray();
    identifier(MEMBER_ID, p.id().value());
    if (!pseudonymised) {
      for (FhirIdentifier i : options.patientIdentifiers(p)) {
        identifier(i.system(), i.value());
      }
    }
    g.writeEndArray();
    p.name().ifPresent(this::nameText);
    p.birthDate().ifPresent(d -> g.writeStringProperty("birthDate", d.toString()));
    endEntry("Patient");
  }

  private void careTeam() {
    String careTeamUrl = url("CareTeam", network.id().value());
    startEntry(careTeamUrl, "CareTeam", network.id().value());
    if (patientUrl != null) {
      profiles(CDS_CARE_TEAM);
    }
    g.writeName("identifier");
    g.writeStartArray();
    identifier(NETWORK_ID, network.id().value());
    g.writeEndArray();
    g.writeStringProperty("status", "active");
    network.name().ifPresent(n -> g.writeStringProperty("name", n));
    if (patientUrl != null) {
      reference("subject", patientUrl);
    }
    g.writeName("period");
    g.writeStartObject();
    g.writeStringProperty("start", network.created().toString());
    g.writeEndObject();
    boolean participants = !network.referents().isEmpty();
    for (Member m : network.members()) {
      participants |= memberUrls.containsKey(m.id());
    }
    if (!participants) {
      endEntry("CareTeam");
      return;
    }
    g.writeName("participant");
    g.writeStartArray();
    for (Member m : network.members()) {
      String member = memberUrls.get(m.id());
      if (member == null) {
        continue;
      }
      String role = m instanceof PrimaryMember ? "PRIMARY_MEMBER" : m instanceof Professional ? "PROFESSIONAL"
          : "PARTICIPANT";
      // Cercle de soins binds the role (preferred) to TRE_R260 and PCP: a professional is AGNT, a member who is the
      // person's legal representative GUARD; the model records no such role for the others
      String french = m instanceof Professional ? ROLE_PROFESSIONAL
          : representatives.containsKey(m.id()) ? ROLE_GUARDIAN : null;
      for (Period period : m.involvements()) {
        participant(role, french, member, period);
      }
    }
    for (ReferentDesignation d : network.referents()) {
      participant("REFERENT", ROLE_PROFESSIONAL, memberUrls.get(d.professional()), d.period());
    }
    g.writeEndArray();
    endEntry("CareTeam");
  }

  private void participant(String role, @Nullable String french, @Nullable String member, Period period) {
    g.writeStartObject();
    g.writeName("role");
    g.writeStartArray();
    codeable(CARE_TEAM_ROLE, role, null);
    if (french != null) {
      codeable(TRE_R260, french, null);
    }
    g.writeEndArray();
    if (member != null) {
      reference("member", member);
    }
    period("period", period.start(), period.end());
    g.writeEndObject();
  }

  private void organisation(Organisation o) {
    startEntry(url("Organization", o.id().value()), "Organization", o.id().value());
    profiles(AS_ORGANIZATION, FR_CORE_ORGANIZATION);
    g.writeName("identifier");
    g.writeStartArray();
    identifier(ORGANISATION_ID, o.id().value());
    g.writeEndArray();
    g.writeName("type");
    g.writeStartArray();
    codeable(ORGANISATION_KIND, o.kind().name(), null);
    codeable(SECTOR, o.sector().name(), null);
    g.writeEndArray();
    o.name().ifPresent(n -> g.writeStringProperty("name", n));
    o.parent().ifPresent(parent -> organisationReference("partOf", parent));
    endEntry("Organization");
  }

  /**
   * A professional as an Annuaire Santé Practitioner and PractitionerRole (Cercle de soins admits no other
   * PractitionerRole member). Neither claims TDDUI's profile: {@code tddui-practitioner} requires the national
   * professional identifier ({@code idNatPs}), which the model does not record, and {@code tddui-practitioner-role}
   * allows one {@code code}, bound (required) to the JDV_J47 function codes, where the module writes one code per
   * competence with the life spheres' local codes.
   */
  private void professional(Professional p) {
    String practitioner = url("Practitioner", p.id().value());
    startEntry(practitioner, "Practitioner", p.id().value());
    profiles(AS_PRACTITIONER, FR_CORE_PRACTITIONER);
    g.writeName("identifier");
    g.writeStartArray();
    identifier(MEMBER_ID, p.id().value());
    g.writeEndArray();
    p.name().ifPresent(this::nameText);
    endEntry("Practitioner");

    startEntry(memberUrls.get(p.id()), "PractitionerRole", p.id().value());
    // Cercle de soins: a PractitionerRole member is Annuaire Santé's (the RASS profile), itself FR Core's
    profiles(AS_PRACTITIONER_ROLE, FR_CORE_PRACTITIONER_ROLE);
    memberExtensions(p);
    g.writeName("identifier");
    g.writeStartArray();
    identifier(MEMBER_ID, p.id().value());
    g.writeEndArray();
    reference("practitioner", practitioner);
    p.organisation().ifPresent(o -> organisationReference("organization", o));
    if (!p.competences().isEmpty()) {
      g.writeName("code");
      g.writeStartArray();
      for (Competence c : p.competences()) {
        g.writeStartObject();
        if (!c.spheres().isEmpty()) {
          g.writeName("coding");
          g.writeStartArray();
          for (LifeSphere s : c.spheres()) {
            coding(LIFE_SPHERE, s.code());
          }
          g.writeEndArray();
        }
        g.writeStringProperty("text", c.role());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    endEntry("PractitionerRole");
  }

  /**
   * A related person: a primary member or a participant, a legal representative of the person, or both; a
   * representative who is not a member has no horizon, sector or care-team participation.
   */
  private void relatedPerson(MemberId id, Optional<String> name, @Nullable Member m,
      @Nullable LegalRepresentative representative) {
    int index = entry;
    startEntry(memberUrls.get(id), "RelatedPerson", id.value());
    profiles(CDS_RELATED_PERSON, FR_CORE_RELATED_PERSON);
    if (m != null) {
      memberExtensions(m);
    }
    g.writeName("identifier");
    g.writeStartArray();
    identifier(MEMBER_ID, id.value());
    g.writeEndArray();
    reference("patient", patientUrl);
    String path = "Bundle.entry[" + index + "].resource";
    g.writeName("relationship");
    g.writeStartArray();
    if (representative != null) {
      codeable(TRE_R260, ROLE_GUARDIAN, null);
    } else if (required(path + ".relationship", "RelatedPerson.relationship[Role]", id, "fhir.export.marked-absent")) {
      // TRE_R260 has no code for a relative, friend or volunteer as such (CAREGIVER, NOK, ECON say more than the
      // model knows): the coding names the code system only, marked absent
      g.writeStartObject();
      g.writeName("extension");
      g.writeStartArray();
      dataAbsentReason();
      g.writeEndArray();
      g.writeName("coding");
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringProperty("system", TRE_R260);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    if (m instanceof PrimaryMember pm) {
      Optional<String> code = pm.relation().hl7RoleCode();
      if (code.isPresent()) {
        codeable(TRE_R216, code.get(), null);
      } else {
        codeable(RELATION, pm.relation().name(), null);
      }
    } else if (m instanceof Participant pa) {
      codeable(PARTICIPANT_ROLE, pa.role().name(), null);
    }
    if (representative != null) {
      codeable(REPRESENTATION_KIND, representative.kind().name(), null);
    }
    g.writeEndArray();
    boolean placeholder = required(path + ".name.family", "RelatedPerson.name.family", id);
    if (name.isPresent() || placeholder) {
      g.writeName("name");
      g.writeStartArray();
      g.writeStartObject();
      name.ifPresent(n -> g.writeStringProperty("text", n));
      if (placeholder) {
        g.writeStringProperty("family", options.placeholderFamily());
        g.writeName("_family");
        absentReason();
      }
      g.writeEndObject();
      g.writeEndArray();
    }
    if (required(path + ".telecom", "RelatedPerson.telecom", id)) {
      g.writeName("telecom");
      g.writeStartArray();
      g.writeStartObject();
      g.writeName("extension");
      g.writeStartArray();
      dataAbsentReason();
      g.writeEndArray();
      g.writeStringProperty("system", "other");
      g.writeStringProperty("value", options.placeholderTelecom());
      g.writeEndObject();
      g.writeEndArray();
    }
    endEntry("RelatedPerson");
  }

  /**
   * Applies the missing-data policy to an element the Cercle de soins profile requires and the model never
   * records; returns whether to write the declared placeholder.
   */
  private boolean required(String path, String element, MemberId member) {
    return required(path, element, member, "fhir.export.placeholder");
  }

  /**
   * Applies the missing-data policy to an element the Cercle de soins profile requires and the model never
   * records; returns whether to write the placeholder, whose warning has the given key.
   */
  private boolean required(String path, String element, MemberId member, String placeholderKey) {
    Map<String, String> arguments = Map.of("element", element, "profile", "cds-fr-related-person", "member",
        member.value());
    switch (options.missingData()) {
      case FAIL:
        failures.add(FhirIssue.of(path, "fhir.export.missing", arguments));
        return false;
      case OMIT_WITH_WARNING:
        warnings.add(FhirIssue.of(path, "fhir.export.omitted", arguments));
        return false;
      default:
        warnings.add(FhirIssue.of(path, placeholderKey, arguments));
        return true;
    }
  }

  /** Each need of the person as a TDDUI ServiceRequest (besoin), the first of each sphere named by the Goals. */
  private void needs(Person p) {
    ImmutableList<Need> needs = p.needs();
    for (int i = 0; i < needs.size(); i++) {
      Need n = needs.get(i);
      String url = url("ServiceRequest", Integer.toString(i));
      needUrls.putIfAbsent(n.sphere(), url);
      startEntry(url, "ServiceRequest", p.id().value() + " " + i);
      profiles(TDDUI_SERVICE_REQUEST);
      g.writeStringProperty("status", "active");
      g.writeStringProperty("intent", "plan");
      g.writeName("code");
      codeable(LIFE_SPHERE, n.sphere().code(), null);
      reference("subject", patientUrl);
      n.note().ifPresent(note -> {
        g.writeName("note");
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringProperty("text", note);
        g.writeEndObject();
        g.writeEndArray();
      });
      endEntry("ServiceRequest");
    }
  }

  private void project(PersonalisedProject project) {
    if (patientUrl == null) {
      warnings.add(FhirIssue.of("Network.project", "fhir.export.not-exported",
          Map.of("element", "CarePlan", "reason", "no-focal-person")));
      return;
    }
    String carePlan = url("CarePlan", network.id().value());
    startEntry(carePlan, "CarePlan", network.id().value());
    profiles(TDDUI_CARE_PLAN);
    g.writeName("identifier");
    g.writeStartArray();
    identifier(TDDUI_PROJECT_IDENTIFIER, network.id().value());
    g.writeEndArray();
    g.writeStringProperty("status", "active");
    g.writeStringProperty("intent", "plan");
    g.writeStringProperty("title", PROJECT_TITLE);
    project.evaluationStrategy().ifPresent(s -> g.writeStringProperty("description", s));
    reference("subject", patientUrl);
    accordStructure();
    if (!project.objectives().isEmpty()) {
      g.writeName("goal");
      g.writeStartArray();
      for (Objective o : project.objectives()) {
        g.writeStartObject();
        g.writeStringProperty("reference", url("Goal", o.id().value()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    endEntry("CarePlan");
    for (Objective o : project.objectives()) {
      String goal = url("Goal", o.id().value());
      startEntry(goal, "Goal", o.id().value());
      profiles(TDDUI_GOAL);
      g.writeName("extension");
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringProperty("url", TDDUI_CARE_PLAN_REFERENCE);
      reference("valueReference", carePlan);
      g.writeEndObject();
      g.writeEndArray();
      g.writeName("identifier");
      g.writeStartArray();
      identifier(TDDUI_OBJECTIVE_IDENTIFIER, o.id().value());
      g.writeEndArray();
      g.writeStringProperty("lifecycleStatus", "active");
      g.writeName("category");
      g.writeStartArray();
      codeable(LIFE_SPHERE, o.sphere().code(), null);
      g.writeEndArray();
      g.writeName("description");
      if (o.statement().isPresent()) {
        g.writeStartObject();
        g.writeStringProperty("text", o.statement().get());
        g.writeEndObject();
      } else {
        codeable(LIFE_SPHERE, o.sphere().code(), null);
      }
      reference("subject", patientUrl);
      String need = needUrls.get(o.sphere());
      if (need != null) {
        // TDDUI: the need the objective addresses, the person's first need of its sphere
        g.writeName("addresses");
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringProperty("reference", need);
        g.writeEndObject();
        g.writeEndArray();
      }
      objectiveTitle(o);
      endEntry("Goal");
      ImmutableList<Means> means = o.means();
      for (int i = 0; i < means.size(); i++) {
        Means m = means.get(i);
        startEntry(url("Task", o.id().value() + "#" + i), "Task", o.id().value() + " " + i);
        profiles(TDDUI_TASK);
        g.writeStringProperty("status", "requested");
        g.writeStringProperty("intent", "plan");
        g.writeName("basedOn");
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringProperty("reference", carePlan);
        g.writeEndObject();
        g.writeEndArray();
        m.description().ifPresent(d -> g.writeStringProperty("description", d));
        reference("focus", goal);
        reference("for", patientUrl);
        memberReference("owner", m.holder());
        endEntry("Task");
      }
    }
  }

  /**
   * The objective's title, TDDUI 2.2.0's {@code titreObjectif} note (1..1), told apart from the other notes by TDDUI's
   * discriminator extension (a CodeableConcept of TDDUI's discriminator code system), as {@code tddui-goal-objectif}
   * slices {@code Goal.note}; earlier versions of this module wrote the {@code tddui-goal-note} extension instead.
   * The title is the objective's statement; an objective without one has no title, and the missing-data policy
   * applies: the placeholder is the note, with its discriminator, marked absent, whose text (which R4 requires of
   * an annotation) says so.
   */
  private void objectiveTitle(Objective o) {
    Optional<String> statement = o.statement();
    if (statement.isEmpty()) {
      String path = "Bundle.entry[" + entry + "].resource.note";
      Map<String, String> arguments = Map.of("element", "Goal.note[titreObjectif]", "profile", "tddui-goal-objectif",
          "objective", o.id().value());
      if (!placeholder(path, "objective", arguments)) {
        return;
      }
    }
    g.writeName("note");
    g.writeStartArray();
    g.writeStartObject();
    g.writeName("extension");
    g.writeStartArray();
    discriminator(OBJECTIVE_TITLE);
    if (statement.isEmpty()) {
      dataAbsentReason();
    }
    g.writeEndArray();
    g.writeStringProperty("text", statement.orElse(OBJECTIVE_TITLE_ABSENT));
    g.writeEndObject();
    g.writeEndArray();
  }

  /**
   * Applies the missing-data policy to an element a TDDUI profile requires of the network or of an objective and the
   * model lacks: records the failure or the warning, whose key ends with {@code in} ({@code network},
   * {@code objective}); returns whether to write the placeholder.
   */
  private boolean placeholder(String path, String in, Map<String, String> arguments) {
    switch (options.missingData()) {
      case FAIL:
        failures.add(FhirIssue.of(path, "fhir.export.missing-in-" + in, arguments));
        return false;
      case OMIT_WITH_WARNING:
        warnings.add(FhirIssue.of(path, "fhir.export.omitted-in-" + in, arguments));
        return false;
      default:
        warnings.add(FhirIssue.of(path, "fhir.export.placeholder-in-" + in, arguments));
        return true;
    }
  }

  /** Writes TDDUI's discriminator extension with its code, inside an extension array. */
  private void discriminator(String code) {
    g.writeStartObject();
    g.writeStringProperty("url", TDDUI_DISCRIMINATOR);
    g.writeName("valueCodeableConcept");
    codeable(TDDUI_DISCRIMINATOR_CODES, code, null);
    g.writeEndObject();
  }

  /**
   * TDDUI 2.2.0 requires of a personalised project the agreement of the structure (supportingInfo, slice
   * accordStructure, 1..*), a Consent the model does not record: the sharing consents are the person's, about
   * information, not the structure's agreement to the project (and the person's agreement, accordUsager, is
   * optional). Applies the missing-data policy; the placeholder is a supportingInfo with TDDUI's discriminator and
   * no reference, marked absent, whose display says so.
   */
  private void accordStructure() {
    String path = "Bundle.entry[" + entry + "].resource.supportingInfo";
    Map<String, String> arguments = Map.of("element", "CarePlan.supportingInfo[accordStructure]", "profile",
        "tddui-careplan-projet-personnalise", "network", network.id().value());
    if (!placeholder(path, "network", arguments)) {
      return;
    }
    g.writeName("supportingInfo");
    g.writeStartArray();
    g.writeStartObject();
    g.writeName("extension");
    g.writeStartArray();
    discriminator(ACCORD_STRUCTURE);
    dataAbsentReason();
    g.writeEndArray();
    // R4: a reference with neither a target nor an identifier should say what it is
    g.writeStringProperty("display", ACCORD_STRUCTURE_ABSENT);
    g.writeEndObject();
    g.writeEndArray();
  }

  /**
   * Each consent as a TDDUI Consent ({@code tddui-consent-accord}): one performer, its author, and a date. TDDUI
   * 2.2.0 admits as performer a resource of its own Patient, Practitioner, PractitionerRole or RelatedPerson
   * profiles; the author is the bundle's Patient, PractitionerRole or RelatedPerson, of those resource types, which
   * claim FR Core's, Annuaire Santé's and Cercle de soins' profiles but not TDDUI's, whose required elements the
   * model lacks or contradicts (see {@link #patient} and {@link #professional}).
   */
  private void consents() {
    ImmutableList<Consent> consents = network.consents();
    if (consents.isEmpty()) {
      return;
    }
    if (patientUrl == null) {
      warnings.add(FhirIssue.of("Network.consents", "fhir.export.not-exported",
          Map.of("element", "Consent", "reason", "no-focal-person")));
      return;
    }
    for (int i = 0; i < consents.size(); i++) {
      Consent c = consents.get(i);
      startEntry(url("Consent", Integer.toString(i)), "Consent", Integer.toString(i));
      profiles(TDDUI_CONSENT);
      g.writeStringProperty("status", c.withdrawn().isPresent() ? "inactive" : "active");
      g.writeName("scope");
      codeable(CONSENT_SCOPE, "patient-privacy", null);
      g.writeName("category");
      g.writeStartArray();
      codeable(LOINC, "59284-0", null);
      g.writeEndArray();
      reference("patient", patientUrl);
      g.writeStringProperty("dateTime", c.given().toString());
      g.writeName("performer");
      g.writeStartArray();
      memberReference(null, c.by());
      g.writeEndArray();
      // the legal basis (R4's consent-policy value set, an extensible binding, has no code for French or Belgian law)
      g.writeName("policyRule");
      codeable(LEGAL_BASIS, legalBasis(c), null);
      g.writeName("provision");
      g.writeStartObject();
      if (!c.professionalCategories().isEmpty()) {
        g.writeName("extension");
        g.writeStartArray();
        for (ProfessionalCategory p : c.professionalCategories()) {
          g.writeStartObject();
          g.writeStringProperty("url", EXT_PROFESSIONAL_CATEGORY);
          g.writeName("valueCoding");
          coding(p.jurisdiction() == Jurisdiction.BELGIUM ? PROFESSIONAL_CATEGORY_BE : PROFESSIONAL_CATEGORY_FR,
              p.name());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeStringProperty("type", "permit");
      period("period", c.given(), c.withdrawn());
      if (!c.informationCategories().isEmpty()) {
        g.writeName("code");
        g.writeStartArray();
        for (InformationCategory ic : c.informationCategories()) {
          codeable(INFORMATION_CATEGORY, ic.name(), null);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      endEntry("Consent");
    }
  }

  /** The legal basis of a consent: the law of its categories of professionals. */
  static String legalBasis(Consent c) {
    for (ProfessionalCategory p : c.professionalCategories()) {
      if (p.jurisdiction() == Jurisdiction.BELGIUM) {
        return "BE-CONSENT";
      }
    }
    return "FR-CSP-L1110-4-III";
  }

  // ---- data types -------------------------------------------------------------------------------------------

  private void memberExtensions(Member m) {
    g.writeName("extension");
    g.writeStartArray();
    g.writeStartObject();
    g.writeStringProperty("url", EXT_HORIZON);
    g.writeName("valueCoding");
    coding(HORIZON, m.horizon().name());
    g.writeEndObject();
    g.writeStartObject();
    g.writeStringProperty("url", EXT_SECTOR);
    g.writeName("valueCoding");
    coding(SECTOR, m.sector().name());
    g.writeEndObject();
    g.writeEndArray();
  }

  /** A reference to a member: to its resource when the bundle has one, by the model's id otherwise. */
  private void memberReference(@Nullable String name, MemberId id) {
    if (name != null) {
      g.writeName(name);
    }
    String target = memberUrls.get(id);
    g.writeStartObject();
    if (target != null) {
      g.writeStringProperty("reference", target);
    } else {
      g.writeName("identifier");
      identifier(MEMBER_ID, id.value());
    }
    g.writeEndObject();
  }

  /** A reference to an organisation: to its resource when the network holds it, by the model's id otherwise. */
  private void organisationReference(String name, OrganisationId id) {
    g.writeName(name);
    g.writeStartObject();
    if (organisations.contains(id)) {
      g.writeStringProperty("reference", url("Organization", id.value()));
    } else {
      g.writeName("identifier");
      identifier(ORGANISATION_ID, id.value());
    }
    g.writeEndObject();
  }

  private void nameText(String name) {
    g.writeName("name");
    g.writeStartArray();
    g.writeStartObject();
    g.writeStringProperty("text", name);
    g.writeEndObject();
    g.writeEndArray();
  }

  private void absentReason() {
    g.writeStartObject();
    g.writeName("extension");
    g.writeStartArray();
    dataAbsentReason();
    g.writeEndArray();
    g.writeEndObject();
  }

  private void dataAbsentReason() {
    g.writeStartObject();
    g.writeStringProperty("url", DATA_ABSENT_REASON);
    g.writeStringProperty("valueCode", "unknown");
    g.writeEndObject();
  }

  private void profiles(String... urls) {
    g.writeName("meta");
    g.writeStartObject();
    g.writeName("profile");
    g.writeStartArray();
    for (String u : urls) {
      g.writeString(u);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void identifier(String system, String value) {
    g.writeStartObject();
    g.writeStringProperty("system", system);
    g.writeStringProperty("value", value);
    g.writeEndObject();
  }

  private void reference(String name, String url) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("reference", url);
    g.writeEndObject();
  }

  private void codeable(String system, String code, @Nullable String text) {
    g.writeStartObject();
    g.writeName("coding");
    g.writeStartArray();
    coding(system, code);
    g.writeEndArray();
    if (text != null) {
      g.writeStringProperty("text", text);
    }
    g.writeEndObject();
  }

  private void coding(String system, String code) {
    g.writeStartObject();
    g.writeStringProperty("system", system);
    g.writeStringProperty("code", code);
    g.writeEndObject();
  }

  private void period(String name, LocalDate start, Optional<LocalDate> end) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("start", start.toString());
    end.ifPresent(e -> g.writeStringProperty("end", e.toString()));
    g.writeEndObject();
  }

  private void startEntry(@Nullable String fullUrl, String type, String modelId) {
    g.writeStartObject();
    g.writeStringProperty("fullUrl", fullUrl);
    g.writeName("resource");
    g.writeStartObject();
    g.writeStringProperty("resourceType", type);
    // a narrative of ids only (dom-6): the resource's type and the model's id, never a name
    g.writeName("text");
    g.writeStartObject();
    g.writeStringProperty("status", "generated");
    g.writeStringProperty("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + type + " " + escapeXml(modelId)
        + "</div>");
    g.writeEndObject();
  }

  private static String escapeXml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private void endEntry(String type) {
    g.writeEndObject();
    g.writeName("request");
    g.writeStartObject();
    g.writeStringProperty("method", "POST");
    g.writeStringProperty("url", type);
    g.writeEndObject();
    g.writeEndObject();
    entry++;
  }

  /**
   * A stable {@code urn:uuid} for a resource of this network: the same network gives the same bytes. The name-based
   * UUID of {@link UUID#nameUUIDFromBytes} (version 3), computed with one digest per export.
   */
  private String url(String type, String id) {
    String name = "maillage:" + network.id().value() + ":" + type + ":" + id;
    byte[] hash = md5.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x30);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    char[] out = new char[45];
    "urn:uuid:".getChars(0, 9, out, 0);
    int o = 9;
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        out[o++] = '-';
      }
      out[o++] = HEX[(hash[i] >> 4) & 0xf];
      out[o++] = HEX[hash[i] & 0xf];
    }
    return new String(out);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no MD5, which every Java platform must provide", e);
    }
  }
}
