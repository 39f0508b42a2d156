package org.maillage.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.maillage.Disclosure;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.partnership.Partnership;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.Objection;

/**
 * A network (<i>réseau</i>): its members and organisations, the ties between them, its forms, formality,
 * status, governance, meetings and evaluations, and, for a person-centred network, the focal person, the
 * référent designations, the personalised project and the flows of information about the person.
 *
 * <p>A person-centred network (<i>travail de réseau</i>) has a {@link #focalPerson()}; an inter-service
 * network (<i>travail en réseau</i>) has a {@link #theme()} and a {@link #territory()} instead; a mutual-aid
 * group has participants exchanging among themselves. Declared forms are a set, since forms coexist (000).
 *
 * <p>Only structural invariants are enforced on building: unique ids, references to individuals and
 * organisations of this network, no self-tie, dates in order. Violations throw one
 * {@link org.maillage.InvalidModelException} listing every problem found, each naming the field, quoting the id
 * and saying how to fix it. Whether the network is good practice is the validator's question, not the
 * builder's.
 *
 * <pre>{@code
 * Network network = Network.builder()
 *     .id(NetworkId.of("n-lea"))
 *     .created(LocalDate.of(2026, 1, 5))
 *     .focalPerson(lea)
 *     .addForm(NetworkForm.NETWORK_INTERVENTION)
 *     .formality(Formality.INFORMAL)
 *     .addMember(aunt)
 *     .addTie(tie)
 *     .build();
 * }</pre>
 *
 * <p>The derived views and indexes (members by id, ties by individual, designations by professional,
 * informings, objections and consents by author, institutions, means holders...) are built once per value, on
 * first use, each in time linear in what it indexes; a look-up through them takes constant time, and whether
 * a member is current on a date ({@link Member#isCurrentOn}) is logarithmic in their involvements. The rules
 * read them so that a validation stays linear in the size of the network.
 *
 * <p>This class is immutable and thread-safe; names and notes are left out of {@code toString()}. Its hash
 * code reads every part of the network, so it is computed on the first call and kept, like a string's (a
 * network built and never hashed pays nothing for it); equal networks have equal hash codes.
 *
 * @since 0.1
 */
// An explicit @Value.Immutable replaces the defaults of MaillageStyle: copy = false is restated, else the
// generated class would grow with* methods.
@Value.Immutable(copy = false, lazyhash = true)
public abstract class Network {
  Network() {}

  /**
   * Returns the network's id.
   *
   * @return the id
   */
  public abstract NetworkId id();

  /**
   * Returns the network's name.
   *
   * @return the name, redacted from {@code toString()} since it often names the person
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> name();

  /**
   * Returns the day the network was created.
   *
   * @return the date
   */
  public abstract LocalDate created();

  /**
   * Returns the focal person of a person-centred network.
   *
   * @return the person, or empty for an inter-service or mutual-aid network
   */
  public abstract Optional<Person> focalPerson();

  /**
   * Returns the shared theme of an inter-service network (<i>thématique</i>).
   *
   * @return the theme, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> theme();

  /**
   * Returns the territory the network covers (<i>territoire</i>).
   *
   * @return the territory, or empty
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> territory();

  /**
   * Returns the forms the network declares.
   *
   * @return the forms, possibly empty
   */
  public abstract ImmutableSet<NetworkForm> forms();

  /**
   * Returns whether the network is formal or informal.
   *
   * @return the formality; {@link Formality#INFORMAL} by default
   */
  @Value.Default
  public Formality formality() {
    return Formality.INFORMAL;
  }

  /**
   * Returns what the network rests on.
   *
   * @return the basis, or empty when not recorded
   */
  public abstract Optional<NetworkBasis> basis();

  /**
   * Returns the status history, in date order; the network is active from its creation until the first
   * change.
   *
   * @return the changes, possibly empty
   */
  public abstract ImmutableList<StatusChange> statusHistory();

  /**
   * Returns how the network is run.
   *
   * @return the governance; nothing stated by default
   */
  @Value.Default
  public Governance governance() {
    return Governance.none();
  }

  /**
   * Returns the concerted strategy of a collective intervention.
   *
   * @return the strategy, or empty
   */
  public abstract Optional<ConcertedStrategy> strategy();

  /**
   * Returns the organisations the network's professionals work in, and partner organisations.
   *
   * @return the organisations
   */
  public abstract ImmutableList<Organisation> organisations();

  /**
   * Returns the members other than the focal person.
   *
   * @return the members
   */
  public abstract ImmutableList<Member> members();

  /**
   * Returns the ties between individuals of the network, the focal person included.
   *
   * @return the ties
   */
  public abstract ImmutableList<Tie> ties();

  /**
   * Returns the meetings.
   *
   * @return the meetings, in the order given
   */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * Returns the evaluations.
   *
   * @return the evaluations, in the order given
   */
  public abstract ImmutableList<Evaluation> evaluations();

  /**
   * Returns the designations of référents de proximité.
   *
   * @return the designations
   */
  public abstract ImmutableList<ReferentDesignation> referents();

  /**
   * Returns the recorded assessments of référent qualities.
   *
   * @return the assessments
   */
  public abstract ImmutableList<QualityAssessment> referentAssessments();

  /**
   * Returns the personalised project.
   *
   * @return the project, or empty
   */
  public abstract Optional<PersonalisedProject> project();

  /**
   * Returns the partnership formalising this network, if any.
   *
   * @return the partnership, or empty
   */
  public abstract Optional<Partnership> partnership();

  /**
   * Returns the recorded flows of information.
   *
   * @return the flows
   */
  public abstract ImmutableList<InformationFlow> flows();

  /**
   * Returns the recorded informations of the person or their representatives about flows.
   *
   * @return the informings
   */
  public abstract ImmutableList<Informing> informings();

  /**
   * Returns the recorded objections to flows.
   *
   * @return the objections
   */
  public abstract ImmutableList<Objection> objections();

  /**
   * Returns the recorded consents to sharing.
   *
   * @return the consents
   */
  public abstract ImmutableList<Consent> consents();

  /**
   * Returns the legal facts of a jurisdiction recorded on the network, such as the French social-action trigger
   * of CASF L121-6-2 ({@link org.maillage.sharing.fr.SocialActionTrigger}); each jurisdiction's policy reads
   * its own.
   *
   * @return the facts, in the order recorded; possibly empty
   * @since 0.2 ({@code socialActionTrigger()} before)
   */
  public abstract ImmutableList<JurisdictionFact> jurisdictionFacts();

  /**
   * Returns the first recorded fact of a type, for example {@code jurisdictionFact(SocialActionTrigger.class)}.
   * Linear in the facts recorded.
   *
   * @param <F> the type of fact
   * @param type the type of fact
   * @return the fact, or empty when none of that type is recorded
   * @since 0.2
   */
  public final <F extends JurisdictionFact> Optional<F> jurisdictionFact(Class<F> type) {
    List<JurisdictionFact> facts = jurisdictionFacts();
    for (int i = 0; i < facts.size(); i++) {
      if (type.isInstance(facts.get(i))) {
        return Optional.of(type.cast(facts.get(i)));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the jurisdiction whose law applies to the network (<i>droit applicable</i>), when recorded: the
   * sharing rules decide its flows under that jurisdiction's policy. When none is recorded, the validation
   * settings' {@link org.maillage.validation.ValidationSettings#defaultJurisdiction() default} applies; with
   * neither, no law is assumed and the flows are not decided ({@code SHARE-RECORD-INCOMPLETE} names the
   * jurisdiction).
   *
   * @return the jurisdiction, or empty when not recorded
   * @since 0.2
   */
  public abstract Optional<Jurisdiction> jurisdiction();

  // ---- derived, never stored ------------------------------------------------------------------------

  /**
   * The focal person's id, or null: read by the individual look-ups below without making an {@code Optional}
   * each time.
   */
  @Value.Lazy
  @Nullable MemberId focalPersonId() {
    Optional<Person> person = focalPerson();
    return person.isPresent() ? person.get().id() : null;
  }

  @Value.Lazy
  ImmutableMap<MemberId, Member> memberIndex() {
    // one pass, presized, linear in the members
    ImmutableList<Member> members = members();
    ImmutableMap.Builder<MemberId, Member> index = ImmutableMap.builderWithExpectedSize(members.size());
    for (int i = 0; i < members.size(); i++) {
      index.put(members.get(i).id(), members.get(i));
    }
    return index.buildOrThrow();
  }

  @Value.Lazy
  ImmutableMap<OrganisationId, Organisation> organisationIndex() {
    // one pass, presized, linear in the organisations
    ImmutableList<Organisation> organisations = organisations();
    ImmutableMap.Builder<OrganisationId, Organisation> index =
        ImmutableMap.builderWithExpectedSize(organisations.size());
    for (int i = 0; i < organisations.size(); i++) {
      index.put(organisations.get(i).id(), organisations.get(i));
    }
    return index.buildOrThrow();
  }

  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<Tie>> tieIndex() {
    // one pass, each tie filed under both ends: linear in the ties
    ImmutableList<Tie> ties = ties();
    ListIndex<MemberId, Tie> index = new ListIndex<>(members().size() + 1);
    for (int i = 0; i < ties.size(); i++) {
      Tie tie = ties.get(i);
      index.put(tie.first(), tie);
      index.put(tie.second(), tie);
    }
    return index.build();
  }

  /**
   * Returns the ties of an individual, in the network's order.
   *
   * @param individual the focal person's or a member's id
   * @return the ties that touch it, possibly empty
   */
  public final ImmutableList<Tie> tiesOf(MemberId individual) {
    return ListIndex.get(tieIndex(), individual);
  }

  /**
   * Returns the individuals tied to an individual (<i>voisins</i>), each once however many ties join them,
   * in the order of their first tie in the network's list; current or not on any date.
   *
   * @param individual the focal person's or a member's id
   * @return the other ends of its ties, possibly empty
   */
  public final ImmutableSet<MemberId> neighboursOf(MemberId individual) {
    // read from the individual's ties on demand: only a few individuals are asked for (a référent), and an
    // index of every individual's neighbours would cost more than all the asking
    ImmutableList<Tie> ties = tiesOf(individual);
    ImmutableSet.Builder<MemberId> neighbours = ImmutableSet.builderWithExpectedSize(ties.size());
    for (int i = 0; i < ties.size(); i++) {
      neighbours.add(ties.get(i).other(individual));
    }
    return neighbours.build();
  }

  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<Informing>> informingIndex() {
    // one pass, linear in the informings
    return ListIndex.of(informings(), Informing::informed);
  }

  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<Informing>> generalInformingIndex() {
    // one pass, linear in the informings
    ImmutableList<Informing> informings = informings();
    ListIndex<MemberId, Informing> index = new ListIndex<>(informings.size());
    for (int i = 0; i < informings.size(); i++) {
      Informing informing = informings.get(i);
      if (informing.flow().isEmpty()) {
        index.put(informing.informed(), informing);
      }
    }
    return index.build();
  }

  @Value.Lazy
  ImmutableMap<org.maillage.FlowId, ImmutableList<Informing>> flowInformingIndex() {
    // one pass, linear in the informings
    ImmutableList<Informing> informings = informings();
    ListIndex<org.maillage.FlowId, Informing> index = new ListIndex<>(informings.size());
    for (int i = 0; i < informings.size(); i++) {
      Informing informing = informings.get(i);
      Optional<org.maillage.FlowId> flow = informing.flow();
      if (flow.isPresent()) {
        index.put(flow.get(), informing);
      }
    }
    return index.build();
  }

  /**
   * Returns the informations of one person or representative recorded without a flow, which cover every
   * later flow about the person, in the network's order.
   *
   * @param informed the id of whoever was informed
   * @return their general informings, possibly empty
   */
  public final ImmutableList<Informing> generalInformingsOf(MemberId informed) {
    return ListIndex.get(generalInformingIndex(), informed);
  }

  /**
   * Returns the informations recorded for one flow, in the network's order.
   *
   * @param flow the flow's id
   * @return the informings naming that flow, possibly empty
   */
  public final ImmutableList<Informing> informingsFor(org.maillage.FlowId flow) {
    return ListIndex.get(flowInformingIndex(), flow);
  }

  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<Objection>> objectionIndex() {
    // one pass, linear in the objections
    return ListIndex.of(objections(), Objection::by);
  }

  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<Consent>> consentIndex() {
    // one pass, linear in the consents
    return ListIndex.of(consents(), Consent::by);
  }

  /**
   * Returns the recorded informations of one person or representative, in the network's order.
   *
   * @param informed the id of whoever was informed
   * @return their informings, possibly empty
   */
  public final ImmutableList<Informing> informingsOf(MemberId informed) {
    return ListIndex.get(informingIndex(), informed);
  }

  /**
   * Returns the recorded objections made by one person or representative, in the network's order.
   *
   * @param by the id of whoever objected
   * @return their objections, possibly empty
   */
  public final ImmutableList<Objection> objectionsBy(MemberId by) {
    return ListIndex.get(objectionIndex(), by);
  }

  /**
   * Returns the recorded consents given by one person or representative, in the network's order.
   *
   * @param by the id of whoever consented
   * @return their consents, possibly empty
   */
  public final ImmutableList<Consent> consentsBy(MemberId by) {
    return ListIndex.get(consentIndex(), by);
  }

  @Value.Lazy
  ImmutableMap<MemberId, ImmutableList<ReferentDesignation>> designationIndex() {
    // one pass, linear in the designations
    return ListIndex.of(referents(), ReferentDesignation::professional);
  }

  /**
   * Returns the designations of one professional as référent de proximité, in the network's order.
   *
   * @param professional the professional's id
   * @return their designations, in force or not, possibly empty
   */
  public final ImmutableList<ReferentDesignation> designationsOf(MemberId professional) {
    return ListIndex.get(designationIndex(), professional);
  }

  /**
   * Returns the professionals designated référent de proximité at least once (<i>référents désignés</i>), each
   * once however many designations they have, in the order of their first designation in {@link #referents()}.
   *
   * @return their ids, possibly empty
   */
  public final ImmutableSet<MemberId> designatedReferents() {
    return designationIndex().keySet();
  }

  /**
   * Tells whether the network is person-centred (<i>travail de réseau</i>): it has a focal person.
   *
   * @return true if a focal person is recorded
   */
  public final boolean isPersonCentred() {
    return focalPersonId() != null;
  }

  /**
   * Returns a member by id.
   *
   * @param id the member's id
   * @return the member, or empty if no member has that id (the focal person is not a member)
   */
  public final Optional<Member> member(MemberId id) {
    return Optional.ofNullable(memberIndex().get(id));
  }

  /**
   * Returns an organisation by id.
   *
   * @param id the organisation's id
   * @return the organisation, or empty
   */
  public final Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /**
   * Tells whether an id is the focal person's or a member's.
   *
   * @param id the id
   * @return true if it names an individual of this network
   */
  public final boolean hasIndividual(MemberId id) {
    return memberIndex().containsKey(id) || id.equals(focalPersonId());
  }

  /**
   * Returns the primary members, current or not.
   *
   * @return the primary members, in the order given
   */
  @Value.Lazy
  public ImmutableList<PrimaryMember> primaryMembers() {
    // one pass over the members, no stream
    ImmutableList<Member> members = members();
    ImmutableList.Builder<PrimaryMember> found = ImmutableList.builder();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof PrimaryMember) {
        found.add((PrimaryMember) members.get(i));
      }
    }
    return found.build();
  }

  /**
   * Returns the professionals, current or not.
   *
   * @return the professionals, in the order given
   */
  @Value.Lazy
  public ImmutableList<Professional> professionals() {
    // one pass over the members, no stream
    ImmutableList<Member> members = members();
    ImmutableList.Builder<Professional> found = ImmutableList.builder();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof Professional) {
        found.add((Professional) members.get(i));
      }
    }
    return found.build();
  }

  /**
   * Returns the participants, current or not.
   *
   * @return the participants, in the order given
   */
  @Value.Lazy
  public ImmutableList<Participant> participants() {
    // one pass over the members, no stream
    ImmutableList<Member> members = members();
    ImmutableList.Builder<Participant> found = ImmutableList.builder();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof Participant) {
        found.add((Participant) members.get(i));
      }
    }
    return found.build();
  }

  /**
   * Returns the members current on a date (DOMAIN.md §2).
   *
   * @param date the date judged
   * @return the current members, in the order given
   */
  public final ImmutableList<Member> currentMembers(LocalDate date) {
    return currentOf(members(), date);
  }

  /**
   * Tells whether an individual is current on a date: the focal person always is; a member is when
   * {@link Member#isCurrentOn(LocalDate)}.
   *
   * @param individual the focal person's or a member's id
   * @param date the date judged
   * @return true if current; false for an unknown id
   */
  public final boolean isCurrentOn(MemberId individual, LocalDate date) {
    // the focal person first: most ties lead to her, and no member has her id (NetworkStructure)
    if (individual.equals(focalPersonId())) {
      return true;
    }
    Member member = memberIndex().get(individual);
    return member != null && member.isCurrentOn(date);
  }

  /**
   * Returns the professionals current on a date, the ones every count of DOMAIN.md §2 counts.
   *
   * @param date the date judged
   * @return the current professionals, in the order given
   */
  public final ImmutableList<Professional> professionalsOn(LocalDate date) {
    return currentOf(professionals(), date);
  }

  /**
   * Returns the primary members current on a date.
   *
   * @param date the date judged
   * @return the current primary members, in the order given
   */
  public final ImmutableList<PrimaryMember> primaryMembersOn(LocalDate date) {
    return currentOf(primaryMembers(), date);
  }

  /**
   * Returns the members of a list current on a date, in the list's order. When every one of them is current,
   * the common case, the list itself is the answer, so nothing is allocated; otherwise a copy is built.
   */
  private static <M extends Member> ImmutableList<M> currentOf(ImmutableList<M> members, LocalDate date) {
    int firstNotCurrent = 0;
    while (firstNotCurrent < members.size() && members.get(firstNotCurrent).isCurrentOn(date)) {
      firstNotCurrent++;
    }
    if (firstNotCurrent == members.size()) {
      return members;
    }
    ImmutableList.Builder<M> current = ImmutableList.builderWithExpectedSize(members.size() - 1);
    for (int i = 0; i < firstNotCurrent; i++) {
      current.add(members.get(i));
    }
    for (int i = firstNotCurrent + 1; i < members.size(); i++) {
      M member = members.get(i);
      if (member.isCurrentOn(date)) {
        current.add(member);
      }
    }
    return current.build();
  }

  /**
   * Returns the primary members mobilised on a date; see {@link #isMobilised(PrimaryMember, LocalDate)}.
   *
   * @param date the date judged
   * @return the mobilised primary members, in the order given
   */
  public final ImmutableList<PrimaryMember> mobilisedPrimaryMembers(LocalDate date) {
    return primaryMembers().stream().filter(p -> isMobilised(p, date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the kinds of support an individual gives on a date (DOMAIN.md §2, <i>gives</i>): through the
   * support directions recorded on ties between individuals current on that date.
   *
   * @param individual the focal person's or a member's id
   * @param date the date judged
   * @return the kinds given, empty if none or if the individual is not current
   */
  public final ImmutableSet<SupportType> supportGivenBy(MemberId individual, LocalDate date) {
    return supportAlong(individual, date, true);
  }

  /**
   * Returns the kinds of support an individual receives on a date (DOMAIN.md §2, <i>receives</i>): through
   * the support directions recorded on ties between individuals current on that date.
   *
   * @param individual the focal person's or a member's id
   * @param date the date judged
   * @return the kinds received, empty if none or if the individual is not current
   */
  public final ImmutableSet<SupportType> supportReceivedBy(MemberId individual, LocalDate date) {
    return supportAlong(individual, date, false);
  }

  /**
   * Tells whether an individual gives at least one kind of support on a date; the same as
   * {@code !supportGivenBy(individual, date).isEmpty()}, without allocating.
   *
   * @param individual the focal person's or a member's id
   * @param date the date judged
   * @return true if it gives support to a current individual
   */
  public final boolean givesSupport(MemberId individual, LocalDate date) {
    if (!isCurrentOn(individual, date)) {
      return false;
    }
    ImmutableList<Tie> ties = tiesOf(individual);
    for (int i = 0; i < ties.size(); i++) {
      Tie tie = ties.get(i);
      if (tie.gives(individual) && isCurrentOn(tie.other(individual), date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an individual receives at least one kind of support on a date; the same as
   * {@code !supportReceivedBy(individual, date).isEmpty()}, without allocating.
   *
   * @param individual the focal person's or a member's id
   * @param date the date judged
   * @return true if it receives support from a current individual
   */
  public final boolean receivesSupport(MemberId individual, LocalDate date) {
    if (!isCurrentOn(individual, date)) {
      return false;
    }
    ImmutableList<Tie> ties = tiesOf(individual);
    for (int i = 0; i < ties.size(); i++) {
      Tie tie = ties.get(i);
      if (tie.receives(individual) && isCurrentOn(tie.other(individual), date)) {
        return true;
      }
    }
    return false;
  }

  private ImmutableSet<SupportType> supportAlong(MemberId individual, LocalDate date, boolean given) {
    if (!isCurrentOn(individual, date)) {
      return ImmutableSet.of();
    }
    java.util.EnumSet<SupportType> kinds = java.util.EnumSet.noneOf(SupportType.class);
    for (Tie tie : tiesOf(individual)) {
      if (isCurrentOn(tie.other(individual), date)) {
        kinds.addAll(given ? tie.givenBy(individual) : tie.receivedBy(individual));
      }
    }
    return com.google.common.collect.Sets.immutableEnumSet(kinds);
  }

  /**
   * Returns the institution of a professional (DOMAIN.md §2): the parent body of their organisation when
   * recorded, else the organisation.
   *
   * @param professional a professional of this network
   * @return the institution's id, or empty when the professional has no organisation
   */
  public final Optional<OrganisationId> institutionOf(Professional professional) {
    // Plain checks rather than Optional.map: this is read for every professional by several rules.
    Optional<OrganisationId> organisation = professional.organisation();
    if (organisation.isEmpty()) {
      return organisation;
    }
    Organisation recorded = organisationIndex().get(organisation.get());
    if (recorded == null) {
      return organisation;
    }
    Optional<OrganisationId> parent = recorded.parent();
    return parent.isPresent() ? parent : organisation;
  }

  /**
   * Returns the institution of each professional who has an organisation (DOMAIN.md §2), by the
   * professional's id: {@link #institutionOf(Professional)} of each of {@link #professionals()}, computed
   * once. A professional without an organisation is absent.
   *
   * @return the institutions, by professional, in the order of {@link #professionals()}
   */
  @Value.Lazy
  public ImmutableMap<MemberId, OrganisationId> institutions() {
    ImmutableMap.Builder<MemberId, OrganisationId> institutions = ImmutableMap.builder();
    for (Professional professional : professionals()) {
      Optional<OrganisationId> institution = institutionOf(professional);
      if (institution.isPresent()) {
        institutions.put(professional.id(), institution.get());
      }
    }
    return institutions.buildOrThrow();
  }

  /**
   * Tells whether a primary member is mobilised on a date (DOMAIN.md §2): current, alive and reachable, not
   * dormant, and either giving at least one kind of support to the person along a tie, or holding a means of
   * the personalised project.
   *
   * @param member a primary member of this network
   * @param date the date judged
   * @return true if mobilised
   */
  public final boolean isMobilised(PrimaryMember member, LocalDate date) {
    if (!member.isCurrentOn(date) || !member.isMobilisable() || member.dormant()) {
      return false;
    }
    @Nullable MemberId personId = focalPersonId();
    if (personId != null) {
      ImmutableList<Tie> ties = tiesOf(member.id());
      for (int i = 0; i < ties.size(); i++) {
        Tie tie = ties.get(i);
        if (tie.other(member.id()).equals(personId) && tie.gives(member.id())) {
          return true;
        }
      }
    }
    return meansHolders().contains(member.id());
  }

  /**
   * Returns every individual who holds at least one means of the personalised project.
   *
   * @return the holders' ids, empty without a project
   */
  @Value.Lazy
  public ImmutableSet<MemberId> meansHolders() {
    ImmutableSet.Builder<MemberId> holders = ImmutableSet.builder();
    for (Objective objective : project().map(PersonalisedProject::objectives).orElse(ImmutableList.of())) {
      for (Means means : objective.means()) {
        holders.add(means.holder());
      }
    }
    return holders.build();
  }

  /**
   * Returns the status on a date: the latest change on or before it, else {@link NetworkStatus#ACTIVE}.
   *
   * @param date the date judged
   * @return the status
   */
  public final NetworkStatus statusOn(LocalDate date) {
    NetworkStatus status = NetworkStatus.ACTIVE;
    for (StatusChange change : statusHistory()) {
      if (change.date().isAfter(date)) {
        break;
      }
      status = change.status();
    }
    return status;
  }

  /**
   * Tells whether the network is active on a date: created on or before it, and its status on it is
   * {@link NetworkStatus#ACTIVE}.
   *
   * @param date the date judged
   * @return true if active
   */
  public final boolean isActiveOn(LocalDate date) {
    return !created().isAfter(date) && statusOn(date) == NetworkStatus.ACTIVE;
  }

  /**
   * Returns the read-only graph of all individuals (the focal person and every member) and all ties.
   *
   * @return the graph view
   */
  @Value.Lazy
  public NetworkGraph graph() {
    return NetworkGraph.of(this, null);
  }

  /**
   * Returns the read-only graph of the individuals current on a date (the focal person and current members)
   * and the ties between them.
   *
   * @param date the date judged
   * @return the graph view
   */
  public final NetworkGraph graphOn(LocalDate date) {
    return NetworkGraph.of(this, date);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    NetworkStructure.check(this);
  }

  /** Builds a {@link Network}; not thread-safe. */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }
}
