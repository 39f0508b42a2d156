package org.maillage.core.sharing;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.QuotedInput;
import org.maillage.member.Member;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.Person;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.Recording;

/**
 * The flow being decided, as every regime of every jurisdiction reads it (<i>la transmission examinée</i>): its
 * parties and their professional records looked up once, the person it is about, its purpose and categories,
 * and what the record shows about it (informed beforehand, objections), read through the one
 * {@link SharingRecord}.
 *
 * <p>Regimes only read a view, but for {@link #owed()}, where the steps note who is owed information. Its
 * {@link #retarget owner} points it at the next flow, reusing its working
 * arrays, so that deciding the flows of a network one after the other allocates almost nothing for a flow
 * allowed outright. Not thread-safe: one view serves one reader on one thread.
 */
public class FlowView {
  private static final List<Recording> WAYS = List.of(Recording.YES, Recording.NO);
  private final SharingRecord record;
  private final Network network;
  private final @Nullable Person focal;

  private @Nullable InformationFlow flow;
  private LocalDate date = LocalDate.MIN;
  private @Nullable MemberId about;
  private @Nullable Person person;
  /**
   * The sender (index 0), the recipients who are individuals of the network, then the professionals outside the
   * network; the first {@link #partyCount} entries are used.
   */
  private MemberId[] parties = new MemberId[4];
  /** The professional record of each party (null for a non-professional), in the order of {@link #parties}. */
  private @Nullable ProfessionalProfile[] professionals = new ProfessionalProfile[4];
  private int partyCount;
  /** The sender and the recipients who are individuals of the network: the parties before the outside ones. */
  private int memberCount;
  private @Nullable Purpose purpose;
  private ImmutableCollection<InformationCategory> categories;
  /** The informings recorded for the flow, read on first need. */
  private @Nullable List<Informing> flowInformings;
  private final Owed owed = new Owed();
  /** The facts the steps found not recorded for the flow, in the order met. */
  private final List<Unknown> unknowns = new ArrayList<>();
  /**
   * The facts recorded by hypothesis while the deliberation asks what each recording would give (at most two:
   * a missing fact, and one still missing under it), with their ways; the first {@link #hypotheses} are used.
   */
  private final @Nullable Unknown[] hypothesisFacts = new Unknown[2];
  private final @Nullable Labelled[] hypothesisWays = new Labelled[2];
  private int hypotheses;

  /**
   * Makes a view of one record's flows; {@link #retarget} points it at the first, before any reading.
   *
   * @param record the network's indexed record
   */
  protected FlowView(SharingRecord record) {
    this.record = record;
    this.network = record.network();
    this.focal = network.focalPerson().orElse(null);
    this.categories = ImmutableList.of();
  }

  /**
   * Points the view at a flow: reads its parties once, the sender first then the recipients, in id order when
   * the grounds are explained (so that reasons read the same however the flow was built) and in the flow's
   * order otherwise, since the outcome does not depend on it.
   *
   * @param next the flow to decide
   * @param explained whether the grounds are kept
   * @throws IllegalArgumentException if the sender or a recipient is not an individual of the network, or the
   *     person the flow is about is neither an individual of the network nor a representative of its focal
   *     person
   */
  public void retarget(InformationFlow next, boolean explained) {
    this.flow = next;
    this.date = next.date();
    this.about = next.about();
    this.flowInformings = null;
    owed.clear();
    unknowns.clear();
    MemberId subject = next.about();
    this.person = focal != null && focal.id().equals(subject) ? focal : null;
    require(person != null || network.hasIndividual(subject)
        || focal != null && focal.representative(subject).isPresent(), "about", subject);
    ImmutableSet<MemberId> recipients = next.recipients();
    List<OutsideProfessional> outside = next.outsideProfessionals();
    memberCount = recipients.size() + 1;
    partyCount = memberCount + outside.size();
    if (parties.length < partyCount) {
      parties = new MemberId[partyCount];
      professionals = new ProfessionalProfile[partyCount];
    }
    parties[0] = next.sender();
    // by index over the set's list (kept by the set once made): no iterator for each flow
    ImmutableList<MemberId> inOrder = explained ? ImmutableList.sortedCopyOf(recipients) : recipients.asList();
    for (int r = 0; r < inOrder.size(); r++) {
      parties[r + 1] = inOrder.get(r);
    }
    MemberId focalId = focal == null ? null : focal.id();
    for (int i = 0; i < memberCount; i++) {
      MemberId party = parties[i];
      Member m = network.member(party).orElse(null);
      require(m != null || party.equals(focalId), i == 0 ? "sender" : "recipients", party);
      professionals[i] = m instanceof Professional pro ? pro : null;
    }
    for (int j = 0; j < outside.size(); j++) {
      parties[memberCount + j] = outside.get(j).id();
      professionals[memberCount + j] = outside.get(j);
    }
    this.purpose = next.purpose().orElse(null);
    this.categories = explained ? ImmutableList.sortedCopyOf(next.categories()) : next.categories();
  }

  private void require(boolean known, String field, MemberId id) {
    if (!known) {
      throw new IllegalArgumentException("InformationFlow." + field + ": " + QuotedInput.quote(id) + " of flow "
          + QuotedInput.quote(flow().id()) + " is not an individual of network " + QuotedInput.quote(network.id())
          + "; add the member or correct the flow");
    }
  }

  /** @return the record the view reads */
  public final SharingRecord record() {
    return record;
  }

  /** @return the network */
  public final Network network() {
    return network;
  }

  /** @return the network's focal person, or null */
  public final @Nullable Person focal() {
    return focal;
  }

  /** @return the flow */
  public final InformationFlow flow() {
    return Objects.requireNonNull(flow, "FlowView: read before retarget");
  }

  /** @return the flow's date, the day judged */
  public final LocalDate date() {
    return date;
  }

  /** @return whom the flow is about */
  public final MemberId about() {
    return Objects.requireNonNull(about, "FlowView: read before retarget");
  }

  /** @return the focal person when the flow is about her, else null */
  public final @Nullable Person person() {
    return person;
  }

  /** @return the number of parties, the sender included */
  public final int partyCount() {
    return partyCount;
  }

  /**
   * Returns a party.
   *
   * @param i 0 for the sender, then each recipient
   * @return the party's id
   */
  public final MemberId party(int i) {
    return parties[i];
  }

  /**
   * Returns a party's professional record, as a member of the network or an identified professional outside it.
   *
   * @param i 0 for the sender, then each recipient
   * @return the record, or null when the party is not a professional
   */
  public final @Nullable ProfessionalProfile professional(int i) {
    return professionals[i];
  }

  /**
   * Returns a party's record as a member of the network, when a professional member.
   *
   * @param i 0 for the sender, then each recipient
   * @return the member's record, or null for a party who is not a professional or is outside the network
   */
  public final @Nullable Professional memberProfessional(int i) {
    return professionals[i] instanceof Professional p ? p : null;
  }

  /**
   * Tells whether a party is a professional outside the network ({@link InformationFlow#outsideProfessionals()}).
   *
   * @param i 0 for the sender, then each recipient
   * @return true for an outside professional
   */
  public final boolean isOutside(int i) {
    return i >= memberCount;
  }

  /** @return whether the flow has at least one recipient */
  public final boolean hasRecipient() {
    return partyCount > 1;
  }

  /**
   * Tells whether someone is a party to the flow.
   *
   * @param id a member's id
   * @return true for the sender or a recipient
   */
  public final boolean isParty(MemberId id) {
    for (int i = 0; i < partyCount; i++) {
      if (parties[i].equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the working record of who is owed information before the flow, which the steps fill; empty when
   * the view is pointed at a flow.
   *
   * @return the information owed so far
   */
  public final Owed owed() {
    return owed;
  }

  /**
   * Notes a fact a step turns on and found not recorded; the regime then answers
   * {@link org.maillage.sharing.SharingOutcome#INCOMPLETE} with every fact noted, unless a condition recorded as
   * failed settles the flow first ({@link #forgetUnknowns()}).
   *
   * @param kind the kind of fact
   * @param member whom it is about, or null for the network
   */
  public final void unknown(FactKind kind, @Nullable MemberId member) {
    Unknown fact = new Unknown(kind, member);
    if (!unknowns.contains(fact)) {
      unknowns.add(fact);
    }
  }

  /**
   * Returns the facts noted as not recorded for the flow.
   *
   * @return the facts, in the order met; a working list, copied by {@link Verdict#incomplete}
   */
  public final List<Unknown> unknowns() {
    return unknowns;
  }

  /** Forgets the facts noted as not recorded: a condition recorded as failed settled the step without them. */
  public final void forgetUnknowns() {
    unknowns.clear();
  }

  /**
   * Returns how a fact is recorded by hypothesis, while the deliberation asks what each recording would give.
   * A jurisdiction's reader of facts asks it before the record.
   *
   * @param kind the kind of fact
   * @param member whom it is about
   * @return the way it is taken as recorded, or null when the fact is read from the record
   */
  public final @Nullable Labelled hypothesis(FactKind kind, MemberId member) {
    for (int i = 0; i < hypotheses; i++) {
      Unknown fact = hypothesisFacts[i];
      if (fact != null && fact.kind() == kind && member.equals(fact.about())) {
        return hypothesisWays[i];
      }
    }
    return null;
  }

  /**
   * Returns how a fact about the network (no member) is recorded by hypothesis, while the deliberation asks what
   * each recording would give. A jurisdiction's reader of network facts asks it before the record.
   *
   * @param kind the kind of fact
   * @return the way it is taken as recorded, or null when the fact is read from the record
   */
  public final @Nullable Labelled networkHypothesis(FactKind kind) {
    for (int i = 0; i < hypotheses; i++) {
      Unknown fact = hypothesisFacts[i];
      if (fact != null && fact.kind() == kind && fact.about() == null) {
        return hypothesisWays[i];
      }
    }
    return null;
  }

  /**
   * Tells whether a fact is taken as recorded by hypothesis, for a reading that summarises the record once and
   * must read it afresh under a hypothesis.
   *
   * @return true while the deliberation asks what a recording would give
   */
  public final boolean hasHypotheses() {
    return hypotheses > 0;
  }

  /**
   * Takes one more fact as recorded one way, for the deliberation's re-decisions, until {@link #forget}.
   *
   * @param fact the fact
   * @param way how it is taken as recorded
   * @throws IllegalStateException beyond two facts
   */
  final void hypothesise(Unknown fact, Labelled way) {
    if (hypotheses == hypothesisFacts.length) {
      throw new IllegalStateException("FlowView.hypothesise: at most " + hypothesisFacts.length + " facts");
    }
    hypothesisFacts[hypotheses] = fact;
    hypothesisWays[hypotheses] = way;
    hypotheses++;
  }

  /**
   * Forgets the facts taken by hypothesis beyond the first {@code keep}.
   *
   * @param keep how many to keep, 0 to read the record only
   */
  final void forget(int keep) {
    for (int i = keep; i < hypotheses; i++) {
      hypothesisFacts[i] = null;
      hypothesisWays[i] = null;
    }
    hypotheses = Math.min(hypotheses, keep);
  }

  /**
   * Returns the ways a fact can be recorded, each asked once by the deliberation of an incomplete decision: a
   * bounded list per kind of fact. By default {@link Recording#YES} and {@link Recording#NO}; a jurisdiction
   * overrides it for the facts whose recording is a category.
   *
   * @param kind the kind of fact
   * @return the ways, in the order the answers list them
   */
  public List<? extends Labelled> waysOf(FactKind kind) {
    return WAYS;
  }

  /** @return the declared purpose, or null */
  public final @Nullable Purpose purpose() {
    return purpose;
  }

  /** @return the categories carried, sorted when the grounds are explained */
  public final ImmutableCollection<InformationCategory> categories() {
    return categories;
  }

  /**
   * Tells whether someone was told beforehand; the person's presence counts for the nature of the information
   * and its recipients, never for the right to object nor the terms of a consent.
   *
   * @param who the person told
   * @param subject what they were told
   * @return true if the record shows it on or before the flow's date
   */
  public final boolean informed(MemberId who, InformingSubject subject) {
    InformationFlow flow = flow();
    if (flow.personPresent() && who.equals(about) && subject != InformingSubject.RIGHT_TO_OBJECT
        && subject != InformingSubject.CONSENT_TERMS) {
      return true;
    }
    if (flowInformings == null) {
      flowInformings = network.informingsFor(flow.id());
    }
    return record.informedBefore(flowInformings, flow, who, subject);
  }

  /**
   * Returns those not told beforehand of the nature of the information.
   *
   * @param addressees whom to inform
   * @return those not informed, in the order given
   */
  public final List<MemberId> notInformed(Collection<MemberId> addressees) {
    List<MemberId> missing = new ArrayList<>(addressees.size());
    for (MemberId a : addressees) {
      if (!informed(a, InformingSubject.NATURE_OF_INFORMATION)) {
        missing.add(a);
      }
    }
    return missing;
  }

  /**
   * Returns an objection by the person or a representative that blocks the flow.
   *
   * @return the first blocking objection, the person's first, or null
   */
  public final @Nullable Objection blockingObjection() {
    Objection found = scan(about());
    if (found == null && person != null) {
      List<LegalRepresentative> representatives = person.representatives();
      for (int i = 0; i < representatives.size() && found == null; i++) {
        found = scan(representatives.get(i).id());
      }
    }
    return found;
  }

  private @Nullable Objection scan(MemberId by) {
    return record.firstBlockingObjection(by, flow());
  }
}
