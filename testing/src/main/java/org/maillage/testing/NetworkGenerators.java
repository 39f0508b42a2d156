package org.maillage.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.Tie;
import org.maillage.person.Person;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.ReportKind;

/**
 * Generators of valid Maillage values (<i>générateurs de réseaux</i>), above all of whole networks of every kind
 * and shape, for the property tests of {@code api}, {@code core} and {@code examples}.
 *
 * <p>Every value generated builds: networks are generated in three stages, never by filtering. First a
 * shape (kind, number of members of each sort, age); then the organisations, the members, numbered so that
 * ids are unique, and the focal person; then everything that refers to them (ties, meetings, flows,
 * informings, objections, consents, référent designations, the project, the partnership), drawn only among
 * the ids generated. The networks reached include networks without a focal person (inter-service,
 * mutual-aid, collective), person-centred ones with an empty primary network or a single professional,
 * large ones of 100 to {@value #MAX_MEMBERS} members, members who left and rejoined, formal and informal
 * networks, partnerships, status histories and flows of information with their informings, objections and
 * consents.
 *
 * <p>Network generators mix in no edge cases: the shapes of interest are weighted explicitly, so that each is
 * reached often enough for the statistics that prove it.
 *
 * <p>Dates are relative to a date judged, {@link #REFERENCE_DATE} unless one is given: networks are
 * created on or before it, members are current, former or future on it, so that "current" (DOMAIN.md §2) is
 * well defined. Ids follow one scheme, so that a test may read them: the focal person is {@code u-0},
 * primary members {@code pm-N}, professionals {@code pro-N}, participants {@code pt-N}, organisations
 * {@code o-N}, ties {@code t-N}, meetings {@code mt-N}, flows {@code f-N}, objectives {@code obj-N}.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * void validatesEveryNetwork(@ForAll("networks") Network network) { ... }
 *
 * Gen<Network> networks() {
 *   return NetworkGenerators.networks();
 * }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe; the generators it returns are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NetworkGenerators {

  /**
   * The date judged by default (<i>date de référence</i>): every generated date is placed relative to it.
   */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 1);

  /** The largest number of members (the focal person aside) of a generated network. */
  public static final int MAX_MEMBERS = 200;

  /** The longest id key the model accepts. */
  public static final int MAX_ID_LENGTH = 64;

  private NetworkGenerators() {}

  // ---- ids ------------------------------------------------------------------------------------------

  /**
   * Returns valid id keys: 1 to 64 printable characters, none a space or a control character, ASCII
   * punctuation and accented letters included.
   *
   * @return valid keys
   */
  public static Gen<String> idKeys() {
    return keys().ofMinSize(1).ofMaxSize(MAX_ID_LENGTH);
  }

  /** Strings of printable ASCII and of the Latin-1 characters from À to ÿ, each range as likely. */
  private static Sized<String> keys() {
    return Gen.strings(Gen.oneOf(Gen.chars('!', '~'), Gen.chars('À', 'ÿ')));
  }

  /**
   * Returns invalid id keys of three sorts: blank (empty or only white space), longer than 64 characters,
   * or containing a white-space or control character.
   *
   * @return invalid keys
   */
  public static Gen<String> invalidIdKeys() {
    Gen<Character> spaceOrControl = Gen.of(' ', '\t', '\n', '\r', '\u000B', '\f', '\u0000', '\u0007',
        '\u001F', '\u007F', '\u0085', '\u2003', '\u2028', '\u3000');
    Gen<String> blank = Gen.strings(Gen.of(' ', '\t', '\n', '\r', '\u2003', '\u3000')).ofMaxSize(5);
    Gen<String> tooLong = Gen.strings(Gen.chars('!', '~')).ofMinSize(MAX_ID_LENGTH + 1).ofMaxSize(3 * MAX_ID_LENGTH);
    Gen<String> spaced = Gen.combine(keys().ofMinSize(1).ofMaxSize(30), spaceOrControl, keys().ofMaxSize(30))
        .as((before, c, after) -> before + c + after);
    return Gen.oneOf(blank, tooLong, spaced);
  }

  /**
   * Returns member ids with any valid key.
   *
   * @return ids
   */
  public static Gen<MemberId> memberIds() {
    return idKeys().map(MemberId::of);
  }

  /**
   * Returns network ids with any valid key.
   *
   * @return ids
   */
  public static Gen<NetworkId> networkIds() {
    return idKeys().map(NetworkId::of);
  }

  /**
   * Returns organisation ids with any valid key.
   *
   * @return ids
   */
  public static Gen<OrganisationId> organisationIds() {
    return idKeys().map(OrganisationId::of);
  }

  /**
   * Returns tie ids with any valid key.
   *
   * @return ids
   */
  public static Gen<TieId> tieIds() {
    return idKeys().map(TieId::of);
  }

  /**
   * Returns meeting ids with any valid key.
   *
   * @return ids
   */
  public static Gen<MeetingId> meetingIds() {
    return idKeys().map(MeetingId::of);
  }

  /**
   * Returns flow ids with any valid key.
   *
   * @return ids
   */
  public static Gen<FlowId> flowIds() {
    return idKeys().map(FlowId::of);
  }

  /**
   * Returns objective ids with any valid key.
   *
   * @return ids
   */
  public static Gen<ObjectiveId> objectiveIds() {
    return idKeys().map(ObjectiveId::of);
  }

  // ---- dates and periods ----------------------------------------------------------------------------

  /**
   * Returns days from about five years before {@link #REFERENCE_DATE} to about two years after it.
   *
   * @return dates
   */
  public static Gen<LocalDate> dates() {
    return Gen.integers(-1900, 700).map(REFERENCE_DATE::plusDays);
  }

  /**
   * Returns periods (<i>périodes</i>) around {@link #REFERENCE_DATE}, open or closed, one day long
   * included.
   *
   * @return periods
   */
  public static Gen<Period> periods() {
    return Persons.periodsAround(REFERENCE_DATE);
  }

  /**
   * Returns membership histories around {@link #REFERENCE_DATE}: one or more involvement periods in date
   * order without overlap, all but the last closed; current, former or future on that date.
   *
   * @return involvement lists
   */
  public static Gen<ImmutableList<Period>> involvements() {
    return involvements(REFERENCE_DATE);
  }

  /**
   * Returns membership histories around a date.
   *
   * @param asOf the date judged
   * @return involvement lists
   */
  public static Gen<ImmutableList<Period>> involvements(LocalDate asOf) {
    return Histories.any(asOf);
  }

  // ---- people and organisations ---------------------------------------------------------------------

  /**
   * Returns persons supported (<i>personnes accompagnées</i>), with needs, strengths, legal
   * representatives, agreements, views and judicial measures; measures mandate ids {@code pro-0} to
   * {@code pro-4}.
   *
   * @return persons
   */
  public static Gen<Person> persons() {
    List<MemberId> professionals = List.of(MemberId.of("pro-0"), MemberId.of("pro-1"), MemberId.of("pro-2"),
        MemberId.of("pro-3"), MemberId.of("pro-4"));
    return memberIds().flatMap(id -> Persons.of(id, List.of(), professionals, REFERENCE_DATE, Texts.SOMETIMES));
  }

  /**
   * Returns primary members (<i>membres du réseau primaire</i>) with any valid id.
   *
   * @return primary members
   */
  public static Gen<PrimaryMember> primaryMembers() {
    return Gen.combine(Templates.primaryMember(involvements(), Texts.SOMETIMES), memberIds())
        .as((template, id) -> template.apply(id));
  }

  /**
   * Returns professionals (<i>professionnels</i>) with any valid id, working in {@code o-0}, {@code o-1} or
   * no organisation.
   *
   * @return professionals
   */
  public static Gen<Professional> professionals() {
    List<OrganisationId> organisations = List.of(OrganisationId.of("o-0"), OrganisationId.of("o-1"));
    return Gen.combine(
            Templates.professional(involvements(), Texts.SOMETIMES, REFERENCE_DATE), memberIds(),
            Gen.of(organisations, List.<OrganisationId>of()))
        .as((template, id, orgs) -> template.apply(id, orgs));
  }

  /**
   * Returns participants (<i>participants</i>) with any valid id.
   *
   * @return participants
   */
  public static Gen<Participant> participants() {
    return Gen.combine(Templates.participant(involvements(), Texts.SOMETIMES), memberIds())
        .as((template, id) -> template.apply(id));
  }

  /**
   * Returns members of the three kinds.
   *
   * @return members
   */
  public static Gen<Member> members() {
    return Gen.oneOf(primaryMembers(), professionals(), participants());
  }

  /**
   * Returns organisations (<i>organisations</i>) with any valid id, with or without a parent body.
   *
   * @return organisations
   */
  public static Gen<Organisation> organisations() {
    List<OrganisationId> parents = List.of(OrganisationId.of("inst-0"), OrganisationId.of("inst-1"));
    return Gen.combine(Templates.organisation(Texts.SOMETIMES), organisationIds())
        .as((template, id) -> template.apply(id, parents));
  }

  // ---- ties, meetings, flows ------------------------------------------------------------------------

  /**
   * Returns ties (<i>liens</i>) between two different individuals with any valid ids, with supports in any
   * direction.
   *
   * @return ties
   */
  public static Gen<Tie> ties() {
    return Gen.combine(
            Relations.tie(Gen.combine(memberIds(), memberIds())
                .as((a, b) -> Map.entry(a, a.equals(b) ? distinctFrom(a) : b))),
            tieIds())
        .as((template, id) -> template.apply(id));
  }

  /**
   * Returns meetings (<i>réunions</i>) with any valid ids, dated around {@link #REFERENCE_DATE}.
   *
   * @return meetings
   */
  public static Gen<Meeting> meetings() {
    Gen<MeetingId> ids = meetingIds();
    Gen<LocalDate> dates = dates();
    Gen<List<MemberId>> participants = memberIds().uniqueList().ofMaxSize(6);
    Gen<Optional<MemberId>> facilitators = memberIds().optional(0.7);
    Gen<Boolean> present = Gen.booleans();
    Gen<Optional<String>> notes = Texts.SOMETIMES.optional("minutes");
    return random -> Meeting.builder().id(ids.next(random)).date(dates.next(random))
        .addAllParticipants(participants.next(random)).facilitator(facilitators.next(random))
        .personPresent(present.next(random)).note(notes.next(random)).build();
  }

  /**
   * Returns flows of information (<i>transmissions</i>): exchanges and sharings, reports included, never sent
   * to their own sender, with at least one recipient unless a report.
   *
   * @return flows
   */
  public static Gen<InformationFlow> informationFlows() {
    Gen<FlowId> ids = flowIds();
    Gen<MemberId> members = memberIds();
    Gen<List<MemberId>> recipientLists = memberIds().uniqueList().ofMaxSize(3);
    Gen<Optional<ReportKind>> reports = Gen.of(ReportKind.class).optional(0.2);
    Gen<LocalDate> dates = dates();
    Gen<FlowMode> modes = Gen.of(FlowMode.class);
    Gen<List<InformationCategory>> categories = Gen.subsetOf(InformationCategory.class).ofMaxSize(4);
    Gen<Boolean> present = Gen.booleans();
    Gen<Optional<String>> notes = Texts.SOMETIMES.optional("flownote");
    return random -> {
      FlowId id = ids.next(random);
      MemberId sender = members.next(random);
      Set<MemberId> recipients = new LinkedHashSet<>(recipientLists.next(random));
      MemberId about = members.next(random);
      Optional<ReportKind> report = reports.next(random);
      recipients.remove(sender);
      if (recipients.isEmpty() && report.isEmpty()) {
        recipients.add(distinctFrom(sender));
      }
      return InformationFlow.builder().id(id).sender(sender).addAllRecipients(recipients).about(about)
          .report(report).date(dates.next(random)).mode(modes.next(random))
          .addAllCategories(categories.next(random)).personPresent(present.next(random)).note(notes.next(random))
          .build();
    };
  }

  // ---- networks -------------------------------------------------------------------------------------

  /**
   * Returns valid networks of every kind and shape, dated relative to {@link #REFERENCE_DATE}.
   *
   * @return networks
   */
  public static Gen<Network> networks() {
    return networks(REFERENCE_DATE);
  }

  /**
   * Returns valid networks of every kind and shape, dated relative to a date.
   *
   * @param asOf the date judged: networks are created on or before it
   * @return networks
   */
  public static Gen<Network> networks(LocalDate asOf) {
    return networks(Recipe.any(), asOf, Texts.SOMETIMES);
  }

  /**
   * Returns valid person-centred networks (<i>travail de réseau</i>): with a focal person, whose primary
   * network may be empty.
   *
   * @return networks with a focal person
   */
  public static Gen<Network> personCentredNetworks() {
    return networks(Recipe.of(Recipe.Kind.PERSON_CENTRED), REFERENCE_DATE, Texts.SOMETIMES);
  }

  /**
   * Returns valid networks without a focal person: inter-service, mutual-aid and collective.
   *
   * @return networks without a focal person
   */
  public static Gen<Network> networksWithoutFocalPerson() {
    Gen<Recipe> recipes = Gen.frequencyOf(
        Weighted.of(40, Recipe.of(Recipe.Kind.INTER_SERVICE)),
        Weighted.of(30, Recipe.of(Recipe.Kind.MUTUAL_AID)),
        Weighted.of(30, Recipe.of(Recipe.Kind.COLLECTIVE)));
    return networks(recipes, REFERENCE_DATE, Texts.SOMETIMES);
  }

  /**
   * Returns valid networks in which every name, note and free-text field is filled with recognisable random
   * text: each text starts with its field's tag and a tilde ({@code "name~"}, {@code "note~"},
   * {@code "lifechoice~"}), for privacy tests.
   *
   * @return networks with every text filled
   */
  public static Gen<Network> withNamesAndNotes() {
    return networks(Recipe.any(), REFERENCE_DATE, Texts.ALWAYS);
  }

  /**
   * Returns valid networks that declare exactly one form and satisfy its definition (DOMAIN.md §2) on
   * {@link #REFERENCE_DATE}.
   *
   * @param form the form declared
   * @return conforming networks
   * @see #conformingTo(NetworkForm, LocalDate)
   */
  public static Gen<Network> conformingTo(NetworkForm form) {
    return conformingTo(form, REFERENCE_DATE);
  }

  /**
   * Returns valid networks that declare exactly one form and satisfy its definition (DOMAIN.md §2) on a
   * date, counting current members only:
   * <ul>
   *   <li>{@link NetworkForm#PAIRING}: a focal person and exactly two current professionals, from two
   *       different organisations, under mandates with different references (former or future
   *       professionals may also be listed);</li>
   *   <li>{@link NetworkForm#INTER_INSTITUTIONAL}: a theme, a territory, and current professionals of two
   *       different institutions (parent body when recorded, else the organisation);</li>
   *   <li>{@link NetworkForm#NETWORK_INTERVENTION}: a focal person and a mobilised primary member: current,
   *       alive, reachable, not dormant, giving a support to the person along a tie or holding a means of the
   *       project;</li>
   *   <li>{@link NetworkForm#MUTUAL_AID}: no focal person; every current non-professional member gives and
   *       receives a support along ties between current members, and no professional gives or receives
   *       one;</li>
   *   <li>{@link NetworkForm#COLLECTIVE}: a concerted strategy and current professionals of two different
   *       institutions, one often an association of inhabitants or users.</li>
   * </ul>
   *
   * @param form the form declared
   * @param asOf the date on which the networks conform
   * @return conforming networks
   */
  public static Gen<Network> conformingTo(NetworkForm form, LocalDate asOf) {
    return Conformance.conformingTo(form, asOf);
  }

  private static Gen<Network> networks(Gen<Recipe> recipes, LocalDate asOf, Texts texts) {
    return recipes.flatMap(recipe -> Cast.of(recipe, asOf, texts)).flatMap(Relations::network);
  }

  private static MemberId distinctFrom(MemberId id) {
    String key = id.value();
    if (key.length() < MAX_ID_LENGTH) {
      return MemberId.of(key + "x");
    }
    return MemberId.of(key.substring(0, MAX_ID_LENGTH - 1) + (key.endsWith("x") ? "y" : "x"));
  }
}
