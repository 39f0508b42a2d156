package org.maillage.formats.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.formats.FormatProblem;
import org.maillage.member.Competence;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Member;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.person.LifeSphere;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.sharing.InformationCategory;

/**
 * What the research formats carry of a network, and how each attribute is written as text and read back: the
 * network and its focal person (the ego), each member (an alter) with the tie that joins it to the focal person,
 * and each tie between members (an alter-alter tie).
 *
 * <p>Carried: the network's id, name, creation date, forms, formality, theme, territory and jurisdiction; the focal person's
 * id, name, life stage and birth date; each member's id, kind, name, note, sector, horizon, whether alive,
 * reachable and dormant, involvements, relation (primary members), role (participants), secrecy, mandate,
 * formal delegation, mission categories and competences (professionals); every tie with its id, nature, quality and each support with its direction, the ties joining the
 * focal person to a member as attributes of the member. Everything else
 * (organisations, a professional's organisation and standings,
 * the person's needs, strengths, representatives, agreements, views and measures, meetings, evaluations,
 * governance, status history, basis, strategy, référents, the project, the partnership, flows, informings,
 * objections, consents and jurisdiction facts) is not: the JSON format carries the whole model.
 *
 * <p>Stateless and thread-safe; reading collects problems into the caller's {@link Problems}.
 */
public final class Carried {
  /** The ego's attributes: the network and its focal person. */
  public static final List<Column> EGO = List.of(Column.text("networkId"), Column.text("networkName"),
      Column.text("created"), Column.text("forms"), Column.text("formality"), Column.text("theme"),
      Column.text("territory"), Column.text("jurisdiction"), Column.text("personId"), Column.text("personName"), Column.text("lifeStage"),
      Column.text("birthDate"));

  /** The prefix of the attributes of the ties joining the focal person to a member, before their number. */
  static final String EGO_TIE = "egoTie";

  /** A member's own attributes; its id is the format's own, its ties to the focal person follow. */
  private static final List<Column> MEMBER_OWN = List.of(Column.text("kind"), Column.text("name"),
      Column.text("note"), Column.text("sector"), Column.text("horizon"), Column.yesNo("alive"),
      Column.yesNo("reachable"), Column.yesNo("dormant"), Column.text("involvements"), Column.text("relation"),
      Column.text("role"), Column.text("secrecy"), Column.text("mandateKind"), Column.text("mandateReference"),
      Column.text("delegationReference"), Column.text("delegationGiven"), Column.text("missionCategories"),
      Column.text("competences"));

  /** A tie's attributes; its ends are the format's own. */
  public static final List<Column> TIE;

  static {
    List<Column> tie = new ArrayList<>(List.of(Column.text("tieId"), Column.text("nature"), Column.text("quality")));
    for (SupportType type : SupportType.values()) {
      tie.add(Column.text("support_" + type.name()));
    }
    TIE = Collections.unmodifiableList(tie);
  }

  /**
   * Returns a member's attributes, with room for a number of ties to the focal person: for the i-th,
   * {@code egoTie<i>_id}, {@code _nature}, {@code _quality}, {@code _egoFirst} and {@code _support_<KIND>}.
   *
   * @param egoTieSlots the most ties joining the focal person to one member
   * @return the columns
   */
  public static List<Column> member(int egoTieSlots) {
    List<Column> member = new ArrayList<>(MEMBER_OWN);
    for (int i = 1; i <= egoTieSlots; i++) {
      String prefix = EGO_TIE + i + "_";
      member.add(Column.text(prefix + "id"));
      member.add(Column.text(prefix + "nature"));
      member.add(Column.text(prefix + "quality"));
      member.add(Column.yesNo(prefix + "egoFirst"));
      for (SupportType type : SupportType.values()) {
        member.add(Column.text(prefix + "support_" + type.name()));
      }
    }
    return Collections.unmodifiableList(member);
  }

  /** A member's attributes with one tie to the focal person: the names a mapping may give. */
  public static final List<Column> MEMBER = member(1);

  private static final java.util.regex.Pattern EGO_TIE_FIELD = java.util.regex.Pattern.compile(
      "egoTie([1-9][0-9]{0,5})_(id|nature|quality|egoFirst|support_[A-Z_]+)");

  /**
   * Tells whether a name is a member attribute the formats carry, an {@code egoTie<i>_…} of any number included.
   *
   * @param name an attribute's name
   * @return true when carried
   */
  public static boolean isMemberField(String name) {
    for (Column c : MEMBER_OWN) {
      if (c.name().equals(name)) {
        return true;
      }
    }
    return EGO_TIE_FIELD.matcher(name).matches();
  }

  /** The kinds of member, as written. */
  public static final String PRIMARY_MEMBER = "primaryMember";
  /** A professional, as written. */
  public static final String PROFESSIONAL = "professional";
  /** A participant, as written. */
  public static final String PARTICIPANT = "participant";

  /** Support directions relative to the focal person, for the ego-alter tie. */
  static final String FROM_EGO = "FROM_EGO";
  static final String TO_EGO = "TO_EGO";

  private Carried() {}

  // ---- writing --------------------------------------------------------------------------------------

  /**
   * Returns the ego's values: the network and its focal person.
   *
   * @param n the network
   * @return the values by column, empty for absent
   */
  public static Map<String, String> ego(Network n) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("networkId", n.id().value());
    v.put("networkName", n.name().orElse(""));
    v.put("created", n.created().toString());
    StringJoiner forms = new StringJoiner(";");
    n.forms().forEach(f -> forms.add(f.name()));
    v.put("forms", forms.toString());
    v.put("formality", n.formality().name());
    v.put("theme", n.theme().orElse(""));
    v.put("territory", n.territory().orElse(""));
    v.put("jurisdiction", n.jurisdiction().map(Enum::name).orElse(""));
    Optional<Person> p = n.focalPerson();
    v.put("personId", p.map(x -> x.id().value()).orElse(""));
    v.put("personName", p.flatMap(Person::name).orElse(""));
    v.put("lifeStage", p.map(x -> x.lifeStage().name()).orElse(""));
    v.put("birthDate", p.flatMap(Person::birthDate).map(LocalDate::toString).orElse(""));
    return v;
  }

  /**
   * Returns the kind of a member, as written.
   *
   * @param m the member
   * @return {@value #PRIMARY_MEMBER}, {@value #PROFESSIONAL} or {@value #PARTICIPANT}
   */
  public static String kind(Member m) {
    return m instanceof PrimaryMember ? PRIMARY_MEMBER : m instanceof Professional ? PROFESSIONAL : PARTICIPANT;
  }

  /**
   * Returns a member's values, with the ties joining it to the focal person.
   *
   * @param m the member
   * @param egoTies the ties between the focal person and the member, in the network's order
   * @param egoTieSlots the number of ties written, at least {@code egoTies.size()}; empty ones pad
   * @return the values by column, empty for absent
   */
  public static Map<String, String> member(Member m, List<Tie> egoTies, int egoTieSlots) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("kind", kind(m));
    v.put("name", m.name().orElse(""));
    v.put("note", m.note().orElse(""));
    v.put("sector", m.sector().name());
    v.put("horizon", m.horizon().name());
    v.put("alive", Boolean.toString(m.alive()));
    v.put("reachable", Boolean.toString(m.reachable()));
    v.put("dormant", Boolean.toString(m.dormant()));
    StringJoiner periods = new StringJoiner(";");
    for (Period p : m.involvements()) {
      periods.add(p.start() + "/" + p.end().map(LocalDate::toString).orElse(""));
    }
    v.put("involvements", periods.toString());
    v.put("relation", m instanceof PrimaryMember ? ((PrimaryMember) m).relation().name() : "");
    v.put("role", m instanceof Participant ? ((Participant) m).role().name() : "");
    Optional<Professional> pro = m instanceof Professional ? Optional.of((Professional) m) : Optional.empty();
    v.put("secrecy", pro.flatMap(Professional::secrecy).map(Enum::name).orElse(""));
    v.put("mandateKind", pro.flatMap(Professional::mandate).map(d -> d.kind().name()).orElse(""));
    v.put("mandateReference", pro.flatMap(Professional::mandate).map(Mandate::reference).orElse(""));
    v.put("delegationReference", pro.flatMap(Professional::delegation).map(FormalDelegation::reference).orElse(""));
    v.put("delegationGiven", pro.flatMap(Professional::delegation).map(d -> d.given().toString()).orElse(""));
    v.put("missionCategories", pro.flatMap(Professional::missionCategories).map(c -> {
      StringJoiner names = new StringJoiner(";", "[", "]");
      c.forEach(x -> names.add(x.name()));
      return names.toString();
    }).orElse(""));
    StringJoiner competences = new StringJoiner(";");
    pro.ifPresent(p -> p.competences().forEach(c -> {
      StringJoiner spheres = new StringJoiner(",");
      c.spheres().forEach(x -> spheres.add(x.code()));
      competences.add(spheres + ":" + c.role().replace("\\", "\\\\").replace(";", "\\;"));
    }));
    v.put("competences", competences.toString());
    for (int i = 1; i <= egoTieSlots; i++) {
      String prefix = EGO_TIE + i + "_";
      Tie egoTie = i <= egoTies.size() ? egoTies.get(i - 1) : null;
      boolean egoFirst = egoTie != null && !egoTie.first().equals(m.id());
      v.put(prefix + "id", egoTie == null ? "" : egoTie.id().value());
      v.put(prefix + "nature", egoTie == null ? "" : egoTie.nature().name());
      v.put(prefix + "quality", egoTie == null ? "" : egoTie.quality().name());
      v.put(prefix + "egoFirst", egoTie == null ? "" : Boolean.toString(egoFirst));
      for (SupportType type : SupportType.values()) {
        SupportDirection d = egoTie == null ? null : egoTie.supports().get(type);
        v.put(prefix + "support_" + type.name(), d == null ? "" : d == SupportDirection.MUTUAL ? d.name()
            : (d == SupportDirection.FROM_FIRST) == egoFirst ? FROM_EGO : TO_EGO);
      }
    }
    return v;
  }

  /**
   * Returns a tie's values, its ends aside.
   *
   * @param t the tie
   * @return the values by column, empty for absent
   */
  public static Map<String, String> tie(Tie t) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("tieId", t.id().value());
    v.put("nature", t.nature().name());
    v.put("quality", t.quality().name());
    for (SupportType type : SupportType.values()) {
      SupportDirection d = t.supports().get(type);
      v.put("support_" + type.name(), d == null ? "" : d.name());
    }
    return v;
  }

  /**
   * Returns the ties joining the focal person to each member, in the network's order.
   *
   * @param n the network
   * @return the ties by member
   */
  public static Map<MemberId, List<Tie>> egoTies(Network n) {
    Map<MemberId, List<Tie>> out = new LinkedHashMap<>();
    Optional<MemberId> focal = n.focalPerson().map(Person::id);
    if (focal.isEmpty()) {
      return out;
    }
    for (Tie t : n.tiesOf(focal.get())) {
      out.computeIfAbsent(t.other(focal.get()), k -> new ArrayList<>()).add(t);
    }
    return out;
  }

  /**
   * Returns the most ties joining the focal person to one member, at least 1 so that the columns are stable.
   *
   * @param egoTies the ties by member
   * @return the number of slots
   */
  public static int slots(Map<MemberId, List<Tie>> egoTies) {
    int most = 1;
    for (List<Tie> ties : egoTies.values()) {
      most = Math.max(most, ties.size());
    }
    return most;
  }

  /**
   * Returns the ties not touching the focal person, in the network's order.
   *
   * @param n the network
   * @return the alter-alter ties
   */
  public static List<Tie> alterTies(Network n) {
    Optional<MemberId> focal = n.focalPerson().map(Person::id);
    List<Tie> out = new ArrayList<>();
    for (Tie t : n.ties()) {
      if (focal.isEmpty() || !t.involves(focal.get())) {
        out.add(t);
      }
    }
    return out;
  }

  // ---- reading --------------------------------------------------------------------------------------

  /** The network's own attributes read from the ego's row, before its members and ties. */
  public static final class Ego {
    final @Nullable NetworkId id;
    final @Nullable LocalDate created;
    final Network.Builder builder;
    final @Nullable Person person;
    final long line;
    final String part;

    Ego(@Nullable NetworkId id, @Nullable LocalDate created, Network.Builder builder, @Nullable Person person,
        String part, long line) {
      this.id = id;
      this.created = created;
      this.builder = builder;
      this.person = person;
      this.part = part;
      this.line = line;
    }

    /**
     * Returns the focal person's id.
     *
     * @return the id, or null when the network has none
     */
    public @Nullable MemberId personId() {
      return person == null ? null : person.id();
    }
  }

  /**
   * Reads the ego's row.
   *
   * @param row the row
   * @param problems where problems go
   * @return what was read
   */
  public static Ego readEgo(Row row, Problems problems) {
    Fields f = new Fields(row, problems);
    NetworkId id = f.id("networkId", NetworkId::of, true);
    LocalDate created = f.date("created", true);
    Network.Builder b = Network.builder();
    f.text("networkName").ifPresent(b::name);
    String forms = row.get("forms");
    if (forms != null) {
      for (String form : forms.split(";", -1)) {
        NetworkForm value = f.constant("forms", form, NetworkForm.class);
        if (value != null) {
          b.addForm(value);
        }
      }
    }
    Formality formality = f.constant("formality", Formality.class, false);
    if (formality != null) {
      b.formality(formality);
    }
    f.text("theme").ifPresent(b::theme);
    f.text("territory").ifPresent(b::territory);
    org.maillage.sharing.Jurisdiction jurisdiction = f.constant("jurisdiction",
        org.maillage.sharing.Jurisdiction.class, false);
    if (jurisdiction != null) {
      b.jurisdiction(jurisdiction);
    }
    Person person = null;
    MemberId personId = f.id("personId", MemberId::of, false);
    if (personId != null) {
      Person.Builder p = Person.builder().id(personId);
      f.text("personName").ifPresent(p::name);
      LifeStage stage = f.constant("lifeStage", LifeStage.class, false);
      if (stage != null) {
        p.lifeStage(stage);
      }
      LocalDate birth = f.date("birthDate", false);
      if (birth != null) {
        p.birthDate(birth);
      }
      person = f.build("focalPerson", p::build);
    }
    return new Ego(id, created, b, person, row.part(), row.line());
  }

  /** A member read, with its ties to the focal person. */
  public static final class Alter {
    final Member member;
    final List<Tie> egoTies;

    Alter(Member member, List<Tie> egoTies) {
      this.member = member;
      this.egoTies = egoTies;
    }
  }

  /** What every kind of member records alike, as read from its row; null where the row does not say. */
  private record MemberStates(@Nullable Sector sector, @Nullable Horizon horizon, @Nullable Boolean alive,
      @Nullable Boolean reachable, @Nullable Boolean dormant) {
    /** Gives each value read to the member's builder, through its setters. */
    void set(Consumer<Sector> sector, Consumer<Horizon> horizon, Consumer<Boolean> alive, Consumer<Boolean> reachable,
        Consumer<Boolean> dormant) {
      give(this.sector, sector);
      give(this.horizon, horizon);
      give(this.alive, alive);
      give(this.reachable, reachable);
      give(this.dormant, dormant);
    }

    private static <T> void give(@Nullable T value, Consumer<T> setter) {
      if (value != null) {
        setter.accept(value);
      }
    }
  }

  /**
   * Reads a member's row.
   *
   * @param row the row
   * @param id the member's id, read by the format
   * @param focal the focal person's id, or null
   * @param problems where problems go
   * @return the member, or null when it could not be read
   */
  public static @Nullable Alter readMember(Row row, MemberId id, @Nullable MemberId focal, Problems problems) {
    Fields f = new Fields(row, problems);
    String kind = f.oneOf("kind", List.of(PRIMARY_MEMBER, PROFESSIONAL, PARTICIPANT));
    Sector sector = f.constant("sector", Sector.class, PROFESSIONAL.equals(kind));
    Horizon horizon = f.constant("horizon", Horizon.class, true);
    MemberStates states = new MemberStates(sector, horizon, f.bool("alive"), f.bool("reachable"), f.bool("dormant"));
    List<Period> involvements = f.periods("involvements");
    Optional<String> name = f.text("name");
    Optional<String> note = f.text("note");
    Member member = null;
    if (PRIMARY_MEMBER.equals(kind)) {
      Relation relation = f.constant("relation", Relation.class, true);
      PrimaryMember.Builder b = PrimaryMember.builder().id(id).name(name).note(note).involvements(involvements);
      if (relation != null) {
        b.relation(relation);
      }
      states.set(b::sector, b::horizon, b::alive, b::reachable, b::dormant);
      member = relation == null || horizon == null ? null : f.build("members", b::build);
    } else if (PARTICIPANT.equals(kind)) {
      ParticipantRole role = f.constant("role", ParticipantRole.class, true);
      Participant.Builder b = Participant.builder().id(id).name(name).note(note).involvements(involvements);
      if (role != null) {
        b.role(role);
      }
      states.set(b::sector, b::horizon, b::alive, b::reachable, b::dormant);
      member = role == null || horizon == null ? null : f.build("members", b::build);
    } else if (PROFESSIONAL.equals(kind)) {
      Professional.Builder b = Professional.builder().id(id).name(name).note(note).involvements(involvements);
      states.set(b::sector, b::horizon, b::alive, b::reachable, b::dormant);
      SecrecyBasis secrecy = f.constant("secrecy", SecrecyBasis.class, false);
      if (secrecy != null) {
        b.secrecy(secrecy);
      }
      MandateKind mandate = f.constant("mandateKind", MandateKind.class, false);
      if (mandate != null) {
        Optional<String> reference = f.text("mandateReference");
        if (reference.isEmpty()) {
          f.missing("mandateReference");
        } else {
          b.mandate(Mandate.of(mandate, reference.get()));
        }
      }
      Optional<String> delegation = f.text("delegationReference");
      LocalDate given = f.date("delegationGiven", delegation.isPresent());
      if (delegation.isPresent() && given != null) {
        b.delegation(FormalDelegation.of(delegation.get(), given));
      }
      String categories = row.get("missionCategories");
      if (categories != null) {
        if (!categories.startsWith("[") || !categories.endsWith("]") || categories.length() < 2) {
          f.unknown("missionCategories", names(InformationCategory.class));
        } else {
          List<InformationCategory> read = new ArrayList<>();
          String inner = categories.substring(1, categories.length() - 1);
          for (String category : inner.isEmpty() ? new String[0] : inner.split(";", -1)) {
            InformationCategory c = f.constant("missionCategories", category, InformationCategory.class);
            if (c != null) {
              read.add(c);
            }
          }
          b.missionCategories(com.google.common.collect.ImmutableSet.copyOf(read));
        }
      }
      String competences = row.get("competences");
      if (competences != null) {
        for (String competence : splitUnescaped(competences)) {
          int colon = competence.indexOf(':');
          if (colon < 0) {
            f.unknown("competences", "[spheres:role;...]");
            continue;
          }
          List<LifeSphere> spheres = new ArrayList<>();
          boolean valid = true;
          for (String code : colon == 0 ? new String[0] : competence.substring(0, colon).split(",", -1)) {
            try {
              spheres.add(LifeSphere.of(code));
            } catch (InvalidModelException e) {
              f.unknown("competences", "[spheres:role;...]");
              valid = false;
            }
          }
          String role = unescape(competence.substring(colon + 1));
          Competence built = valid ? f.build("competences", () -> Competence.of(role,
              spheres.toArray(new LifeSphere[0]))) : null;
          if (built != null) {
            b.addCompetence(built);
          }
        }
      }
      member = sector == null || horizon == null ? null : f.build("members", b::build);
    }
    List<Tie> egoTies = new ArrayList<>();
    int slots = 0;
    for (String column : row.values().keySet()) {
      java.util.regex.Matcher matcher = EGO_TIE_FIELD.matcher(column);
      if (matcher.matches()) {
        slots = Math.max(slots, Integer.parseInt(matcher.group(1)));
      }
    }
    for (int i = 1; i <= slots; i++) {
      String prefix = EGO_TIE + i + "_";
      TieId tieId = f.id(prefix + "id", TieId::of, false);
      if (tieId == null) {
        continue;
      }
      if (focal == null) {
        f.unknown(prefix + "id", "[]");
        continue;
      }
      Boolean egoFirst = f.bool(prefix + "egoFirst");
      boolean first = egoFirst == null || egoFirst;
      Tie.Builder t = Tie.builder().id(tieId).first(first ? focal : id).second(first ? id : focal);
      TieNature nature = f.constant(prefix + "nature", TieNature.class, true);
      TieQuality quality = f.constant(prefix + "quality", TieQuality.class, false);
      if (quality != null) {
        t.quality(quality);
      }
      for (SupportType type : SupportType.values()) {
        String column = prefix + "support_" + type.name();
        String value = f.oneOf(column, List.of(FROM_EGO, TO_EGO, SupportDirection.MUTUAL.name()), false);
        if (value != null) {
          t.putSupport(type, value.equals(SupportDirection.MUTUAL.name()) ? SupportDirection.MUTUAL
              : value.equals(FROM_EGO) == first ? SupportDirection.FROM_FIRST : SupportDirection.FROM_SECOND);
        }
      }
      Tie built = nature == null ? null : f.build("ties", t.nature(nature)::build);
      if (built != null) {
        egoTies.add(built);
      }
    }
    return member == null ? null : new Alter(member, egoTies);
  }

  /**
   * Reads a tie's row, its ends read by the format.
   *
   * @param row the row
   * @param first the first end
   * @param second the second end
   * @param fallbackId the id when the row has none (a Network Canvas edge's own id)
   * @param problems where problems go
   * @return the tie, or null when it could not be read
   */
  public static @Nullable Tie readTie(Row row, MemberId first, MemberId second, @Nullable String fallbackId,
      Problems problems) {
    Fields f = new Fields(row, problems);
    TieId id = row.get("tieId") == null && fallbackId != null ? f.id(fallbackId, TieId::of)
        : f.id("tieId", TieId::of, true);
    TieNature nature = f.constant("nature", TieNature.class, true);
    Tie.Builder t = Tie.builder().first(first).second(second);
    TieQuality quality = f.constant("quality", TieQuality.class, false);
    if (quality != null) {
      t.quality(quality);
    }
    for (SupportType type : SupportType.values()) {
      SupportDirection d = f.constant("support_" + type.name(), SupportDirection.class, false);
      if (d != null) {
        t.putSupport(type, d);
      }
    }
    if (id == null || nature == null) {
      return null;
    }
    return f.build("ties", t.id(id).nature(nature)::build);
  }

  /**
   * Builds the network from what was read, or reports why it cannot be built.
   *
   * @param ego the ego read
   * @param alters the members read, in order
   * @param ties the alter-alter ties read, in order
   * @param problems where problems go
   * @return the network, or null when a problem was found (this one or before)
   */
  public static @Nullable Network assemble(Ego ego, List<Alter> alters, List<Tie> ties, Problems problems) {
    if (problems.any() || ego.id == null || ego.created == null) {
      return null;
    }
    Network.Builder b = ego.builder.id(ego.id).created(ego.created);
    if (ego.person != null) {
      b.focalPerson(ego.person);
    }
    List<Tie> all = new ArrayList<>();
    for (Alter a : alters) {
      b.addMember(a.member);
      all.addAll(a.egoTies);
    }
    all.addAll(ties);
    b.ties(all);
    try {
      return b.build();
    } catch (InvalidModelException e) {
      for (ModelProblem p : e.problems()) {
        problems.add(Problems.problem(ego.part, ego.line, 0, "read.model.invalid", "path", p.path()));
      }
      return null;
    }
  }

  /** Splits competences at each ';' not escaped with a backslash, keeping the escapes for {@link #unescape}. */
  static List<String> splitUnescaped(String value) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        part.append(c).append(value.charAt(++i));
      } else if (c == ';') {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /** Removes the backslash escapes of a competence's role. */
  static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c == '\\' && i + 1 < value.length() ? value.charAt(++i) : c);
    }
    return out.toString();
  }

  /** Lists a constant type's names, for a problem's {@code expected} argument. */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.toString(type.getEnumConstants());
  }

  /** The values of one row, read with problems collected. */
  static final class Fields {
    private final Row row;
    private final Problems problems;

    Fields(Row row, Problems problems) {
      this.row = row;
      this.problems = problems;
    }

    void problem(String column, String key, String... arguments) {
      problems.add(Problems.problem(row.part(), row.line(), row.column(column), key, arguments));
    }

    void missing(String column) {
      problem(column, "read.value.required", "field", column);
    }

    void unknown(String column, String expected) {
      problem(column, "read.value.unknown", "field", column, "expected", expected);
    }

    Optional<String> text(String column) {
      return Optional.ofNullable(row.get(column));
    }

    <T> @Nullable T id(String column, java.util.function.Function<String, T> of, boolean required) {
      String value = row.get(column);
      if (value == null) {
        if (required) {
          missing(column);
        }
        return null;
      }
      try {
        return of.apply(value);
      } catch (InvalidModelException e) {
        problem(column, "read.value.id", "field", column);
        return null;
      }
    }

    <T> @Nullable T id(String value, java.util.function.Function<String, T> of) {
      try {
        return of.apply(value);
      } catch (InvalidModelException e) {
        problem("tieId", "read.value.id", "field", "tieId");
        return null;
      }
    }

    @Nullable LocalDate date(String column, boolean required) {
      String value = row.get(column);
      if (value == null) {
        if (required) {
          missing(column);
        }
        return null;
      }
      return parseDate(column, value);
    }

    private @Nullable LocalDate parseDate(String column, String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problem(column, "read.value.date", "field", column);
        return null;
      }
    }

    @Nullable Boolean bool(String column) {
      String value = row.get(column);
      if (value == null) {
        return null;
      }
      if (value.equals("true")) {
        return Boolean.TRUE;
      }
      if (value.equals("false")) {
        return Boolean.FALSE;
      }
      problem(column, "read.value.boolean", "field", column);
      return null;
    }

    <E extends Enum<E>> @Nullable E constant(String column, Class<E> type, boolean required) {
      String value = row.get(column);
      if (value == null) {
        if (required) {
          missing(column);
        }
        return null;
      }
      return constant(column, value, type);
    }

    <E extends Enum<E>> @Nullable E constant(String column, String value, Class<E> type) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value)) {
          return e;
        }
      }
      unknown(column, names(type));
      return null;
    }

    @Nullable String oneOf(String column, List<String> allowed) {
      return oneOf(column, allowed, true);
    }

    @Nullable String oneOf(String column, List<String> allowed, boolean required) {
      String value = row.get(column);
      if (value == null) {
        if (required) {
          missing(column);
        }
        return null;
      }
      if (!allowed.contains(value)) {
        unknown(column, allowed.toString());
        return null;
      }
      return value;
    }

    List<Period> periods(String column) {
      String value = row.get(column);
      if (value == null) {
        return ImmutableList.of();
      }
      List<Period> out = new ArrayList<>();
      for (String period : value.split(";", -1)) {
        int slash = period.indexOf('/');
        if (slash < 0) {
          problem(column, "read.value.date", "field", column);
          continue;
        }
        LocalDate start = parseDate(column, period.substring(0, slash));
        String endText = period.substring(slash + 1);
        LocalDate end = endText.isEmpty() ? null : parseDate(column, endText);
        if (start == null || !endText.isEmpty() && end == null) {
          continue;
        }
        try {
          out.add(Period.of(start, Optional.ofNullable(end)));
        } catch (InvalidModelException e) {
          problem(column, "read.model.invalid", "path", column);
        }
      }
      return out;
    }

    <T> @Nullable T build(String path, java.util.function.Supplier<T> builder) {
      try {
        return builder.get();
      } catch (InvalidModelException e) {
        for (ModelProblem p : e.problems()) {
          problem("", "read.model.invalid", "path", path + "." + p.path());
        }
        return null;
      }
    }
  }
}
