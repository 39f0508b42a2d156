package org.maillage.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maillage.member.Competence;
import org.maillage.member.Member;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.person.Person;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.sharing.InformationFlow;

/**
 * The same network as plain Java records of strings, dates and lists (no Maillage types), for the hand-written
 * baseline and as the source of {@link PlainBeans}. Enum values become their names, ids their values, absent
 * optionals {@code null}. The records accept nulls, so tests can build broken ones.
 */
final class PlainRecords {
  private PlainRecords() {}

  /** A network: the fields the bean constraints look at. */
  record NetworkRecord(String id, LocalDate created, String formality, PersonRecord person,
      GovernanceRecord governance, List<OrganisationRecord> organisations, List<MemberRecord> members,
      List<TieRecord> ties, List<MeetingRecord> meetings, List<FlowRecord> flows, List<ObjectiveRecord> objectives,
      List<ReferentRecord> referents, List<LocalDate> evaluations) {}

  /** The focal person (<i>personne accompagnée</i>). */
  record PersonRecord(String id, String lifeStage, List<String> needSpheres, List<StrengthRecord> strengths,
      List<AgreementRecord> agreements) {}

  /** A strength of the person; {@code sphere} may be null. */
  record StrengthRecord(String kind, String sphere) {}

  /** An agreement to the network. */
  record AgreementRecord(String by, LocalDate given) {}

  /** The governance; every field but the tools may be null. */
  record GovernanceRecord(String place, List<String> communicationTools, String facilitation, String traces,
      LocalDate charterAdopted) {}

  /** An organisation; {@code parent} may be null. */
  record OrganisationRecord(String id, String kind, String sector, String parent) {}

  /** A member, primary or professional; {@code relation}, {@code organisation} and {@code delegation} may be null. */
  record MemberRecord(String id, String kind, String sector, String horizon, LocalDate joined, int involvementPeriods,
      String relation, String organisation, List<CompetenceRecord> competences, String delegation) {}

  /** A competence of a professional. */
  record CompetenceRecord(String role, List<String> spheres) {}

  /** A tie between two individuals. */
  record TieRecord(String id, String first, String second, String nature, String quality, int multiplexity,
      List<SupportRecord> supports) {}

  /** One kind of support along a tie. */
  record SupportRecord(String type, String direction) {}

  /** A meeting; {@code facilitator} may be null. */
  record MeetingRecord(String id, LocalDate date, List<String> participants, String facilitator) {}

  /** A flow of information; {@code purpose} may be null. */
  record FlowRecord(String id, String sender, List<String> recipients, String about, LocalDate date, String mode,
      PurposeRecord purpose, List<String> categories) {}

  /** The purpose of a flow. */
  record PurposeRecord(String kind, List<String> needs) {}

  /** An objective of the personalised project. */
  record ObjectiveRecord(String id, String sphere, List<String> participation, List<String> meansHolders) {}

  /** A référent designation. */
  record ReferentRecord(String professional, LocalDate from) {}

  /**
   * Copies a person-centred network into records.
   *
   * @param network a network with a focal person
   * @return the records
   * @throws java.util.NoSuchElementException if the network has no focal person
   */
  static NetworkRecord of(Network network) {
    Person p = network.focalPerson().orElseThrow();
    PersonRecord person = new PersonRecord(p.id().value(), p.lifeStage().name(),
        map(p.needs(), n -> n.sphere().code()),
        map(p.strengths(), s -> new StrengthRecord(s.kind().name(), s.sphere().map(x -> x.code()).orElse(null))),
        map(p.agreements(), a -> new AgreementRecord(a.by().value(), a.given())));
    GovernanceRecord governance = new GovernanceRecord(network.governance().place().orElse(null),
        List.copyOf(network.governance().communicationTools()), network.governance().facilitation().orElse(null),
        network.governance().traces().orElse(null),
        network.governance().ethicsCharter().map(c -> c.adopted()).orElse(null));
    PersonalisedProject project = network.project().orElseThrow();
    return new NetworkRecord(network.id().value(), network.created(), network.formality().name(), person,
        governance,
        map(network.organisations(), o -> new OrganisationRecord(o.id().value(), o.kind().name(), o.sector().name(),
            o.parent().map(x -> x.value()).orElse(null))),
        map(network.members(), PlainRecords::member),
        map(network.ties(), PlainRecords::tie),
        map(network.meetings(), m -> new MeetingRecord(m.id().value(), m.date(),
            map(List.copyOf(m.participants()), x -> x.value()), m.facilitator().map(x -> x.value()).orElse(null))),
        map(network.flows(), PlainRecords::flow),
        map(project.objectives(), PlainRecords::objective),
        map(network.referents(), r -> new ReferentRecord(r.professional().value(), r.period().start())),
        map(network.evaluations(), e -> e.date()));
  }

  private static MemberRecord member(Member m) {
    String kind = m instanceof PrimaryMember ? "PRIMARY" : m instanceof Professional ? "PROFESSIONAL" : "PARTICIPANT";
    String relation = m instanceof PrimaryMember primary ? primary.relation().name()
        : m instanceof Participant participant ? participant.role().name() : null;
    List<CompetenceRecord> competences = List.of();
    String organisation = null;
    String delegation = null;
    if (m instanceof Professional professional) {
      competences = map(professional.competences(), PlainRecords::competence);
      organisation = professional.organisation().map(x -> x.value()).orElse(null);
      delegation = professional.delegation().map(d -> d.reference()).orElse(null);
    }
    return new MemberRecord(m.id().value(), kind, m.sector().name(), m.horizon().name(),
        m.involvements().get(0).start(), m.involvements().size(), relation, organisation, competences, delegation);
  }

  private static CompetenceRecord competence(Competence c) {
    return new CompetenceRecord(c.role(), map(List.copyOf(c.spheres()), s -> s.code()));
  }

  private static TieRecord tie(Tie t) {
    List<SupportRecord> supports = new ArrayList<>();
    for (Map.Entry<SupportType, SupportDirection> e : t.supports().entrySet()) {
      supports.add(new SupportRecord(e.getKey().name(), e.getValue().name()));
    }
    return new TieRecord(t.id().value(), t.first().value(), t.second().value(), t.nature().name(),
        t.quality().name(), t.multiplexity(), List.copyOf(supports));
  }

  private static FlowRecord flow(InformationFlow f) {
    PurposeRecord purpose = f.purpose()
        .map(p -> new PurposeRecord(p.kind().name(), map(List.copyOf(p.needs()), c -> c.name())))
        .orElse(null);
    return new FlowRecord(f.id().value(), f.sender().value(), map(List.copyOf(f.recipients()), x -> x.value()),
        f.about().value(), f.date(), f.mode().name(), purpose, map(List.copyOf(f.categories()), c -> c.name()));
  }

  private static ObjectiveRecord objective(Objective o) {
    return new ObjectiveRecord(o.id().value(), o.sphere().code(),
        map(List.copyOf(o.participation()), x -> x.name()), map(o.means(), x -> x.holder().value()));
  }

  private static <T, R> List<R> map(List<T> from, java.util.function.Function<? super T, R> to) {
    List<R> result = new ArrayList<>(from.size());
    for (T t : from) {
      result.add(to.apply(t));
    }
    return List.copyOf(result);
  }
}
