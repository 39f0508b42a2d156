package org.maillage.fhir;

import static org.maillage.fhir.FhirCodes.*;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.fhir.JsonTree.Obj;
import org.maillage.member.Competence;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.ProfessionalCategory;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * Reads one Bundle into a network; one instance per import, not thread-safe. Linear in the document: resources are
 * indexed once by their full URL and by {@code Type/id}.
 */
final class BundleReader {
  private static final Map<String, Relation> BY_ROLE_CODE = new HashMap<>();

  static {
    for (Relation r : Relation.values()) {
      r.hl7RoleCode().ifPresent(code -> BY_ROLE_CODE.put(code, r));
    }
  }

  private final Object root;
  private final List<FhirIssue> issues = new ArrayList<>();
  private final Map<String, Obj> byUrl = new HashMap<>();
  private final Map<Obj, String> fullUrls = new java.util.IdentityHashMap<>();
  private final Map<Obj, Integer> positions = new java.util.IdentityHashMap<>();
  /** The Tasks of the bundle by the resource their focus names, in document order. */
  private final Map<Obj, List<Obj>> tasksByFocus = new java.util.IdentityHashMap<>();
  private final List<Obj> resources = new ArrayList<>();
  /** The model id given to each resource read as a member or as the focal person. */
  private final Map<Obj, MemberId> memberIds = new HashMap<>();
  /** The individuals of the network read: the focal person and the members. */
  private final java.util.Set<MemberId> individuals = new java.util.HashSet<>();

  BundleReader(Object root) {
    this.root = root;
  }

  FhirImportResult read() {
    if (!(root instanceof Obj bundle) || !"Bundle".equals(bundle.str("resourceType"))) {
      throw new FhirException(List.of(FhirIssue.of("Bundle", "fhir.import.not-a-bundle", Map.of())));
    }
    bundle.get("type");
    bundle.get("id");
    bundle.get("meta");
    if (bundle.obj("meta") != null) {
      bundle.obj("meta").consume();
    }
    bundle.get("timestamp");
    for (Obj entry : bundle.objs("entry")) {
      entry.get("request");
      entry.get("search");
      entry.get("response");
      JsonTree.consumeValue(entry.get("request"));
      JsonTree.consumeValue(entry.get("search"));
      JsonTree.consumeValue(entry.get("response"));
      Obj resource = entry.obj("resource");
      if (resource == null) {
        continue;
      }
      resources.add(resource);
      String fullUrl = entry.str("fullUrl");
      String type = resource.members.get("resourceType") instanceof String s ? s : "";
      positions.put(resource, resources.size() - 1);
      if (fullUrl != null) {
        byUrl.put(fullUrl, resource);
        fullUrls.put(resource, fullUrl);
      }
      if (resource.members.get("id") instanceof String id) {
        byUrl.put(type + "/" + id, resource);
        if (fullUrl == null) {
          byUrl.put(type + "/" + id, resource);
        }
      }
    }
    for (Obj r : resources) {
      if ("Task".equals(r.members.get("resourceType")) && r.members.get("focus") instanceof Obj f
          && f.members.get("reference") instanceof String ref && byUrl.get(ref) != null) {
        tasksByFocus.computeIfAbsent(byUrl.get(ref), k -> new ArrayList<>()).add(r);
      }
    }
    Obj careTeam = null;
    for (Obj r : resources) {
      if ("CareTeam".equals(r.members.get("resourceType"))) {
        careTeam = r;
        break;
      }
    }
    if (careTeam == null) {
      throw new FhirException(List.of(FhirIssue.of("Bundle", "fhir.import.no-care-team", Map.of())));
    }
    Network network;
    try {
      network = network(careTeam);
    } catch (InvalidModelException e) {
      // a value refused while building a part of the network (a competence, a period...): every problem by path
      List<FhirIssue> problems = new ArrayList<>(issues);
      for (ModelProblem p : e.problems()) {
        problems.add(FhirIssue.of(careTeam.path, "fhir.import.model", Map.of("path", p.path(), "detail",
            p.message())));
      }
      throw new FhirException(problems);
    }
    for (Obj r : resources) {
      if (!r.touched()) {
        issue(r.path, "fhir.import.unmapped-resource", "type", String.valueOf(r.members.get("resourceType")));
        r.consume();
      }
    }
    List<String> unread = new ArrayList<>();
    JsonTree.unread(root, unread);
    for (String path : unread) {
      issue(path, "fhir.import.unmapped");
    }
    return new FhirImportResult(network, ImmutableList.copyOf(issues));
  }

  // ---- the network ------------------------------------------------------------------------------------------

  private Network network(Obj careTeam) {
    visit(careTeam);
    String networkId = identifier(careTeam, NETWORK_ID);
    if (networkId == null) {
      // another system's care team: its first identifier names the network
      for (Obj i : careTeam.objs("identifier")) {
        if (i.members.get("value") instanceof String v) {
          networkId = v;
          i.consume();
          break;
        }
      }
    }
    NetworkId id = networkId != null ? networkId(networkId, careTeam) : networkId(fallback(careTeam, "n-"), careTeam);
    careTeam.get("status");
    Obj period = careTeam.obj("period");
    LocalDate created = period == null ? null : date(period, "start");
    if (period != null) {
      period.get("end");
    }
    Network.Builder b = Network.builder().id(id);
    String name = careTeam.str("name");
    if (name != null) {
      b.name(name);
    }
    Person person = null;
    Obj subjectPatient = null;
    Obj subject = careTeam.obj("subject");
    if (subject != null) {
      Obj patient = resolve(subject, "Patient");
      if (patient != null) {
        person = person(patient);
        subjectPatient = patient;
      }
    }
    // participants, in order: each member's periods, the référents' designations
    Map<Obj, List<Period>> periods = new LinkedHashMap<>();
    Map<Obj, String> onBehalfOf = new HashMap<>();
    List<Obj> referentMembers = new ArrayList<>();
    List<Period> referentPeriods = new ArrayList<>();
    for (Obj participant : careTeam.objs("participant")) {
      boolean referent = false;
      for (Obj role : participant.objs("role")) {
        for (Obj coding : role.objs("coding")) {
          String system = coding.str("system");
          String code = coding.str("code");
          coding.get("display");
          if (CARE_TEAM_ROLE.equals(system) && "REFERENT".equals(code)) {
            referent = true;
          } else if (!CARE_TEAM_ROLE.equals(system) && !writtenFrenchRole(system, code)) {
            issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(system), "code",
                String.valueOf(code));
          }
        }
        role.get("text");
      }
      Obj memberRef = participant.obj("member");
      Obj member = memberRef == null ? null : resolve(memberRef, null);
      Obj periodObj = participant.obj("period");
      LocalDate start = periodObj == null ? null : date(periodObj, "start");
      LocalDate end = periodObj == null ? null : date(periodObj, "end");
      if (start == null) {
        start = created;
        if (start != null) {
          issue(participant.path + ".period.start", "fhir.import.defaulted", "value", start.toString());
        }
      }
      if (member == null || start == null) {
        if (member == null) {
          issue(participant.path + ".member", "fhir.import.unresolved");
        }
        continue;
      }
      if (end != null && end.isBefore(start)) {
        issue(participant.path + ".period.end", "fhir.import.invalid-date");
        end = null;
      }
      Period p = end == null ? Period.from(start) : Period.of(start, end);
      if (referent) {
        referentMembers.add(member);
        referentPeriods.add(p);
      } else {
        periods.computeIfAbsent(member, k -> new ArrayList<>()).add(p);
        Obj behalf = participant.obj("onBehalfOf");
        if (behalf != null) {
          Obj org = resolve(behalf, "Organization");
          if (org != null) {
            onBehalfOf.put(member, organisationId(org).value());
          }
        }
      }
    }
    if (created == null) {
      created = periods.values().stream().flatMap(List::stream).map(Period::start).min(Comparator.naturalOrder())
          .orElse(null);
      if (created == null) {
        throw new FhirException(List.of(FhirIssue.of(careTeam.path + ".period.start", "fhir.import.required",
            Map.of("element", "CareTeam.period.start"))));
      }
      issue(careTeam.path + ".period.start", "fhir.import.defaulted", "value", created.toString());
    }
    b.created(created);
    if (person != null) {
      individuals.add(person.id());
    }
    // organisations: every Organization of the bundle
    for (Obj r : resources) {
      if ("Organization".equals(r.members.get("resourceType"))) {
        Organisation o = organisation(r);
        if (o != null) {
          b.addOrganisations(o);
        }
      }
    }
    Map<Obj, MemberId> readMembers = new LinkedHashMap<>();
    for (Map.Entry<Obj, List<Period>> e : periods.entrySet()) {
      Member m = member(e.getKey(), involvements(e.getValue()), onBehalfOf.get(e.getKey()));
      if (m != null) {
        b.addMembers(m);
        readMembers.put(e.getKey(), m.id());
        individuals.add(m.id());
      }
    }
    if (person != null) {
      List<LegalRepresentative> representatives = representatives();
      List<Need> needs = needs(subjectPatient);
      if (!representatives.isEmpty() || !needs.isEmpty()) {
        person = Person.builder().from(person).addAllRepresentatives(representatives).addAllNeeds(needs).build();
      }
      b.focalPerson(person);
    }
    for (int i = 0; i < referentMembers.size(); i++) {
      MemberId professional = memberIds.get(referentMembers.get(i));
      if (professional == null) {
        issue(referentMembers.get(i).path, "fhir.import.unresolved");
      } else {
        b.addReferents(ReferentDesignation.of(professional, referentPeriods.get(i)));
      }
    }
    Obj carePlan = null;
    for (Obj r : resources) {
      if ("CarePlan".equals(r.members.get("resourceType"))) {
        carePlan = r;
        break;
      }
    }
    if (carePlan != null) {
      b.project(project(carePlan));
    }
    for (Obj r : resources) {
      if ("Consent".equals(r.members.get("resourceType"))) {
        consent(r).ifPresent(b::addConsents);
      }
    }
    careTeam.get("managingOrganization");
    try {
      return b.build();
    } catch (InvalidModelException e) {
      List<FhirIssue> problems = new ArrayList<>(issues);
      for (ModelProblem p : e.problems()) {
        problems.add(FhirIssue.of(careTeam.path, "fhir.import.model", Map.of("path", p.path(), "detail",
            p.message())));
      }
      throw new FhirException(problems);
    }
  }

  private static ImmutableList<Period> involvements(List<Period> periods) {
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(Period::start));
    List<Period> merged = new ArrayList<>();
    for (Period p : sorted) {
      if (!merged.isEmpty()) {
        Period last = merged.get(merged.size() - 1);
        if (last.end().isEmpty() || !last.end().get().isBefore(p.start())) {
          Optional<LocalDate> end = last.end().isEmpty() || p.end().isEmpty() ? Optional.empty()
              : Optional.of(last.end().get().isAfter(p.end().get()) ? last.end().get() : p.end().get());
          merged.set(merged.size() - 1, Period.of(last.start(), end));
          continue;
        }
      }
      merged.add(p);
    }
    return ImmutableList.copyOf(merged);
  }

  private Person person(Obj patient) {
    visit(patient);
    String id = identifier(patient, MEMBER_ID);
    MemberId memberId = memberId(id != null ? id : fallback(patient, "pat-"), patient);
    memberIds.put(patient, memberId);
    Person.Builder b = Person.builder().id(memberId);
    String name = name(patient);
    if (name != null) {
      b.name(name);
    }
    LocalDate birth = date(patient, "birthDate");
    if (birth != null) {
      b.birthDate(birth);
    }
    return b.build();
  }

  private @Nullable Organisation organisation(Obj o) {
    visit(o);
    OrganisationKind kind = null;
    Sector sector = null;
    for (Obj type : o.objs("type")) {
      for (Obj coding : type.objs("coding")) {
        String system = coding.str("system");
        String code = coding.str("code");
        coding.get("display");
        if (ORGANISATION_KIND.equals(system) && constant(OrganisationKind.class, code) != null) {
          kind = constant(OrganisationKind.class, code);
        } else if (SECTOR.equals(system) && constant(Sector.class, code) != null) {
          sector = constant(Sector.class, code);
        } else {
          issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(system), "code",
              String.valueOf(code));
        }
      }
      type.get("text");
    }
    kind = defaulted(kind, OrganisationKind.SERVICE, o.path + ".type");
    sector = defaulted(sector, Sector.SOCIAL, o.path + ".type");
    Organisation.Builder b = Organisation.builder().id(organisationId(o)).kind(kind).sector(sector);
    String name = o.str("name");
    if (name != null) {
      b.name(name);
    }
    Obj partOf = o.obj("partOf");
    if (partOf != null) {
      OrganisationId parent = referencedOrganisation(partOf);
      if (parent != null) {
        b.parent(parent);
      }
    }
    return b.build();
  }

  private OrganisationId organisationId(Obj o) {
    String id = identifier(o, ORGANISATION_ID);
    String value = id != null ? id : fallback(o, "org-");
    try {
      return OrganisationId.of(value);
    } catch (InvalidModelException e) {
      return OrganisationId.of("org-" + Integer.toHexString(value.hashCode()));
    }
  }

  private @Nullable Member member(Obj r, ImmutableList<Period> involvements, @Nullable String onBehalfOf) {
    visit(r);
    String type = String.valueOf(r.members.get("resourceType"));
    switch (type) {
      case "RelatedPerson":
        return relatedPerson(r, involvements);
      case "PractitionerRole":
        return professional(r, involvements, null);
      case "Practitioner":
        return professional(r, involvements, onBehalfOf);
      default:
        issue(r.path, "fhir.import.unmapped-member", "type", type);
        r.consume();
        return null;
    }
  }

  /** The value read, or the fallback where none was, reported by path as assumed. */
  private <E extends Enum<E>> E defaulted(@Nullable E read, E fallback, String path) {
    if (read != null) {
      return read;
    }
    issue(path, "fhir.import.defaulted", "value", fallback.name());
    return fallback;
  }

  /** A member's horizon and sector, as its resource's extensions record them; null where not recorded. */
  private record Placement(@Nullable Horizon horizon, @Nullable Sector sector) {}

  /** Reads a member's horizon and sector extensions; any other extension is reported by its path. */
  private Placement placement(Obj r) {
    @Nullable Horizon horizon = null;
    @Nullable Sector sector = null;
    for (Obj ext : r.objs("extension")) {
      String url = ext.str("url");
      Obj coding = ext.obj("valueCoding");
      String code = coding == null ? null : coding.str("code");
      if (coding != null) {
        coding.consume();
      }
      if (EXT_HORIZON.equals(url) && constant(Horizon.class, code) != null) {
        horizon = constant(Horizon.class, code);
      } else if (EXT_SECTOR.equals(url) && constant(Sector.class, code) != null) {
        sector = constant(Sector.class, code);
      } else {
        issue(ext.path, "fhir.import.unknown-extension", "url", String.valueOf(url));
        ext.consume();
      }
    }
    return new Placement(horizon, sector);
  }

  private @Nullable Member relatedPerson(Obj r, ImmutableList<Period> involvements) {
    String id = identifier(r, MEMBER_ID);
    MemberId memberId = memberId(id != null ? id : fallback(r, "rp-"), r);
    memberIds.put(r, memberId);
    JsonTree.consumeValue(r.get("patient"));
    Relation relation = null;
    ParticipantRole role = null;
    for (Obj rel : r.objs("relationship")) {
      if (absent(rel)) {
        // the placeholder of a role the record lacks
        rel.consume();
        continue;
      }
      rel.get("text");
      for (Obj coding : rel.objs("coding")) {
        String system = coding.str("system");
        String code = coding.str("code");
        coding.get("display");
        // the role the export writes (GUARD for a member who represents the person; PRS in earlier versions) is
        // derived: the representation is read from its kind
        if ((TRE_R260.equals(system) || V3_ROLE_CLASS.equals(system))
            && (BundleWriter.ROLE_PERSONAL_RELATIONSHIP.equals(code) || BundleWriter.ROLE_GUARDIAN.equals(code))
            || REPRESENTATION_KIND.equals(system)) {
          continue;
        }
        if ((TRE_R216.equals(system) || V3_ROLE_CODE.equals(system)) && code != null
            && BY_ROLE_CODE.containsKey(code)) {
          relation = BY_ROLE_CODE.get(code);
        } else if (RELATION.equals(system) && constant(Relation.class, code) != null) {
          relation = constant(Relation.class, code);
        } else if (PARTICIPANT_ROLE.equals(system) && constant(ParticipantRole.class, code) != null) {
          role = constant(ParticipantRole.class, code);
        } else {
          issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(system), "code",
              String.valueOf(code));
        }
      }
    }
    Placement placement = placement(r);
    Horizon horizon = placement.horizon();
    Sector sector = placement.sector();
    telecoms(r);
    String name = name(r);
    if (name != null) {
      memberNames.put(memberId, name);
    }
    if (role != null && relation == null) {
      horizon = defaulted(horizon, Horizon.MIDDLE, r.path + ".extension");
      Participant.Builder b = Participant.builder().id(memberId).role(role).horizon(horizon)
          .addAllInvolvements(involvements);
      if (sector != null) {
        b.sector(sector);
      }
      if (name != null) {
        b.name(name);
      }
      return b.build();
    }
    relation = defaulted(relation, Relation.SIGNIFICANT_OTHER, r.path + ".relationship");
    horizon = defaulted(horizon, Horizon.CLOSE, r.path + ".extension");
    PrimaryMember.Builder b = PrimaryMember.builder().id(memberId).relation(relation).horizon(horizon)
        .addAllInvolvements(involvements);
    if (sector != null) {
      b.sector(sector);
    }
    if (name != null) {
      b.name(name);
    }
    return b.build();
  }

  /**
   * The focal person's legal representatives: every RelatedPerson whose relationship holds a representation kind,
   * a member or not.
   */
  private List<LegalRepresentative> representatives() {
    List<LegalRepresentative> out = new ArrayList<>();
    for (Obj r : resources) {
      if (!"RelatedPerson".equals(r.members.get("resourceType"))) {
        continue;
      }
      RepresentationKind kind = representationKind(r);
      if (kind == null) {
        continue;
      }
      MemberId id = memberIds.get(r);
      String name;
      if (id == null) {
        // a representative who is not a member of the network
        visit(r);
        String value = identifier(r, MEMBER_ID);
        id = memberId(value != null ? value : fallback(r, "rp-"), r);
        memberIds.put(r, id);
        JsonTree.consumeValue(r.get("patient"));
        for (Obj rel : r.objs("relationship")) {
          rel.get("text");
          for (Obj coding : rel.objs("coding")) {
            String system = coding.str("system");
            String code = coding.str("code");
            coding.get("display");
            boolean guardian = (TRE_R260.equals(system) || V3_ROLE_CLASS.equals(system))
                && BundleWriter.ROLE_GUARDIAN.equals(code);
            if (!guardian && !REPRESENTATION_KIND.equals(system)) {
              issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(system), "code",
                  String.valueOf(code));
            }
          }
        }
        for (Obj ext : r.objs("extension")) {
          issue(ext.path, "fhir.import.unknown-extension", "url", String.valueOf(ext.str("url")));
          ext.consume();
        }
        telecoms(r);
        name = name(r);
      } else {
        // a member who also represents the person: one resource, the member's name
        name = nameOf(id);
      }
      LegalRepresentative.Builder b = LegalRepresentative.builder().id(id).kind(kind);
      if (name != null) {
        b.name(name);
      }
      out.add(b.build());
      individuals.add(id);
    }
    return out;
  }

  private final Map<MemberId, String> memberNames = new HashMap<>();

  /** The person's needs: the ServiceRequests whose subject is the focal person, coded by life sphere. */
  private List<Need> needs(@Nullable Obj patient) {
    List<Need> out = new ArrayList<>();
    for (Obj r : resources) {
      if (!"ServiceRequest".equals(r.members.get("resourceType")) || !(r.members.get("subject") instanceof Obj s)
          || !(s.members.get("reference") instanceof String ref) || byUrl.get(ref) != patient) {
        continue;
      }
      visit(r);
      JsonTree.consumeValue(r.get("subject"));
      r.get("status");
      r.get("intent");
      LifeSphere sphere = null;
      Obj code = r.obj("code");
      if (code != null) {
        code.get("text");
        for (Obj coding : code.objs("coding")) {
          LifeSphere found = LIFE_SPHERE.equals(coding.str("system")) ? sphere(coding.str("code")) : null;
          coding.get("display");
          if (found != null && sphere == null) {
            sphere = found;
          } else if (found == null) {
            issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(coding.str("system")), "code",
                String.valueOf(coding.str("code")));
          }
        }
      }
      if (sphere == null) {
        issue(r.path + ".code", "fhir.import.required", "element", "ServiceRequest.code");
        continue;
      }
      Need.Builder b = Need.builder().sphere(sphere);
      List<Obj> notes = r.objs("note");
      if (!notes.isEmpty() && notes.get(0).str("text") != null) {
        b.note(notes.get(0).str("text"));
      }
      out.add(b.build());
    }
    return out;
  }

  private @Nullable String nameOf(MemberId id) {
    return memberNames.get(id);
  }

  private static @Nullable RepresentationKind representationKind(Obj r) {
    if (!(r.members.get("relationship") instanceof JsonTree.Arr rels)) {
      return null;
    }
    for (Object rel : rels.items) {
      if (rel instanceof Obj c && c.members.get("coding") instanceof JsonTree.Arr codings) {
        for (Object o : codings.items) {
          if (o instanceof Obj coding && REPRESENTATION_KIND.equals(coding.members.get("system"))) {
            return constant(RepresentationKind.class, coding.members.get("code") instanceof String s ? s : null);
          }
        }
      }
    }
    return null;
  }

  private @Nullable Member professional(Obj r, ImmutableList<Period> involvements, @Nullable String onBehalfOf) {
    String id = identifier(r, MEMBER_ID);
    MemberId memberId = memberId(id != null ? id : fallback(r, "pr-"), r);
    memberIds.put(r, memberId);
    Professional.Builder b = Professional.builder().id(memberId).addAllInvolvements(involvements);
    String name = null;
    if ("PractitionerRole".equals(r.members.get("resourceType"))) {
      Obj practitionerRef = r.obj("practitioner");
      Obj practitioner = practitionerRef == null ? null : resolve(practitionerRef, "Practitioner");
      if (practitioner != null) {
        visit(practitioner);
        identifier(practitioner, MEMBER_ID);
        name = name(practitioner);
      }
      Obj orgRef = r.obj("organization");
      OrganisationId org = orgRef == null ? null : referencedOrganisation(orgRef);
      if (org != null) {
        b.organisation(org);
      }
      for (Obj code : r.objs("code")) {
        String role = code.str("text");
        List<LifeSphere> spheres = new ArrayList<>();
        for (Obj coding : code.objs("coding")) {
          String system = coding.str("system");
          String c = coding.str("code");
          coding.get("display");
          if (LIFE_SPHERE.equals(system) && sphere(c) != null) {
            spheres.add(sphere(c));
          } else {
            issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(system), "code",
                String.valueOf(c));
          }
        }
        if (role != null && !role.isBlank()) {
          b.addCompetences(Competence.of(role, spheres.toArray(new LifeSphere[0])));
        } else {
          issue(code.path, "fhir.import.unmapped");
        }
      }
    } else {
      name = name(r);
      if (onBehalfOf != null) {
        b.organisation(OrganisationId.of(onBehalfOf));
      }
    }
    Placement placement = placement(r);
    Horizon horizon = placement.horizon();
    Sector sector = placement.sector();
    horizon = defaulted(horizon, Horizon.MIDDLE, r.path + ".extension");
    sector = defaulted(sector, Sector.SOCIAL, r.path + ".extension");
    if (name != null) {
      b.name(name);
    }
    return b.horizon(horizon).sector(sector).build();
  }

  // ---- the project and consents -----------------------------------------------------------------------------

  private PersonalisedProject project(Obj carePlan) {
    visit(carePlan);
    carePlan.get("identifier");
    JsonTree.consumeValue(carePlan.get("identifier"));
    carePlan.get("status");
    carePlan.get("intent");
    carePlan.get("title");
    JsonTree.consumeValue(carePlan.get("subject"));
    for (Obj info : carePlan.objs("supportingInfo")) {
      if (absent(info)) {
        // the placeholder of the structure's agreement the record lacks
        info.consume();
      }
    }
    PersonalisedProject.Builder b = PersonalisedProject.builder();
    String description = carePlan.str("description");
    if (description != null) {
      b.evaluationStrategy(description);
    }
    for (Obj goalRef : carePlan.objs("goal")) {
      Obj goal = resolve(goalRef, "Goal");
      if (goal != null) {
        objective(goal, carePlan).ifPresent(b::addObjectives);
      }
    }
    return b.build();
  }

  private Optional<Objective> objective(Obj goal, Obj carePlan) {
    visit(goal);
    // TDDUI 2.2.0's system, or the module's own, which earlier versions wrote
    String tddui = identifier(goal, TDDUI_OBJECTIVE_IDENTIFIER);
    String own = identifier(goal, OBJECTIVE_ID);
    String id = tddui != null ? tddui : own;
    String value = id != null ? id : fallback(goal, "ob-");
    ObjectiveId objectiveId;
    try {
      objectiveId = ObjectiveId.of(value);
    } catch (InvalidModelException e) {
      objectiveId = ObjectiveId.of("ob-" + Integer.toHexString(value.hashCode()));
    }
    for (Obj ext : goal.objs("extension")) {
      if (!TDDUI_CARE_PLAN_REFERENCE.equals(ext.str("url"))) {
        issue(ext.path, "fhir.import.unknown-extension", "url", String.valueOf(ext.str("url")));
      }
      ext.consume();
    }
    JsonTree.consumeValue(goal.get("addresses"));
    goal.get("lifecycleStatus");
    JsonTree.consumeValue(goal.get("subject"));
    LifeSphere sphere = null;
    for (Obj category : goal.objs("category")) {
      for (Obj coding : category.objs("coding")) {
        LifeSphere s = LIFE_SPHERE.equals(coding.str("system")) ? sphere(coding.str("code"))
            : null;
        coding.get("display");
        if (s != null) {
          sphere = s;
        } else {
          issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(coding.str("system")), "code",
              String.valueOf(coding.str("code")));
        }
      }
    }
    String statement = null;
    for (Obj note : goal.objs("note")) {
      boolean title = false;
      boolean absent = absent(note);
      for (Obj ext : note.objs("extension")) {
        if (isObjectiveTitle(ext)) {
          title = true;
          ext.consume();
        } else if (absent && DATA_ABSENT_REASON.equals(ext.str("url"))) {
          ext.consume();
        } else if (TDDUI_DISCRIMINATOR.equals(ext.str("url"))) {
          // another of TDDUI's notes (the person's view, the strategy): a known extension, whose note's text the
          // model has no place for and is reported unmapped
          ext.consume();
        } else {
          issue(ext.path, "fhir.import.unknown-extension", "url", String.valueOf(ext.str("url")));
          ext.consume();
        }
      }
      if (title && absent) {
        // the placeholder of a title the record lacked: no statement
        note.consume();
      } else if (title) {
        statement = note.str("text");
      }
    }
    Obj description = goal.obj("description");
    if (description != null) {
      String text = description.str("text");
      if (statement == null) {
        statement = text;
      }
      for (Obj coding : description.objs("coding")) {
        LifeSphere s = LIFE_SPHERE.equals(coding.str("system")) ? sphere(coding.str("code"))
            : null;
        coding.get("display");
        if (s != null && sphere == null) {
          sphere = s;
        } else if (s == null) {
          issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(coding.str("system")), "code",
              String.valueOf(coding.str("code")));
        }
      }
    }
    if (sphere == null) {
      sphere = LifeSphere.SOCIAL_LIFE;
      issue(goal.path + ".category", "fhir.import.defaulted", "value", sphere.code());
    }
    Objective.Builder b = Objective.builder().id(objectiveId).sphere(sphere);
    if (statement != null) {
      b.statement(statement);
    }
    for (Obj r : tasksByFocus.getOrDefault(goal, List.of())) {
      {
        r.get("focus");
        ((Obj) r.members.get("focus")).get("reference");
        visit(r);
        JsonTree.consumeValue(r.get("basedOn"));
        r.get("status");
        r.get("intent");
        JsonTree.consumeValue(r.get("for"));
        Obj owner = r.obj("owner");
        MemberId holder = owner == null ? null : referencedMember(owner);
        if (holder == null || !individuals.contains(holder)) {
          issue(r.path + ".owner", "fhir.import.unresolved");
          continue;
        }
        Means.Builder m = Means.builder().holder(holder);
        String d = r.str("description");
        if (d != null) {
          m.description(d);
        }
        b.addMeans(m.build());
      }
    }
    return Optional.of(b.build());
  }

  private Optional<Consent> consent(Obj c) {
    visit(c);
    c.get("status");
    JsonTree.consumeValue(c.get("scope"));
    JsonTree.consumeValue(c.get("category"));
    JsonTree.consumeValue(c.get("policyRule"));
    JsonTree.consumeValue(c.get("patient"));
    MemberId by = null;
    for (Obj performer : c.objs("performer")) {
      by = referencedMember(performer);
    }
    LocalDate given = date(c, "dateTime");
    Consent.Builder b = Consent.builder();
    Obj provision = c.obj("provision");
    LocalDate withdrawn = null;
    if (provision != null) {
      provision.get("type");
      Obj period = provision.obj("period");
      if (period != null) {
        LocalDate start = date(period, "start");
        given = given == null ? start : given;
        withdrawn = date(period, "end");
      }
      for (Obj code : provision.objs("code")) {
        for (Obj coding : code.objs("coding")) {
          InformationCategory ic = INFORMATION_CATEGORY.equals(coding.str("system"))
              ? constant(InformationCategory.class, coding.str("code")) : null;
          coding.get("display");
          if (ic != null) {
            b.addInformationCategories(ic);
          } else {
            issue(coding.path, "fhir.import.unmapped-code", "system", String.valueOf(coding.str("system")),
                "code", String.valueOf(coding.str("code")));
          }
        }
      }
      for (Obj ext : provision.objs("extension")) {
        Obj coding = ext.obj("valueCoding");
        ProfessionalCategory pc = null;
        if (EXT_PROFESSIONAL_CATEGORY.equals(ext.str("url")) && coding != null) {
          String system = coding.str("system");
          String code = coding.str("code");
          pc = PROFESSIONAL_CATEGORY_FR.equals(system) ? constant(RegulatoryCategory.class, code)
              : PROFESSIONAL_CATEGORY_BE.equals(system) ? constant(BelgianProfessionalCategory.class, code) : null;
        }
        if (pc != null) {
          b.addProfessionalCategories(pc);
          ext.consume();
        } else {
          issue(ext.path, "fhir.import.unknown-extension", "url", String.valueOf(ext.str("url")));
          ext.consume();
        }
      }
    }
    if (by != null && !individuals.contains(by)) {
      issue(c.path + ".performer", "fhir.import.unresolved");
      return Optional.empty();
    }
    if (by == null || given == null) {
      issue(c.path, "fhir.import.required", "element", by == null ? "Consent.performer" : "Consent.dateTime");
      return Optional.empty();
    }
    b.by(by).given(given);
    if (withdrawn != null) {
      b.withdrawn(withdrawn);
    }
    try {
      return Optional.of(b.build());
    } catch (InvalidModelException e) {
      for (ModelProblem p : e.problems()) {
        issue(c.path, "fhir.import.model", "path", p.path(), "detail", p.message());
      }
      return Optional.empty();
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  /** The member a reference names: a resource of the bundle read as a member, or a logical id. */
  private @Nullable MemberId referencedMember(Obj ref) {
    Object logical = ref.members.get("identifier");
    if (logical instanceof Obj ident && MEMBER_ID.equals(ident.members.get("system"))
        && ident.members.get("value") instanceof String v) {
      ref.get("identifier");
      ident.consume();
      return memberId(v, ref);
    }
    Obj target = resolve(ref, null);
    return target == null ? null : memberIds.get(target);
  }

  /** The organisation a reference names: an Organization of the bundle, or a logical id. */
  private @Nullable OrganisationId referencedOrganisation(Obj ref) {
    Object logical = ref.members.get("identifier");
    if (logical instanceof Obj ident && ORGANISATION_ID.equals(ident.members.get("system"))
        && ident.members.get("value") instanceof String v) {
      ref.get("identifier");
      ident.consume();
      try {
        return OrganisationId.of(v);
      } catch (InvalidModelException e) {
        issue(ref.path, "fhir.import.invalid-id");
        return null;
      }
    }
    Obj target = resolve(ref, "Organization");
    return target == null ? null : organisationId(target);
  }

  private @Nullable Obj resolve(Obj ref, @Nullable String expectedType) {
    String reference = ref.str("reference");
    ref.get("display");
    ref.get("type");
    Obj target = reference == null ? null : byUrl.get(reference);
    if (target == null) {
      issue(ref.path, "fhir.import.unresolved");
      ref.consume();
      return null;
    }
    if (expectedType != null && !expectedType.equals(target.members.get("resourceType"))) {
      issue(ref.path, "fhir.import.unresolved");
      return null;
    }
    return target;
  }

  /** Marks what every resource has and the mapping needs not read: its type, id, meta and narrative. */
  private static void visit(Obj r) {
    r.get("resourceType");
    r.get("id");
    JsonTree.consumeValue(r.get("meta"));
    JsonTree.consumeValue(r.get("text"));
  }

  /** The value of the identifier of a system; the other identifiers stay unread, and so reported. */
  private static @Nullable String identifier(Obj r, String system) {
    Object identifiers = r.members.get("identifier");
    if (!(identifiers instanceof JsonTree.Arr arr)) {
      return null;
    }
    String found = null;
    r.get("identifier");
    for (Object o : arr.items) {
      if (o instanceof Obj i && system.equals(i.members.get("system")) && i.members.get("value") instanceof String v) {
        i.consume();
        found = found == null ? v : found;
      }
    }
    return found;
  }

  /** The name of a person: its text, or its given names and family name; a placeholder is no name. */
  private static @Nullable String name(Obj r) {
    String found = null;
    for (Obj n : r.objs("name")) {
      String text = n.str("text");
      Obj familyMeta = n.obj("_family");
      boolean placeholder = familyMeta != null && absent(familyMeta);
      if (familyMeta != null) {
        familyMeta.consume();
      }
      String family = n.str("family");
      StringBuilder parts = new StringBuilder();
      for (Object given : n.arr("given")) {
        if (given instanceof String s) {
          parts.append(parts.length() == 0 ? "" : " ").append(s);
        }
      }
      JsonTree.consumeValue(n.get("given"));
      if (family != null && !placeholder) {
        parts.append(parts.length() == 0 ? "" : " ").append(family);
      }
      String value = text != null ? text : parts.length() > 0 ? parts.toString() : null;
      if (found == null) {
        found = value;
      }
      n.get("use");
    }
    return found;
  }

  /** Telecoms that are placeholders are read as absent; the model has no place for the others. */
  private static void telecoms(Obj r) {
    Object t = r.members.get("telecom");
    if (!(t instanceof JsonTree.Arr arr)) {
      return;
    }
    boolean all = true;
    for (Object o : arr.items) {
      if (o instanceof Obj contact && absent(contact)) {
        contact.consume();
      } else {
        all = false;
      }
    }
    if (all) {
      r.get("telecom");
    } else {
      r.get("telecom");
    }
  }

  /**
   * Whether a care-team role coding is one the export derives from what the import reads elsewhere: TRE_R260's AGNT
   * for a professional, GUARD for a member who represents the person.
   */
  private static boolean writtenFrenchRole(@Nullable String system, @Nullable String code) {
    return TRE_R260.equals(system)
        && (BundleWriter.ROLE_PROFESSIONAL.equals(code) || BundleWriter.ROLE_GUARDIAN.equals(code));
  }

  /**
   * Whether a Goal note's extension says the note is the objective's title: TDDUI 2.2.0's discriminator
   * ({@code titreObjectif} in TDDUI's discriminator code system), or the {@code tddui-goal-note} code earlier
   * versions of this module wrote.
   */
  private static boolean isObjectiveTitle(Obj ext) {
    String url = ext.str("url");
    if (TDDUI_GOAL_NOTE.equals(url)) {
      return BundleWriter.OBJECTIVE_TITLE.equals(ext.str("valueCode"));
    }
    if (!TDDUI_DISCRIMINATOR.equals(url)) {
      return false;
    }
    Obj value = ext.obj("valueCodeableConcept");
    if (value == null) {
      return false;
    }
    for (Obj coding : value.objs("coding")) {
      if (TDDUI_DISCRIMINATOR_CODES.equals(coding.str("system"))
          && BundleWriter.OBJECTIVE_TITLE.equals(coding.str("code"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean absent(Obj element) {
    Object ext = element.members.get("extension");
    if (ext instanceof JsonTree.Arr arr) {
      for (Object o : arr.items) {
        if (o instanceof Obj e && DATA_ABSENT_REASON.equals(e.members.get("url"))) {
          return true;
        }
      }
    }
    return false;
  }

  private @Nullable LocalDate date(Obj o, String name) {
    String v = o.str(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      issue(o.path + "." + name, "fhir.import.invalid-date");
      return null;
    }
  }

  private static @Nullable LifeSphere sphere(@Nullable String code) {
    if (code == null) {
      return null;
    }
    try {
      return new LifeSphere(code);
    } catch (InvalidModelException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String code) {
    if (code == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String fallback(Obj r, String prefix) {
    Object id = r.members.get("id");
    if (id instanceof String s && !s.isBlank()) {
      return prefix + s;
    }
    String url = fullUrls.get(r);
    if (url != null) {
      int cut = Math.max(url.lastIndexOf(':'), url.lastIndexOf('/'));
      return prefix + url.substring(cut + 1);
    }
    return prefix + positions.get(r);
  }

  private MemberId memberId(String value, Obj where) {
    try {
      return MemberId.of(value);
    } catch (InvalidModelException e) {
      issue(where.path + ".identifier", "fhir.import.invalid-id");
      return MemberId.of("m-" + Integer.toHexString(value.hashCode()));
    }
  }

  private NetworkId networkId(String value, Obj where) {
    try {
      return NetworkId.of(value);
    } catch (InvalidModelException e) {
      issue(where.path + ".identifier", "fhir.import.invalid-id");
      return NetworkId.of("n-" + Integer.toHexString(value.hashCode()));
    }
  }

  private void issue(String path, String key, String... arguments) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < arguments.length; i += 2) {
      args.put(arguments[i], arguments[i + 1]);
    }
    issues.add(FhirIssue.of(path, key, args));
  }
}
