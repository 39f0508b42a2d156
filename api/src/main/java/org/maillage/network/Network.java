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
 * informings, objections and consents by author, informings by flow, the lists of each sort of member) are
 * built once per value, when it is built, by the same pass as its structural checks, in time linear in the
 * network's parts; what few readers ask for (the institutions, the set of means holders, an individual's ties
 * as a list) is made from them on the first request and kept. A look-up through them takes constant expected
 * time (the first request for a list, time linear in its length), and whether a
 * member is current on a date ({@link Member#isCurrentOn}) is logarithmic in their involvements. The rules read
 * them so that a validation stays linear in the size of the network, and the first validation of a value costs
 * what a validation again does.
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
   * The indexes of this value (members by id, ties, informings, objections, consents and designations by
   * individual, informings by flow, organisations, institutions, means holders), built with the structural
   * checks when the value is built ({@link #check()}), in one pass linear in the network's parts.
   */
  @Value.Lazy
  NetworkIndex index() {
    return NetworkStructure.check(this);
  }

  /**
   * The focal person's id, or null: read by the individual look-ups below without making an {@code Optional}
   * each time.
   */
  final @Nullable MemberId focalPersonId() {
    return index().focalPersonId;
  }

  /**
   * Returns the ties of an individual, in the network's order.
   *
   * @param individual the focal person's or a member's id
   * @return the ties that touch it, possibly empty
   */
  public final ImmutableList<Tie> tiesOf(MemberId individual) {
    NetworkIndex index = index();
    NetworkIndex.@Nullable Slot slot = index.slot(individual);
    return slot == null ? ImmutableList.of() : index.tiesOf(slot);
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

  /**
   * Returns the informations of one person or representative recorded without a flow, which cover every
   * later flow about the person, in the network's order.
   *
   * @param informed the id of whoever was informed
   * @return their general informings, possibly empty
   */
  public final ImmutableList<Informing> generalInformingsOf(MemberId informed) {
    NetworkIndex.@Nullable Slot slot = index().slot(informed);
    return slot == null ? ImmutableList.of() : slot.generalInformings();
  }

  /**
   * Returns the informations recorded for one flow, in the network's order.
   *
   * @param flow the flow's id
   * @return the informings naming that flow, possibly empty
   */
  public final ImmutableList<Informing> informingsFor(org.maillage.FlowId flow) {
    return index().informingsFor(flow);
  }

  /**
   * Returns the recorded informations of one person or representative, in the network's order.
   *
   * @param informed the id of whoever was informed
   * @return their informings, possibly empty
   */
  public final ImmutableList<Informing> informingsOf(MemberId informed) {
    NetworkIndex.@Nullable Slot slot = index().slot(informed);
    return slot == null ? ImmutableList.of() : slot.informings();
  }

  /**
   * Returns the recorded objections made by one person or representative, in the network's order.
   *
   * @param by the id of whoever objected
   * @return their objections, possibly empty
   */
  public final ImmutableList<Objection> objectionsBy(MemberId by) {
    NetworkIndex.@Nullable Slot slot = index().slot(by);
    return slot == null ? ImmutableList.of() : slot.objections();
  }

  /**
   * Returns the recorded consents given by one person or representative, in the network's order.
   *
   * @param by the id of whoever consented
   * @return their consents, possibly empty
   */
  public final ImmutableList<Consent> consentsBy(MemberId by) {
    NetworkIndex.@Nullable Slot slot = index().slot(by);
    return slot == null ? ImmutableList.of() : slot.consents();
  }

  /**
   * Returns the designations of one professional as référent de proximité, in the network's order.
   *
   * @param professional the professional's id
   * @return their designations, in force or not, possibly empty
   */
  public final ImmutableList<ReferentDesignation> designationsOf(MemberId professional) {
    NetworkIndex.@Nullable Slot slot = index().slot(professional);
    return slot == null ? ImmutableList.of() : slot.designations();
  }

  /**
   * Returns the professionals designated référent de proximité at least once (<i>référents désignés</i>), each
   * once however many designations they have, in the order of their first designation in {@link #referents()}.
   *
   * @return their ids, possibly empty
   */
  public final ImmutableSet<MemberId> designatedReferents() {
    return index().designatedReferents;
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
    NetworkIndex.@Nullable Slot slot = index().slot(id);
    return slot == null ? Optional.empty() : slot.found();
  }

  /**
   * Returns an organisation by id.
   *
   * @param id the organisation's id
   * @return the organisation, or empty
   */
  public final Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(index().organisation(id));
  }

  /**
   * Tells whether an id is the focal person's or a member's.
   *
   * @param id the id
   * @return true if it names an individual of this network
   */
  public final boolean hasIndividual(MemberId id) {
    NetworkIndex.@Nullable Slot slot = index().slot(id);
    return slot != null && slot.individual;
  }

  /**
   * Returns the primary members, current or not.
   *
   * @return the primary members, in the order given
   */
  public final ImmutableList<PrimaryMember> primaryMembers() {
    return index().primaryMembers;
  }

  /**
   * Returns the professionals, current or not.
   *
   * @return the professionals, in the order given
   */
  public final ImmutableList<Professional> professionals() {
    return index().professionals;
  }

  /**
   * Returns the participants, current or not.
   *
   * @return the participants, in the order given
   */
  public final ImmutableList<Participant> participants() {
    return index().participants;
  }

  /**
   * Returns the members current on a date (DOMAIN.md §2).
   *
   * @param date the date judged
   * @return the current members, in the order given
   */
  public final ImmutableList<Member> currentMembers(LocalDate date) {
    return currentOn(date).members;
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
    // one look-up: the focal person's slot has no member and is current; a representative's is not
    NetworkIndex.@Nullable Slot slot = index().slot(individual);
    return slot != null && isCurrent(slot, date);
  }

  /** Whether the individual or representative of a slot is current on a date (see {@link #isCurrentOn}). */
  private boolean isCurrent(NetworkIndex.Slot slot, LocalDate date) {
    return slot.member == null ? slot.individual : currentOn(date).isCurrent(slot.position);
  }

  /**
   * Returns the professionals current on a date, the ones every count of DOMAIN.md §2 counts.
   *
   * @param date the date judged
   * @return the current professionals, in the order given
   */
  public final ImmutableList<Professional> professionalsOn(LocalDate date) {
    return currentOn(date).professionals;
  }

  /**
   * Returns the primary members current on a date.
   *
   * @param date the date judged
   * @return the current primary members, in the order given
   */
  public final ImmutableList<PrimaryMember> primaryMembersOn(LocalDate date) {
    return currentOn(date).primaryMembers;
  }

  /** Who is current on a date, kept by the index for the last date asked. */
  private CurrentMembers currentOn(LocalDate date) {
    return index().currentOn(date, this);
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
    // one look-up for the individual: its slot says whether it is current and starts its chain of ties
    NetworkIndex index = index();
    NetworkIndex.@Nullable Slot slot = index.slot(individual);
    if (slot == null || !isCurrent(slot, date)) {
      return false;
    }
    for (int end = slot.firstTieEnd; end >= 0; end = index.nextTieEnd[end]) {
      Tie tie = index.tieAt(end);
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
    // one look-up for the individual: its slot says whether it is current and starts its chain of ties
    NetworkIndex index = index();
    NetworkIndex.@Nullable Slot slot = index.slot(individual);
    if (slot == null || !isCurrent(slot, date)) {
      return false;
    }
    for (int end = slot.firstTieEnd; end >= 0; end = index.nextTieEnd[end]) {
      Tie tie = index.tieAt(end);
      if (tie.receives(individual) && isCurrentOn(tie.other(individual), date)) {
        return true;
      }
    }
    return false;
  }

  private ImmutableSet<SupportType> supportAlong(MemberId individual, LocalDate date, boolean given) {
    NetworkIndex index = index();
    NetworkIndex.@Nullable Slot slot = index.slot(individual);
    if (slot == null || !isCurrent(slot, date)) {
      return ImmutableSet.of();
    }
    java.util.EnumSet<SupportType> kinds = java.util.EnumSet.noneOf(SupportType.class);
    for (int end = slot.firstTieEnd; end >= 0; end = index.nextTieEnd[end]) {
      Tie tie = index.tieAt(end);
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
    Organisation recorded = index().organisation(organisation.get());
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
  public final ImmutableMap<MemberId, OrganisationId> institutions() {
    return index().institutions(this);
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
    NetworkIndex index = index();
    @Nullable MemberId personId = index.focalPersonId;
    NetworkIndex.@Nullable Slot slot = index.slot(member.id());
    if (personId != null && slot != null) {
      for (int end = slot.firstTieEnd; end >= 0; end = index.nextTieEnd[end]) {
        Tie tie = index.tieAt(end);
        if (tie.other(member.id()).equals(personId) && tie.gives(member.id())) {
          return true;
        }
      }
    }
    return slot != null && slot.holdsMeans;
  }

  /**
   * Returns every individual who holds at least one means of the personalised project.
   *
   * @return the holders' ids, empty without a project
   */
  public final ImmutableSet<MemberId> meansHolders() {
    return index().meansHolders(this);
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
    // the structural checks build the indexes: the generated class keeps them with the value
    index();
  }

  /** Builds a {@link Network}; not thread-safe. */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }
}
