package org.maillage.formats.json;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.QuotedInput;
import org.maillage.TieId;
import org.maillage.member.Competence;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalStanding;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.network.BasisKind;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Evaluation;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.network.NetworkForm;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.network.StrategyKind;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Convention;
import org.maillage.partnership.Origin;
import org.maillage.partnership.OriginKind;
import org.maillage.partnership.Partnership;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.MinorOfFamily;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RecordedView;
import org.maillage.person.RepresentationKind;
import org.maillage.person.Stance;
import org.maillage.person.Strength;
import org.maillage.person.StrengthKind;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.QualityLevel;
import org.maillage.referent.ReferentDesignation;
import org.maillage.referent.ReferentQuality;
import org.maillage.sharing.Authority;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.ProfessionalCategory;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharedRecord;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.be.BelgianStanding;
import org.maillage.sharing.be.CaseConsultation;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.ConsultationPurpose;
import org.maillage.sharing.be.DangerAssessment;
import org.maillage.sharing.be.DangerBranch;
import org.maillage.sharing.be.MinorCompetence;
import org.maillage.sharing.be.OffenceCategory;
import org.maillage.sharing.be.ProsecutorReport;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.VictimVulnerability;
import org.maillage.sharing.be.YouthAidCommunity;
import org.maillage.sharing.be.YouthAidRole;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;
import tools.jackson.core.JsonToken;

/**
 * Reads the model from a parser, one method per model type; each method reads the value the parser is on and
 * returns it built, or null after recording the problems that kept it from being built.
 *
 * <p>A value with a problem inside is not built, nor is anything that holds it, so that a document is read
 * whole or not at all. Linear in the size of the document.
 *
 * <p>Not thread-safe: one per document.
 */
final class ModelReader {
  private static final String MEMBER_ID = "member id";
  private static final String ORGANISATION_ID = "organisation id";

  private final JsonInput in;

  ModelReader(JsonInput in) {
    this.in = in;
  }

  private static <T> void set(Consumer<T> setter, @Nullable T value) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** Reads a document: the format member and the network. */
  @Nullable Network document() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    boolean formatSeen = false;
    Network network = null;
    boolean networkSeen = false;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case JsonNames.FORMAT:
          formatSeen = true;
          String format = in.text();
          if (format != null && !JsonFormat.FORMAT.equals(format)) {
            version(format);
            return null;
          }
          break;
        case JsonNames.NETWORK:
          networkSeen = true;
          if (!formatSeen) {
            // the format first: a document of another version is not read as if it were of this one
            in.problem("format.json.format-first", Map.of("expected", JsonFormat.FORMAT));
            in.skip();
          } else {
            network = network();
          }
          break;
        default:
          in.unknown(n);
      }
    }
    if (!formatSeen && !networkSeen) {
      // neither member: the network's absence is reported below, the format's here
      in.problemAt("", at.line, at.column, "format.json.missing-member",
          Map.of("member", JsonNames.FORMAT, "expected", JsonFormat.FORMAT));
    }
    if (!networkSeen) {
      in.problemAt("", at.line, at.column, "format.json.missing-member",
          Map.of("member", JsonNames.NETWORK, "expected", "object"));
    }
    return network;
  }

  private void version(String format) {
    String expected = JsonFormat.FORMAT;
    if (format.startsWith(JsonFormat.NAME + "/")) {
      String version = format.substring(JsonFormat.NAME.length() + 1);
      int dot = version.indexOf('.');
      String major = dot < 0 ? version : version.substring(0, dot);
      if (major.matches("[0-9]{1,9}") && Integer.parseInt(major) > JsonFormat.VERSION) {
        in.problem("format.json.newer-version", Map.of("expected", expected, "found", QuotedInput.quote(format)));
        return;
      }
    }
    in.problem("format.json.unknown-format", Map.of("expected", expected, "found", QuotedInput.quote(format)));
  }

  @Nullable Network network() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Network.Builder b = Network.builder();
    Resolver r = new Resolver();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      r.member(n, in.line(), in.column());
      switch (n) {
        case "id" -> set(b::id, in.id(NetworkId::of, "network id"));
        case "name" -> set(b::name, in.text());
        case "created" -> set(b::created, in.date());
        case "focalPerson" -> set(b::focalPerson, person());
        case "theme" -> set(b::theme, in.text());
        case "territory" -> set(b::territory, in.text());
        case "forms" -> set(b::forms, in.constants(NetworkForm.class));
        case "formality" -> set(b::formality, in.constant(Formality.class));
        case "basis" -> set(b::basis, basis());
        case "statusHistory" -> {
          JsonInput.Elements<StatusChange> l = in.list(this::statusChange);
          r.list(n, l, null);
          set(b::statusHistory, l);
        }
        case "governance" -> set(b::governance, governance());
        case "strategy" -> set(b::strategy, strategy());
        case "organisations" -> {
          JsonInput.Elements<Organisation> l = in.list(this::organisation);
          r.list(n, l, o -> o.id().toString());
          set(b::organisations, l);
        }
        case "members" -> {
          JsonInput.Elements<Member> l = in.list(this::member);
          r.list(n, l, m -> m.id().toString());
          set(b::members, l);
        }
        case "ties" -> {
          JsonInput.Elements<Tie> l = in.list(this::tie);
          r.list(n, l, t -> t.id().toString());
          set(b::ties, l);
        }
        case "meetings" -> {
          JsonInput.Elements<Meeting> l = in.list(this::meeting);
          r.list(n, l, m -> m.id().toString());
          set(b::meetings, l);
        }
        case "evaluations" -> set(b::evaluations, in.list(this::evaluation));
        case "referents" -> {
          JsonInput.Elements<ReferentDesignation> l = in.list(this::referentDesignation);
          r.list(n, l, d -> d.professional().toString());
          set(b::referents, l);
        }
        case "referentAssessments" -> {
          JsonInput.Elements<QualityAssessment> l = in.list(this::qualityAssessment);
          r.list(n, l, null);
          set(b::referentAssessments, l);
        }
        case "project" -> set(b::project, project());
        case "partnership" -> set(b::partnership, partnership());
        case "flows" -> {
          JsonInput.Elements<InformationFlow> l = in.list(this::flow);
          r.list(n, l, f -> f.id().toString());
          set(b::flows, l);
        }
        case "informings" -> {
          JsonInput.Elements<Informing> l = in.list(this::informing);
          r.list(n, l, null);
          set(b::informings, l);
        }
        case "objections" -> {
          JsonInput.Elements<Objection> l = in.list(this::objection);
          r.list(n, l, null);
          set(b::objections, l);
        }
        case "consents" -> {
          JsonInput.Elements<Consent> l = in.list(this::consent);
          r.list(n, l, null);
          set(b::consents, l);
        }
        case "jurisdictionFacts" -> {
          JsonInput.Elements<JurisdictionFact> l = in.list(this::jurisdictionFact);
          r.list(n, l, null);
          set(b::jurisdictionFacts, l);
        }
        case "jurisdiction" -> set(b::jurisdiction, in.constant(Jurisdiction.class));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build, r);
  }

  // ---- members and organisations

  /** The members every sort of member has, read before the builder of the sort is applied. */
  private static final class Common {
    @Nullable MemberId id;
    @Nullable String name;
    @Nullable String note;
    @Nullable Sector sector;
    @Nullable Horizon horizon;
    @Nullable Boolean alive;
    @Nullable Boolean reachable;
    @Nullable Boolean dormant;
    @Nullable List<Period> involvements;
  }

  private boolean common(String n, Common c) {
    switch (n) {
      case "id" -> c.id = in.id(MemberId::of, MEMBER_ID);
      case "name" -> c.name = in.text();
      case "note" -> c.note = in.text();
      case "sector" -> c.sector = in.constant(Sector.class);
      case "horizon" -> c.horizon = in.constant(Horizon.class);
      case "alive" -> c.alive = in.bool();
      case "reachable" -> c.reachable = in.bool();
      case "dormant" -> c.dormant = in.bool();
      case "involvements" -> c.involvements = in.list(this::period);
      default -> {
        return false;
      }
    }
    return true;
  }

  @Nullable Member member() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    String expected = "PrimaryMember, Professional or Participant";
    String type = type(at, expected);
    if (type == null) {
      return null;
    }
    switch (type) {
      case JsonNames.PRIMARY_MEMBER:
        return primaryMember(at);
      case JsonNames.PROFESSIONAL:
        return professional(at);
      case JsonNames.PARTICIPANT:
        return participant(at);
      default:
        in.invalid(expected, type);
        skipRest(JsonNames.TYPE);
        return null;
    }
  }

  /** Skips the members left in the object the parser is in, the current one's value included. */
  private void skipRest(@Nullable String current) {
    if (current == null) {
      return;
    }
    in.skip();
    for (String n = in.nextMember(); n != null; n = in.nextMember()) {
      in.skip();
    }
  }

  private @Nullable PrimaryMember primaryMember(JsonInput.Start at) {
    PrimaryMember.Builder b = PrimaryMember.builder();
    Common c = new Common();
    for (String n = in.nextMember(); n != null; n = in.nextMember()) {
      if (!common(n, c)) {
        switch (n) {
          case "relation" -> set(b::relation, in.constant(Relation.class));
          default -> in.unknown(n);
        }
      }
    }
    set(b::id, c.id);
    set(b::name, c.name);
    set(b::note, c.note);
    set(b::sector, c.sector);
    set(b::horizon, c.horizon);
    set(b::alive, c.alive);
    set(b::reachable, c.reachable);
    set(b::dormant, c.dormant);
    set(b::involvements, c.involvements);
    return in.build(at, b::build);
  }

  private @Nullable Professional professional(JsonInput.Start at) {
    Professional.Builder b = Professional.builder();
    Common c = new Common();
    for (String n = in.nextMember(); n != null; n = in.nextMember()) {
      if (!common(n, c)) {
        switch (n) {
          case "organisation" -> set(b::organisation, in.id(OrganisationId::of, ORGANISATION_ID));
          case "mandate" -> set(b::mandate, mandate());
          case "competences" -> set(b::competences, in.list(this::competence));
          case "secrecy" -> set(b::secrecy, in.constant(SecrecyBasis.class));
          case "delegation" -> set(b::delegation, delegation());
          case "missionCategories" -> set(b::missionCategories, missionCategories());
          case "standings" -> set(b::standings, in.list(this::standing));
          default -> in.unknown(n);
        }
      }
    }
    set(b::id, c.id);
    set(b::name, c.name);
    set(b::note, c.note);
    set(b::sector, c.sector);
    set(b::horizon, c.horizon);
    set(b::alive, c.alive);
    set(b::reachable, c.reachable);
    set(b::dormant, c.dormant);
    set(b::involvements, c.involvements);
    return in.build(at, b::build);
  }

  private @Nullable ImmutableSet<InformationCategory> missionCategories() {
    List<InformationCategory> l = in.constants(InformationCategory.class);
    return l == null ? null : ImmutableSet.copyOf(l);
  }

  @Nullable OutsideProfessional outsideProfessional() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    OutsideProfessional.Builder b = OutsideProfessional.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(MemberId::of, MEMBER_ID));
        case "organisation" -> set(b::organisation, in.id(OrganisationId::of, ORGANISATION_ID));
        case "secrecy" -> set(b::secrecy, in.constant(SecrecyBasis.class));
        case "missionCategories" -> set(b::missionCategories, missionCategories());
        case "standings" -> set(b::standings, in.list(this::standing));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  private @Nullable Participant participant(JsonInput.Start at) {
    Participant.Builder b = Participant.builder();
    Common c = new Common();
    for (String n = in.nextMember(); n != null; n = in.nextMember()) {
      if (!common(n, c)) {
        switch (n) {
          case "role" -> set(b::role, in.constant(ParticipantRole.class));
          default -> in.unknown(n);
        }
      }
    }
    set(b::id, c.id);
    set(b::name, c.name);
    set(b::note, c.note);
    set(b::sector, c.sector);
    set(b::horizon, c.horizon);
    set(b::alive, c.alive);
    set(b::reachable, c.reachable);
    set(b::dormant, c.dormant);
    set(b::involvements, c.involvements);
    return in.build(at, b::build);
  }

  @Nullable ProfessionalStanding standing() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    String expected = JsonNames.FRENCH_STANDING + " or " + JsonNames.BELGIAN_STANDING;
    String type = type(at, expected);
    if (type == null) {
      return null;
    }
    switch (type) {
      case JsonNames.FRENCH_STANDING: {
        FrenchStanding.Builder b = FrenchStanding.builder();
        for (String n = in.nextMember(); n != null; n = in.nextMember()) {
          switch (n) {
            case "regulatoryCategory" -> set(b::regulatoryCategory, in.constant(RegulatoryCategory.class));
            case "childProtectionContributor" -> set(b::childProtectionContributor, in.bool());
            case "socialActionProfessional" -> set(b::socialActionProfessional, in.bool());
            case "careTeam" -> set(b::careTeam, in.constant(CareTeamBasis.class));
            default -> in.unknown(n);
          }
        }
        return in.build(at, b::build);
      }
      case JsonNames.BELGIAN_STANDING: {
        BelgianStanding.Builder b = BelgianStanding.builder();
        for (String n = in.nextMember(); n != null; n = in.nextMember()) {
          switch (n) {
            case "secrecy" -> set(b::secrecy, in.constant(SecrecyStanding.class));
            case "healthProfessional" -> set(b::healthProfessional, in.bool());
            case "youthAidRole" -> set(b::youthAidRole, in.constant(YouthAidRole.class));
            default -> in.unknown(n);
          }
        }
        return in.build(at, b::build);
      }
      default:
        in.invalid(expected, type);
        skipRest(JsonNames.TYPE);
        return null;
    }
  }

  /**
   * Reads the {@code type} member that must open a polymorphic object; null, after recording a problem and
   * skipping the object, when it is not there first or not a string.
   */
  private @Nullable String type(JsonInput.Start at, String expected) {
    String n = in.firstMember();
    if (!JsonNames.TYPE.equals(n)) {
      in.problemAt(n == null ? in.pointer() : in.objectPointer(), at.line, at.column, "format.json.type-first",
          Map.of("expected", "\"type\": " + expected));
      skipRest(n);
      return null;
    }
    String type = in.text();
    if (type == null) {
      skipRest(n);
    }
    return type;
  }

  @Nullable Mandate mandate() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    MandateKind kind = null;
    String reference = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "kind" -> kind = in.constant(MandateKind.class);
        case "reference" -> reference = in.text();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "kind", kind) | !required(at, "reference", reference)) {
      return null;
    }
    MandateKind k = kind;
    String ref = reference;
    return in.build(at, () -> Mandate.of(k, ref));
  }

  @Nullable Competence competence() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    String role = null;
    List<LifeSphere> spheres = List.of();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "role" -> role = in.text();
        case "spheres" -> {
          List<LifeSphere> l = in.set(in::sphere);
          spheres = l == null ? spheres : l;
        }
        default -> in.unknown(n);
      }
    }
    if (!required(at, "role", role)) {
      return null;
    }
    String r = role;
    LifeSphere[] s = spheres.toArray(new LifeSphere[0]);
    return in.build(at, () -> Competence.of(r, s));
  }

  @Nullable FormalDelegation delegation() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    String reference = null;
    LocalDate given = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "reference" -> reference = in.text();
        case "given" -> given = in.date();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "reference", reference) | !required(at, "given", given)) {
      return null;
    }
    String r = reference;
    LocalDate g = given;
    return in.build(at, () -> FormalDelegation.of(r, g));
  }

  @Nullable Organisation organisation() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Organisation.Builder b = Organisation.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(OrganisationId::of, ORGANISATION_ID));
        case "name" -> set(b::name, in.text());
        case "kind" -> set(b::kind, in.constant(OrganisationKind.class));
        case "sector" -> set(b::sector, in.constant(Sector.class));
        case "territory" -> set(b::territory, in.text());
        case "parent" -> set(b::parent, in.id(OrganisationId::of, ORGANISATION_ID));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  // ---- the person

  @Nullable Person person() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Person.Builder b = Person.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(MemberId::of, MEMBER_ID));
        case "name" -> set(b::name, in.text());
        case "lifeStage" -> set(b::lifeStage, in.constant(LifeStage.class));
        case "birthDate" -> set(b::birthDate, in.date());
        case "unableToProtectThemselves" -> set(b::unableToProtectThemselves, in.bool());
        case "minorsConcerned" -> set(b::minorsConcerned, in.list(this::minor));
        case "needs" -> set(b::needs, in.list(this::need));
        case "strengths" -> set(b::strengths, in.list(this::strength));
        case "lifeChoices" -> set(b::lifeChoices, in.texts(false));
        case "representatives" -> set(b::representatives, in.list(this::representative));
        case "agreements" -> set(b::agreements, in.list(this::agreement));
        case "views" -> set(b::views, in.list(this::view));
        case "measures" -> set(b::measures, in.list(this::measure));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable MinorOfFamily minor() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    MinorOfFamily.Builder b = MinorOfFamily.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(MemberId::of, MEMBER_ID));
        case "lifeStage" -> set(b::lifeStage, in.constant(LifeStage.class));
        case "birthDate" -> set(b::birthDate, in.date());
        case "holdersOfParentalAuthority" -> set(b::holdersOfParentalAuthority,
            in.list(() -> in.id(MemberId::of, MEMBER_ID)));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Need need() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Need.Builder b = Need.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "sphere" -> set(b::sphere, in.sphere());
        case "note" -> set(b::note, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Strength strength() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Strength.Builder b = Strength.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "kind" -> set(b::kind, in.constant(StrengthKind.class));
        case "sphere" -> set(b::sphere, in.sphere());
        case "note" -> set(b::note, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable LegalRepresentative representative() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    LegalRepresentative.Builder b = LegalRepresentative.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(MemberId::of, MEMBER_ID));
        case "kind" -> set(b::kind, in.constant(RepresentationKind.class));
        case "name" -> set(b::name, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Agreement agreement() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Agreement.Builder b = Agreement.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "by" -> set(b::by, in.id(MemberId::of, MEMBER_ID));
        case "given" -> set(b::given, in.date());
        case "withdrawn" -> set(b::withdrawn, in.date());
        case "refused" -> set(b::refused, in.bool());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable RecordedView view() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    RecordedView.Builder b = RecordedView.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "of" -> set(b::of, in.id(MemberId::of, MEMBER_ID));
        case "recorded" -> set(b::recorded, in.date());
        case "stance" -> set(b::stance, in.constant(Stance.class));
        case "note" -> set(b::note, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable JudicialMeasure measure() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    JudicialMeasure.Builder b = JudicialMeasure.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "reference" -> set(b::reference, in.text());
        case "kind" -> set(b::kind, in.constant(MeasureKind.class));
        case "judge" -> set(b::judge, in.id(MemberId::of, MEMBER_ID));
        case "period" -> set(b::period, period());
        case "mandated" -> set(b::mandated, in.ids(MemberId::of, MEMBER_ID));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  // ---- the network's own parts

  @Nullable NetworkBasis basis() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    BasisKind kind = null;
    String reference = null;
    Period period = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "kind" -> kind = in.constant(BasisKind.class);
        case "reference" -> reference = in.text();
        case "period" -> period = period();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "kind", kind)) {
      return null;
    }
    if (reference == null && kind != BasisKind.AGREEMENT && in.problemCount() == at.problems) {
      // the model builds a basis without a reference only for an agreement
      in.problemAt(in.pointer(), at.line, at.column, "format.json.missing-member",
          Map.of("member", "reference", "expected", "string"));
      return null;
    }
    BasisKind k = kind;
    String ref = reference;
    Period p = period;
    return in.build(at, () -> {
      NetworkBasis basis = ref == null ? NetworkBasis.agreement() : NetworkBasis.of(k, ref);
      return p == null ? basis : basis.inForce(p);
    });
  }

  @Nullable StatusChange statusChange() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    LocalDate date = null;
    NetworkStatus status = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "date" -> date = in.date();
        case "status" -> status = in.constant(NetworkStatus.class);
        default -> in.unknown(n);
      }
    }
    if (!required(at, "date", date) | !required(at, "status", status)) {
      return null;
    }
    LocalDate d = date;
    NetworkStatus s = status;
    return in.build(at, () -> StatusChange.of(d, s));
  }

  @Nullable Governance governance() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Governance.Builder b = Governance.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "place" -> set(b::place, in.text());
        case "communicationTools" -> set(b::communicationTools, in.texts(true));
        case "facilitation" -> set(b::facilitation, in.text());
        case "traces" -> set(b::traces, in.text());
        case "ethicsCharter" -> set(b::ethicsCharter, ethicsCharter());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable EthicsCharter ethicsCharter() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    LocalDate adopted = null;
    Boolean covers = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "adopted" -> adopted = in.date();
        case "coversCommunication" -> covers = in.bool();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "adopted", adopted) | !required(at, "coversCommunication", covers)) {
      return null;
    }
    LocalDate a = adopted;
    boolean c = covers;
    return in.build(at, () -> EthicsCharter.of(a, c));
  }

  @Nullable ConcertedStrategy strategy() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    StrategyKind kind = null;
    String statement = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "kind" -> kind = in.constant(StrategyKind.class);
        case "statement" -> statement = in.text();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "kind", kind) | !required(at, "statement", statement)) {
      return null;
    }
    StrategyKind k = kind;
    String s = statement;
    return in.build(at, () -> ConcertedStrategy.of(k, s));
  }

  @Nullable Tie tie() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Tie.Builder b = Tie.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(TieId::of, "tie id"));
        case "first" -> set(b::first, in.id(MemberId::of, MEMBER_ID));
        case "second" -> set(b::second, in.id(MemberId::of, MEMBER_ID));
        case "nature" -> set(b::nature, in.constant(TieNature.class));
        case "quality" -> set(b::quality, in.constant(TieQuality.class));
        case "supports" -> set(b::supports,
            in.enumMap(SupportType.class, () -> in.constant(SupportDirection.class)));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Meeting meeting() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Meeting.Builder b = Meeting.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(MeetingId::of, "meeting id"));
        case "date" -> set(b::date, in.date());
        case "participants" -> set(b::participants, in.ids(MemberId::of, MEMBER_ID));
        case "facilitator" -> set(b::facilitator, in.id(MemberId::of, MEMBER_ID));
        case "personPresent" -> set(b::personPresent, in.bool());
        case "note" -> set(b::note, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Evaluation evaluation() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Evaluation.Builder b = Evaluation.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "date" -> set(b::date, in.date());
        case "outcome" -> set(b::outcome, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable ReferentDesignation referentDesignation() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    MemberId professional = null;
    Period period = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "professional" -> professional = in.id(MemberId::of, MEMBER_ID);
        case "period" -> period = period();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "professional", professional) | !required(at, "period", period)) {
      return null;
    }
    MemberId m = professional;
    Period p = period;
    return in.build(at, () -> ReferentDesignation.of(m, p));
  }

  @Nullable QualityAssessment qualityAssessment() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    QualityAssessment.Builder b = QualityAssessment.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "referent" -> set(b::referent, in.id(MemberId::of, MEMBER_ID));
        case "quality" -> set(b::quality, in.constant(ReferentQuality.class));
        case "level" -> set(b::level, in.constant(QualityLevel.class));
        case "assessedBy" -> set(b::assessedBy, in.id(MemberId::of, MEMBER_ID));
        case "date" -> set(b::date, in.date());
        case "evidence" -> set(b::evidence, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable PersonalisedProject project() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    PersonalisedProject.Builder b = PersonalisedProject.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "objectives" -> set(b::objectives, in.list(this::objective));
        case "evaluationStrategy" -> set(b::evaluationStrategy, in.text());
        case "reviewDates" -> set(b::reviewDates, in.list(in::date));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Objective objective() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Objective.Builder b = Objective.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(ObjectiveId::of, "objective id"));
        case "sphere" -> set(b::sphere, in.sphere());
        case "statement" -> set(b::statement, in.text());
        case "participation" -> set(b::participation, in.constants(Participation.class));
        case "means" -> set(b::means, in.list(this::means));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Means means() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Means.Builder b = Means.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "holder" -> set(b::holder, in.id(MemberId::of, MEMBER_ID));
        case "description" -> set(b::description, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Partnership partnership() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Partnership.Builder b = Partnership.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "organisations" -> set(b::organisations, in.ids(OrganisationId::of, ORGANISATION_ID));
        case "members" -> set(b::members, in.ids(MemberId::of, MEMBER_ID));
        case "commonProject" -> set(b::commonProject, in.text());
        case "charter" -> set(b::charter, charter());
        case "convention" -> set(b::convention, convention());
        case "origin" -> set(b::origin, origin());
        case "period" -> set(b::period, period());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Charter charter() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    LocalDate adopted = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "adopted" -> adopted = in.date();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "adopted", adopted)) {
      return null;
    }
    LocalDate a = adopted;
    return in.build(at, () -> Charter.of(a));
  }

  @Nullable Convention convention() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    String reference = null;
    LocalDate signed = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "reference" -> reference = in.text();
        case "signed" -> signed = in.date();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "reference", reference) | !required(at, "signed", signed)) {
      return null;
    }
    String r = reference;
    LocalDate s = signed;
    return in.build(at, () -> Convention.of(r, s));
  }

  @Nullable Origin origin() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Origin.Builder b = Origin.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "kind" -> set(b::kind, in.constant(OriginKind.class));
        case "legalBasis" -> set(b::legalBasis, in.text());
        case "commission" -> set(b::commission, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  // ---- sharing

  @Nullable InformationFlow flow() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    InformationFlow.Builder b = InformationFlow.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "id" -> set(b::id, in.id(FlowId::of, "flow id"));
        case "sender" -> set(b::sender, in.id(MemberId::of, MEMBER_ID));
        case "recipients" -> set(b::recipients, in.ids(MemberId::of, MEMBER_ID));
        case "outsideProfessionals" -> set(b::outsideProfessionals, in.list(this::outsideProfessional));
        case "authorities" -> set(b::authorities, in.constants(Authority.class));
        case "sharedRecord" -> set(b::sharedRecord, sharedRecord());
        case "about" -> set(b::about, in.id(MemberId::of, MEMBER_ID));
        case "date" -> set(b::date, in.date());
        case "mode" -> set(b::mode, in.constant(FlowMode.class));
        case "purpose" -> set(b::purpose, purpose());
        case "categories" -> set(b::categories, in.constants(InformationCategory.class));
        case "personPresent" -> set(b::personPresent, in.bool());
        case "notInformedReason" -> set(b::notInformedReason, in.constant(NotInformedReason.class));
        case "notInformedReasons" -> set(b::notInformedReasons, in.<MemberId, NotInformedReason>map(
            k -> in.key(MemberId::of, MEMBER_ID, k), () -> in.constant(NotInformedReason.class)));
        case "report" -> set(b::report, in.constant(ReportKind.class));
        case "note" -> set(b::note, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Purpose purpose() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Purpose.Builder b = Purpose.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "kind" -> set(b::kind, in.constant(PurposeKind.class));
        case "needs" -> set(b::needs, in.constants(InformationCategory.class));
        case "statement" -> set(b::statement, in.text());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Informing informing() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Informing.Builder b = Informing.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "informed" -> set(b::informed, in.id(MemberId::of, MEMBER_ID));
        case "date" -> set(b::date, in.date());
        case "subjects" -> set(b::subjects, in.constants(InformingSubject.class));
        case "by" -> set(b::by, in.id(MemberId::of, MEMBER_ID));
        case "flow" -> set(b::flow, in.id(FlowId::of, "flow id"));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Objection objection() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Objection.Builder b = Objection.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "by" -> set(b::by, in.id(MemberId::of, MEMBER_ID));
        case "date" -> set(b::date, in.date());
        case "categories" -> set(b::categories, in.constants(InformationCategory.class));
        case "recipients" -> set(b::recipients, in.ids(MemberId::of, MEMBER_ID));
        case "organisations" -> set(b::organisations, in.ids(OrganisationId::of, ORGANISATION_ID));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable Consent consent() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Consent.Builder b = Consent.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "by" -> set(b::by, in.id(MemberId::of, MEMBER_ID));
        case "informationCategories" -> set(b::informationCategories, in.constants(InformationCategory.class));
        case "professionalCategories" -> set(b::professionalCategories, in.set(this::professionalCategory));
        case "media" -> set(b::media, in.texts(true));
        case "securityMeasures" -> set(b::securityMeasures, in.texts(true));
        case "given" -> set(b::given, in.date());
        case "withdrawn" -> set(b::withdrawn, in.date());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable SharedRecord sharedRecord() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    SharedRecord.Builder b = SharedRecord.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "name" -> set(b::name, in.text());
        case "professionalCategories" -> set(b::professionalCategories, in.set(this::professionalCategory));
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable ProfessionalCategory professionalCategory() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    String type = null;
    String value = null;
    int valueLine = 0;
    int valueColumn = 0;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case JsonNames.TYPE -> {
          type = in.text();
          if (type != null && !type.equals(JsonNames.REGULATORY_CATEGORY)
              && !type.equals(JsonNames.BELGIAN_CATEGORY)) {
            in.invalid(JsonNames.REGULATORY_CATEGORY + " or " + JsonNames.BELGIAN_CATEGORY, type);
            type = null;
          }
        }
        case "value" -> {
          valueLine = in.line();
          valueColumn = in.column();
          value = in.text();
        }
        default -> in.unknown(n);
      }
    }
    if (!required(at, JsonNames.TYPE, type) | !required(at, "value", value)) {
      return null;
    }
    ProfessionalCategory[] categories = type.equals(JsonNames.REGULATORY_CATEGORY) ? RegulatoryCategory.values()
        : BelgianProfessionalCategory.values();
    for (ProfessionalCategory c : categories) {
      if (c.name().equals(value)) {
        return c;
      }
    }
    in.problemAt(in.pointer() + "/value", valueLine, valueColumn, "format.json.invalid-value",
        Map.of("expected", "a " + type, "found", QuotedInput.quote(value)));
    return null;
  }

  @Nullable JurisdictionFact jurisdictionFact() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    String expected = String.join(", ", JsonNames.SOCIAL_ACTION_TRIGGER, JsonNames.BELGIAN_FLOW_RECORD,
        JsonNames.CASE_CONSULTATION, JsonNames.MINOR_COMPETENCE, JsonNames.YOUTH_AID_COMMUNITY);
    String type = type(at, expected);
    if (type == null) {
      return null;
    }
    switch (type) {
      case JsonNames.SOCIAL_ACTION_TRIGGER: {
        SocialActionTrigger.Builder b = SocialActionTrigger.builder();
        for (String n = in.nextMember(); n != null; n = in.nextMember()) {
          switch (n) {
            case "recorded" -> set(b::recorded, in.date());
            case "authoritiesInformed" -> set(b::authoritiesInformed, in.bool());
            case "coordinator" -> set(b::coordinator, in.id(MemberId::of, MEMBER_ID));
            default -> in.unknown(n);
          }
        }
        return in.build(at, b::build);
      }
      case JsonNames.BELGIAN_FLOW_RECORD: {
        BelgianFlowRecord.Builder b = BelgianFlowRecord.builder();
        for (String n = in.nextMember(); n != null; n = in.nextMember()) {
          switch (n) {
            case "flow" -> set(b::flow, in.id(FlowId::of, "flow id"));
            case "enablingText" -> set(b::enablingText, legalReference());
            case "textObliges" -> set(b::textObliges, in.bool());
            case "insideConsultation" -> set(b::insideConsultation, in.text());
            case "heardInConsultation" -> set(b::heardInConsultation, in.text());
            case "report" -> set(b::report, prosecutorReport());
            case "danger" -> set(b::danger, dangerAssessment());
            case "inPersonsInterest" -> set(b::inPersonsInterest, in.bool());
            case "writtenRequest" -> set(b::writtenRequest, in.date());
            default -> in.unknown(n);
          }
        }
        return in.build(at, b::build);
      }
      case JsonNames.CASE_CONSULTATION: {
        CaseConsultation.Builder b = CaseConsultation.builder();
        for (String n = in.nextMember(); n != null; n = in.nextMember()) {
          switch (n) {
            case "code" -> set(b::code, in.text());
            case "foundingText" -> set(b::foundingText, legalReference());
            case "authorisationReference" -> set(b::authorisationReference, in.text());
            case "authorisationDate" -> set(b::authorisationDate, in.date());
            case "purpose" -> set(b::purpose, in.constant(ConsultationPurpose.class));
            case "participants" -> set(b::participants, in.ids(MemberId::of, MEMBER_ID));
            case "modalitiesSet" -> set(b::modalitiesSet, in.bool());
            case "instrumentRequires" -> set(b::instrumentRequires, in.constant(Requirement.class));
            default -> in.unknown(n);
          }
        }
        return in.build(at, b::build);
      }
      case JsonNames.MINOR_COMPETENCE: {
        MemberId minor = null;
        Boolean competent = null;
        LocalDate assessed = null;
        for (String n = in.nextMember(); n != null; n = in.nextMember()) {
          switch (n) {
            case "minor" -> minor = in.id(MemberId::of, MEMBER_ID);
            case "competent" -> competent = in.bool();
            case "assessed" -> assessed = in.date();
            default -> in.unknown(n);
          }
        }
        if (!required(at, "minor", minor) | !required(at, "competent", competent)
            | !required(at, "assessed", assessed)) {
          return null;
        }
        MemberId m = minor;
        boolean c = competent;
        LocalDate a = assessed;
        return in.build(at, () -> MinorCompetence.of(m, c, a));
      }
      case JsonNames.YOUTH_AID_COMMUNITY: {
        Community community = null;
        for (String n = in.nextMember(); n != null; n = in.nextMember()) {
          switch (n) {
            case "community" -> community = in.constant(Community.class);
            default -> in.unknown(n);
          }
        }
        if (!required(at, "community", community)) {
          return null;
        }
        Community c = community;
        return in.build(at, () -> YouthAidCommunity.of(c));
      }
      default:
        in.invalid(expected, type);
        skipRest(JsonNames.TYPE);
        return null;
    }
  }

  @Nullable LegalReference legalReference() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    Jurisdiction jurisdiction = null;
    String code = null;
    String article = null;
    Period validity = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "jurisdiction" -> jurisdiction = in.constant(Jurisdiction.class);
        case "code" -> code = in.text();
        case "article" -> article = in.text();
        case "validity" -> validity = period();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "jurisdiction", jurisdiction) | !required(at, "code", code)
        | !required(at, "article", article) | !required(at, "validity", validity)) {
      return null;
    }
    Jurisdiction j = jurisdiction;
    String c = code;
    String a = article;
    Period v = validity;
    return in.build(at, () -> LegalReference.of(j, c, a, v));
  }

  @Nullable ProsecutorReport prosecutorReport() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    ProsecutorReport.Builder b = ProsecutorReport.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "offence" -> set(b::offence, in.constant(OffenceCategory.class));
        case "vulnerability" -> set(b::vulnerability, in.constant(VictimVulnerability.class));
        case "danger" -> set(b::danger, in.constant(DangerBranch.class));
        case "unableToProtectAlone" -> set(b::unableToProtectAlone, in.bool());
        case "lawyerReportingClient" -> set(b::lawyerReportingClient, in.bool());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  @Nullable DangerAssessment dangerAssessment() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    DangerAssessment.Builder b = DangerAssessment.builder();
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "seriousAndImminent" -> set(b::seriousAndImminent, in.bool());
        case "noOtherMeans" -> set(b::noOtherMeans, in.bool());
        case "recipientCanAvert" -> set(b::recipientCanAvert, in.bool());
        default -> in.unknown(n);
      }
    }
    return in.build(at, b::build);
  }

  // ---- shared shapes

  @Nullable Period period() {
    JsonInput.Start at = in.object();
    if (at == null) {
      return null;
    }
    LocalDate start = null;
    LocalDate end = null;
    for (String n = in.firstMember(); n != null; n = in.nextMember()) {
      switch (n) {
        case "start" -> start = in.date();
        case "end" -> end = in.date();
        default -> in.unknown(n);
      }
    }
    if (!required(at, "start", start)) {
      return null;
    }
    LocalDate s = start;
    Optional<LocalDate> e = Optional.ofNullable(end);
    return in.build(at, () -> Period.of(s, e));
  }

  /** Records a missing member of an object read without a builder; true when the value is there. */
  private boolean required(JsonInput.Start at, String member, @Nullable Object value) {
    if (value != null || in.problemCount() > at.problems) {
      // a member present with a problem is reported once, where it is
      return value != null;
    }
    in.problemAt(in.pointer(), at.line, at.column, "format.json.missing-member",
        Map.of("member", member, "expected", "a value"));
    return false;
  }

  static boolean atEnd(JsonToken t) {
    return t == null;
  }
}
