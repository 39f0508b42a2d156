package org.maillage.network;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.FlowId;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.OrganisationId;
import org.maillage.QuotedInput;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.NetworkIndex.Slot;
import org.maillage.partnership.Partnership;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.Objection;

/**
 * The structural invariants of a {@link Network}: what cannot be written down at all. Business rules are
 * validation rules, in core; nothing here judges practice.
 *
 * <p>Every problem is collected, then one {@link InvalidModelException} reports them all, each with its path
 * ({@code Network.ties[t-1].first}) and a fix, so that an importer maps every one back to its record. Ids are
 * quoted through {@link QuotedInput}; a judicial measure, whose reference is personal, is named by its
 * position in the person's list.
 *
 * <p>The same pass builds the network's {@link NetworkIndex}: the look-up that checks a reference (to an
 * individual, an organisation, a flow, a professional) is the one that files the part under the id it names, so
 * the value's indexes cost the build little more than its checks, and a first validation finds them made.
 *
 * <p>Linear in the network's parts: every part is read once, and every reference it makes is checked by one
 * look-up in an open-addressing table, never by a search of a list. A problem's field and message are written
 * only when there is a problem.
 */
final class NetworkStructure {
  private final Network n;
  private final List<ModelProblem> problems = new ArrayList<>(0);
  /** Every individual and representative, by id; the first member of a repeated id kept. */
  private final NetworkIndex.Table<Slot> slots;
  private final @Nullable Person person;
  private final ImmutableSet<MemberId> personAndRepresentatives;
  private @Nullable MemberId focalId;
  private NetworkIndex.@Nullable Table<Organisation> organisations;
  private ImmutableList<Professional> professionals = ImmutableList.of();
  private ImmutableList<PrimaryMember> primaryMembers = ImmutableList.of();
  private ImmutableList<Participant> participants = ImmutableList.of();
  /** Each individual's ties, chained ({@link NetworkIndex#nextTieEnd}). */
  private int[] nextTieEnd = new int[0];
  private ImmutableSet<MemberId> designated = ImmutableSet.of();
  private NetworkIndex.@Nullable Table<NetworkIndex.FlowGroup> flowGroups;

  private NetworkStructure(Network n) {
    this.n = n;
    Optional<Person> focal = n.focalPerson();
    this.person = focal.isPresent() ? focal.get() : null;
    this.personAndRepresentatives = person != null ? person.personAndRepresentatives() : ImmutableSet.of();
    this.slots = new NetworkIndex.Table<>(n.members().size() + personAndRepresentatives.size());
  }

  /**
   * Checks the structure of a network and builds its indexes.
   *
   * @param n the network
   * @return its indexes
   * @throws InvalidModelException listing every structural problem, if there is any
   */
  static NetworkIndex check(Network n) {
    return new NetworkStructure(n).checkAll();
  }

  private void problem(String field, String what, String fix) {
    problems.add(ModelProblem.of("Network", n.id(), field, what + " in network " + QuotedInput.quote(n.id()) + "; "
        + fix));
  }

  private static String key(Object id) {
    return QuotedInput.escape(id.toString());
  }

  /** The field {@code list[element]suffix}, or {@code list suffix} without an element; written for a problem. */
  private static String field(String list, @Nullable Object element, String suffix) {
    return element == null ? list + suffix : list + "[" + key(element) + "]" + suffix;
  }

  /** Each part in turn, in the order the problems are reported; one small method each, for the compiler. */
  private NetworkIndex checkAll() {
    individuals();
    organisations();
    ties();
    meetings();
    statusHistory();
    referents();
    project();
    partnership();
    flows();
    agreements();
    informings();
    objectionsAndConsents();
    jurisdictionFacts();
    measures();
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
    slots.forEachValue(Slot::finish);
    NetworkIndex.Table<NetworkIndex.FlowGroup> flows = requireNonNull(flowGroups);
    flows.forEachValue(NetworkIndex.FlowGroup::finish);
    return new NetworkIndex(focalId, slots, n.ties(), nextTieEnd, requireNonNull(organisations), flows,
        primaryMembers, professionals, participants, designated);
  }

  private static <T> T requireNonNull(@Nullable T value) {
    return java.util.Objects.requireNonNull(value);
  }

  /** The focal person, the members (each id once), and the person's representatives. */
  private void individuals() {
    ImmutableList<Member> members = n.members();
    if (person != null) {
      MemberId id = person.id();
      focalId = id;
      Slot slot = new Slot(id);
      slot.individual = true;
      slots.putIfAbsent(id.value(), slot);
    }
    // each sort's list sized exactly, so that no builder grows nor copies its array when built
    int primaryCount = 0;
    int professionalCount = 0;
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      if (m instanceof PrimaryMember) {
        primaryCount++;
      } else if (m instanceof Professional) {
        professionalCount++;
      }
    }
    ImmutableList.Builder<PrimaryMember> primaryMembers = ImmutableList.builderWithExpectedSize(primaryCount);
    ImmutableList.Builder<Professional> professionals = ImmutableList.builderWithExpectedSize(professionalCount);
    ImmutableList.Builder<Participant> participants =
        ImmutableList.builderWithExpectedSize(members.size() - primaryCount - professionalCount);
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      Slot slot = new Slot(m.id());
      @Nullable Slot there = slots.putIfAbsent(m.id().value(), slot);
      if (there == null) {
        slot.member = m;
        slot.individual = true;
        slot.position = i;
      } else {
        if (there.member == null) {
          there.member = m;
        }
        problem("members[" + key(m.id()) + "]", "id " + QuotedInput.quote(m.id()) + " is used twice (or is the focal "
            + "person's)", "give each individual one id");
      }
      if (m instanceof PrimaryMember) {
        primaryMembers.add((PrimaryMember) m);
      } else if (m instanceof Professional) {
        professionals.add((Professional) m);
      } else if (m instanceof Participant) {
        participants.add((Participant) m);
      }
    }
    this.primaryMembers = primaryMembers.build();
    this.professionals = professionals.build();
    this.participants = participants.build();
    // who may be informed, object or consent: the individuals, and the person's representatives
    for (MemberId speaker : personAndRepresentatives) {
      if (slots.get(speaker.value()) == null) {
        slots.putIfAbsent(speaker.value(), new Slot(speaker));
      }
    }
  }

  /** The organisations (each id once), then each professional's, and their institutions. */
  private void organisations() {
    ImmutableList<Organisation> organisationList = n.organisations();
    NetworkIndex.Table<Organisation> organisations = new NetworkIndex.Table<>(organisationList.size());
    this.organisations = organisations;
    for (int i = 0; i < organisationList.size(); i++) {
      Organisation o = organisationList.get(i);
      if (organisations.putIfAbsent(o.id().value(), o) != null) {
        problem("organisations[" + key(o.id()) + "]", "id " + QuotedInput.quote(o.id()) + " is used twice",
            "list each organisation once");
      }
    }
    // each professional's organisation recorded; their institutions are read from it when asked
    // (Network#institutionOf, Network#institutions)
    for (int i = 0; i < professionals.size(); i++) {
      Professional p = professionals.get(i);
      Optional<OrganisationId> organisation = p.organisation();
      if (organisation.isPresent() && organisations.get(organisation.get().value()) == null) {
        problem("members[" + key(p.id()) + "].organisation", QuotedInput.quote(organisation.get())
            + " is not an organisation", "add it to organisations or correct the professional");
      }
    }
  }

  /** The ties (each id once, both ends individuals), each end filed under its individual. */
  private void ties() {
    ImmutableList<Tie> ties = n.ties();
    NetworkIndex.Table<Boolean> ids = NetworkIndex.Table.setOf(ties.size());
    int[] nextTieEnd = new int[2 * ties.size()];
    this.nextTieEnd = nextTieEnd;
    for (int i = 0; i < ties.size(); i++) {
      Tie t = ties.get(i);
      unique(ids, t.id().value(), "ties");
      @Nullable Slot first = individual(t.first(), "ties", t.id(), ".first", "correct the tie or add the member");
      @Nullable Slot second = individual(t.second(), "ties", t.id(), ".second", "correct the tie or add the member");
      if (first != null) {
        first.fileTieEnd(2 * i, nextTieEnd);
      }
      if (second != null) {
        second.fileTieEnd(2 * i + 1, nextTieEnd);
      }
    }
  }

  /** The meetings: each id once, participants and facilitator individuals. */
  private void meetings() {
    ImmutableList<Meeting> meetings = n.meetings();
    NetworkIndex.Table<Boolean> ids = NetworkIndex.Table.setOf(meetings.size());
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      unique(ids, m.id().value(), "meetings");
      for (MemberId p : m.participants()) {
        individual(p, "meetings", m.id(), ".participants", "correct the meeting or add the member");
      }
      Optional<MemberId> facilitator = m.facilitator();
      if (facilitator.isPresent()) {
        individual(facilitator.get(), "meetings", m.id(), ".facilitator", "correct the meeting or add the member");
      }
    }
  }

  /** The status changes, in date order from the creation. */
  private void statusHistory() {
    LocalDate previous = n.created();
    for (int i = 0; i < n.statusHistory().size(); i++) {
      StatusChange c = n.statusHistory().get(i);
      if (c.date().isBefore(previous)) {
        problem("statusHistory[" + i + "]", "change on " + QuotedInput.quote(c.date()) + " comes before "
            + QuotedInput.quote(previous) + " (creation or previous change)",
            "list changes in date order, on or after creation");
      }
      if (c.date().isAfter(previous)) {
        previous = c.date();
      }
    }
  }

  /** The référent designations and assessments: each names a professional; designations filed by them. */
  private void referents() {
    ImmutableList<ReferentDesignation> designations = n.referents();
    if (!designations.isEmpty()) {
      ImmutableSet.Builder<MemberId> designated = ImmutableSet.builderWithExpectedSize(designations.size());
      for (int i = 0; i < designations.size(); i++) {
        ReferentDesignation d = designations.get(i);
        @Nullable Slot slot = professional(d.professional(), "referents");
        if (slot != null) {
          if (slot.fileDesignation(d)) {
            designated.add(slot.id);
          }
        }
      }
      this.designated = designated.build();
    }
    for (QualityAssessment a : n.referentAssessments()) {
      professional(a.referent(), "referentAssessments.referent");
    }
  }

  /** The project's objectives: each id once, each means held by an individual, whose slot is marked. */
  private void project() {
    Optional<PersonalisedProject> project = n.project();
    if (project.isEmpty()) {
      return;
    }
    ImmutableList<Objective> objectives = project.get().objectives();
    NetworkIndex.Table<Boolean> ids = NetworkIndex.Table.setOf(objectives.size());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      unique(ids, o.id().value(), "project.objectives");
      ImmutableList<Means> means = o.means();
      for (int j = 0; j < means.size(); j++) {
        @Nullable Slot holder = individual(means.get(j).holder(), "project.objectives", o.id(), ".means.holder",
            "assign the means to a member of the network");
        if (holder != null) {
          holder.holdsMeans = true;
        }
      }
    }
  }

  /** The partnership's parties: individuals and organisations of the network. */
  private void partnership() {
    Optional<Partnership> partnership = n.partnership();
    if (partnership.isEmpty()) {
      return;
    }
    for (MemberId m : partnership.get().members()) {
      individual(m, "partnership.members", null, "", "add the member or correct the party");
    }
    NetworkIndex.Table<Organisation> organisations = requireNonNull(this.organisations);
    for (OrganisationId o : partnership.get().organisations()) {
      if (organisations.get(o.value()) == null) {
        problem("partnership.organisations", QuotedInput.quote(o) + " is not an organisation",
            "add it to organisations or correct the party");
      }
    }
  }

  /** The flows: each id once, sender and recipients individuals, about the person or another speaker. */
  private void flows() {
    ImmutableList<InformationFlow> flows = n.flows();
    NetworkIndex.Table<NetworkIndex.FlowGroup> flowGroups = new NetworkIndex.Table<>(flows.size());
    this.flowGroups = flowGroups;
    for (int i = 0; i < flows.size(); i++) {
      InformationFlow f = flows.get(i);
      if (flowGroups.putIfAbsent(f.id().value(), new NetworkIndex.FlowGroup()) != null) {
        duplicate("flows", f.id());
      }
      individual(f.sender(), "flows", f.id(), ".sender", "the sender must be an individual of the network");
      for (MemberId to : f.recipients()) {
        individual(to, "flows", f.id(), ".recipients", "recipients must be individuals of the network");
      }
      for (OutsideProfessional outside : f.outsideProfessionals()) {
        if (slots.get(outside.id().value()) != null) {
          problem(field("flows", f.id(), ".outsideProfessionals"), QuotedInput.quote(outside.id())
              + " is an individual of the network", "name a member among the recipients, not as an outside "
              + "professional");
        }
      }
      speaker(f.about(), "flows", f.id(), ".about", "a flow is about the person or another individual");
    }
  }

  /** The informings: of a speaker, by an individual, naming a flow of the network; filed by informed and flow. */
  private void informings() {
    NetworkIndex.Table<NetworkIndex.FlowGroup> flowGroups = requireNonNull(this.flowGroups);
    ImmutableList<Informing> informings = n.informings();
    for (int i = 0; i < informings.size(); i++) {
      Informing informing = informings.get(i);
      @Nullable Slot informed = speaker(informing.informed(), "informings.informed", null, "",
          "name the person or a representative");
      Optional<MemberId> by = informing.by();
      if (by.isPresent()) {
        individual(by.get(), "informings.by", null, "", "name a member of the network");
      }
      Optional<FlowId> flow = informing.flow();
      if (flow.isPresent()) {
        NetworkIndex.@Nullable FlowGroup group = flowGroups.get(flow.get().value());
        if (group == null) {
          problem("informings.flow", QuotedInput.quote(flow.get()) + " is not a flow",
              "add the flow or leave the information general");
        } else {
          group.add(informing);
        }
      }
      if (informed != null) {
        informed.fileInforming(informing, flow.isEmpty());
      }
    }
  }

  /** The objections and consents: each by a speaker, filed under them. */
  private void objectionsAndConsents() {
    ImmutableList<Objection> objections = n.objections();
    for (int i = 0; i < objections.size(); i++) {
      Objection o = objections.get(i);
      @Nullable Slot by = speaker(o.by(), "objections.by", null, "", "name the person or a representative");
      if (by != null) {
        by.fileObjection(o);
      }
    }
    ImmutableList<Consent> consents = n.consents();
    for (int i = 0; i < consents.size(); i++) {
      Consent c = consents.get(i);
      @Nullable Slot by = speaker(c.by(), "consents.by", null, "", "name the person or a representative");
      if (by != null) {
        by.fileConsent(c);
      }
    }
  }

  /**
   * The person's agreements: by the person, a representative, or another relative, a primary member of the
   * network (an agreement is recorded on the person, who cannot see the network's members).
   */
  private void agreements() {
    if (person == null) {
      return;
    }
    ImmutableList<Agreement> agreements = person.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      MemberId by = agreements.get(i).by();
      @Nullable Slot slot = slots.get(by.value());
      if (!personAndRepresentatives.contains(by) && (slot == null || !(slot.member instanceof PrimaryMember))) {
        problem("focalPerson.agreements[" + i + "].by", QuotedInput.quote(by)
            + " is neither the person, a representative nor a relative", "add the relative as a primary member or "
            + "fix the agreement");
      }
    }
  }

  /** The members each jurisdiction fact names: individuals of the network. */
  private void jurisdictionFacts() {
    for (int i = 0; i < n.jurisdictionFacts().size(); i++) {
      for (Map.Entry<String, MemberId> named : n.jurisdictionFacts().get(i).namedMembers().entrySet()) {
        individual(named.getValue(), "jurisdictionFacts[" + i + "]." + named.getKey(), null, "",
            "name a member of the network");
      }
    }
  }

  /** The professionals each judicial measure of the person mandates. */
  private void measures() {
    if (person == null) {
      return;
    }
    ImmutableList<JudicialMeasure> measures = person.measures();
    for (int i = 0; i < measures.size(); i++) {
      JudicialMeasure m = measures.get(i);
      for (MemberId p : m.mandated()) {
        // the measure by its position: its reference is personal (Disclosure.Kind.PERSONAL)
        professional(p, "focalPerson.measures[" + i + "].mandated");
      }
    }
  }

  /** Records the id's text as seen; a problem if it was seen already (its text is the id's {@code toString()}). */
  private void unique(NetworkIndex.Table<Boolean> seen, String id, String field) {
    if (seen.putIfAbsent(id, Boolean.TRUE) != null) {
      duplicate(field, id);
    }
  }

  private void duplicate(String field, Object id) {
    problem(field + "[" + key(id) + "]", "id " + QuotedInput.quote(id) + " is used twice",
        "give each one its own id");
  }

  /** The slot of an individual (the focal person or a member), or null after recording a problem. */
  private @Nullable Slot individual(MemberId id, String list, @Nullable Object element, String suffix, String fix) {
    @Nullable Slot slot = slots.get(id.value());
    if (slot == null || !slot.individual) {
      problem(field(list, element, suffix), QuotedInput.quote(id) + " is not an individual", fix);
      return null;
    }
    return slot;
  }

  /** The slot of whoever may be informed, object or consent, or null after recording a problem. */
  private @Nullable Slot speaker(MemberId id, String list, @Nullable Object element, String suffix, String fix) {
    @Nullable Slot slot = slots.get(id.value());
    if (slot == null) {
      problem(field(list, element, suffix), QuotedInput.quote(id) + " is not an individual", fix);
    }
    return slot;
  }

  /** The slot of a professional member, or null after recording a problem. */
  private @Nullable Slot professional(MemberId id, String field) {
    @Nullable Slot slot = slots.get(id.value());
    if (slot == null || !(slot.member instanceof Professional)) {
      problem(field, QuotedInput.quote(id) + " is not a professional",
          "only professionals of the network can be named here");
      return null;
    }
    return slot;
  }
}
