package org.maillage.formats.pseudonym;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Mandate;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalStanding;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Evaluation;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.network.StatusChange;
import org.maillage.network.Tie;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Convention;
import org.maillage.partnership.Origin;
import org.maillage.partnership.Partnership;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.MinorOfFamily;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RecordedView;
import org.maillage.person.Strength;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.SocialActionTrigger;

/**
 * One run of the transform over one network: every part rebuilt with its ids replaced, its withheld texts
 * removed or replaced and its dates treated. Each part is copied first ({@code builder().from(part)}), so that an
 * attribute added to the model later is carried; the {@link WithheldGuard} then refuses the result if such an
 * attribute holds personal text or an original id.
 *
 * <p>Not thread-safe: one instance per transform. Linear in the network's parts.
 */
final class Rewrite {
  /** The kind of the pseudonyms put in place of personal and free texts. */
  static final String TEXT = "text";

  static final String MEMBER = "m";
  static final String ORGANISATION = "o";
  static final String NETWORK = "n";
  static final String TIE = "t";
  static final String MEETING = "mt";
  static final String FLOW = "f";
  static final String OBJECTIVE = "ob";

  private final Pseudonyms pseudonyms;
  private final Function<LocalDate, LocalDate> dates;

  Rewrite(Pseudonyms pseudonyms, Function<LocalDate, LocalDate> dates) {
    this.pseudonyms = pseudonyms;
    this.dates = dates;
  }

  // ---- leaves ---------------------------------------------------------------------------------------

  MemberId id(MemberId id) {
    return MemberId.of(pseudonyms.of(MEMBER, id.value()));
  }

  OrganisationId id(OrganisationId id) {
    return OrganisationId.of(pseudonyms.of(ORGANISATION, id.value()));
  }

  NetworkId id(NetworkId id) {
    return NetworkId.of(pseudonyms.of(NETWORK, id.value()));
  }

  TieId id(TieId id) {
    return TieId.of(pseudonyms.of(TIE, id.value()));
  }

  MeetingId id(MeetingId id) {
    return MeetingId.of(pseudonyms.of(MEETING, id.value()));
  }

  FlowId id(FlowId id) {
    return FlowId.of(pseudonyms.of(FLOW, id.value()));
  }

  ObjectiveId id(ObjectiveId id) {
    return ObjectiveId.of(pseudonyms.of(OBJECTIVE, id.value()));
  }

  LocalDate date(LocalDate date) {
    return dates.apply(date);
  }

  private Optional<LocalDate> date(Optional<LocalDate> date) {
    return date.map(dates);
  }

  Period period(Period period) {
    return Period.of(date(period.start()), date(period.end()));
  }

  private ImmutableList<Period> periods(Collection<Period> periods) {
    return map(periods, this::period);
  }

  private ImmutableSet<MemberId> members(Collection<MemberId> ids) {
    ImmutableSet.Builder<MemberId> out = ImmutableSet.builderWithExpectedSize(ids.size());
    for (MemberId id : ids) {
      out.add(id(id));
    }
    return out.build();
  }

  private Optional<MemberId> member(Optional<MemberId> id) {
    return id.map(this::id);
  }

  /**
   * A personal or free text's replacement: a keyed pseudonym of the text ({@code "text-"} and 20 base32
   * characters), so that equal texts stay equal and different ones different (a rule comparing two mandates'
   * references answers as it did); a blank text stays as it is, since it holds nothing.
   */
  private String replace(String value) {
    return value.isBlank() ? value : pseudonyms.of(TEXT, value);
  }

  /** An optional text: kept when the model classifies it as a code or label, else replaced. */
  private Optional<String> text(Class<?> type, String accessor, Optional<String> value) {
    return Disclosures.isWithheld(type, accessor) ? value.map(this::replace) : value;
  }

  /** A required text: kept when a code or label, else replaced. */
  private String required(Class<?> type, String accessor, String value) {
    return Disclosures.isWithheld(type, accessor) ? replace(value) : value;
  }

  /** A set of texts: kept when codes or labels, else each replaced. */
  private ImmutableSet<String> texts(Class<?> type, String accessor, ImmutableSet<String> values) {
    return Disclosures.isWithheld(type, accessor) ? ImmutableSet.copyOf(map(values, this::replace)) : values;
  }

  /** A list of texts: kept when codes or labels, else each replaced. */
  private ImmutableList<String> texts(Class<?> type, String accessor, ImmutableList<String> values) {
    return Disclosures.isWithheld(type, accessor) ? map(values, this::replace) : values;
  }

  private static <T, R> ImmutableList<R> map(Collection<T> values, Function<? super T, ? extends R> f) {
    ImmutableList.Builder<R> out = ImmutableList.builderWithExpectedSize(values.size());
    for (T value : values) {
      out.add(f.apply(value));
    }
    return out.build();
  }

  // ---- the network ----------------------------------------------------------------------------------

  Network network(Network n) {
    Network.Builder b = Network.builder().from(n);
    b.id(id(n.id()))
        .name(text(Network.class, "name", n.name()))
        .created(date(n.created()))
        .focalPerson(n.focalPerson().map(this::person))
        .theme(text(Network.class, "theme", n.theme()))
        .territory(text(Network.class, "territory", n.territory()))
        .basis(n.basis().map(this::basis))
        .statusHistory(map(n.statusHistory(), s -> StatusChange.of(date(s.date()), s.status())))
        .governance(governance(n.governance()))
        .strategy(n.strategy().map(s -> ConcertedStrategy.of(s.kind(),
            required(ConcertedStrategy.class, "statement", s.statement()))))
        .organisations(map(n.organisations(), this::organisation))
        .members(map(n.members(), this::member))
        .ties(map(n.ties(), this::tie))
        .meetings(map(n.meetings(), this::meeting))
        .evaluations(map(n.evaluations(), this::evaluation))
        .referents(map(n.referents(), r -> ReferentDesignation.of(id(r.professional()), period(r.period()))))
        .referentAssessments(map(n.referentAssessments(), this::assessment))
        .project(n.project().map(this::project))
        .partnership(n.partnership().map(this::partnership))
        .flows(map(n.flows(), this::flow))
        .informings(map(n.informings(), this::informing))
        .objections(map(n.objections(), this::objection))
        .consents(map(n.consents(), this::consent))
        .jurisdictionFacts(map(n.jurisdictionFacts(), this::fact));
    return b.build();
  }

  private NetworkBasis basis(NetworkBasis basis) {
    Optional<String> reference = basis.reference().map(r -> required(NetworkBasis.class, "reference", r));
    NetworkBasis copy = reference.isPresent() ? NetworkBasis.of(basis.kind(), reference.get())
        : NetworkBasis.agreement();
    if (copy.kind() != basis.kind()) {
      throw new IllegalArgumentException("a network basis of kind " + basis.kind() + " without a reference cannot"
          + " be rebuilt through the public API of this version; record its reference");
    }
    return basis.period().isPresent() ? copy.inForce(period(basis.period().get())) : copy;
  }

  private Governance governance(Governance g) {
    return Governance.builder().from(g)
        .place(text(Governance.class, "place", g.place()))
        .communicationTools(texts(Governance.class, "communicationTools", g.communicationTools()))
        .facilitation(text(Governance.class, "facilitation", g.facilitation()))
        .traces(text(Governance.class, "traces", g.traces()))
        .ethicsCharter(g.ethicsCharter().map(c -> EthicsCharter.of(date(c.adopted()), c.coversCommunication())))
        .build();
  }

  // ---- the person -----------------------------------------------------------------------------------

  Person person(Person p) {
    return Person.builder().from(p)
        .id(id(p.id()))
        .name(text(Person.class, "name", p.name()))
        .birthDate(date(p.birthDate()))
        .minorsConcerned(map(p.minorsConcerned(), this::minor))
        .needs(map(p.needs(), n -> Need.builder().from(n).note(text(Need.class, "note", n.note())).build()))
        .strengths(map(p.strengths(),
            s -> Strength.builder().from(s).note(text(Strength.class, "note", s.note())).build()))
        .lifeChoices(texts(Person.class, "lifeChoices", p.lifeChoices()))
        .representatives(map(p.representatives(), r -> LegalRepresentative.builder().from(r).id(id(r.id()))
            .name(text(LegalRepresentative.class, "name", r.name())).build()))
        .agreements(map(p.agreements(), a -> Agreement.builder().from(a).by(id(a.by())).given(date(a.given()))
            .withdrawn(date(a.withdrawn())).build()))
        .views(map(p.views(), v -> RecordedView.builder().from(v).of(id(v.of())).recorded(date(v.recorded()))
            .note(text(RecordedView.class, "note", v.note())).build()))
        .measures(map(p.measures(), this::measure))
        .build();
  }

  private MinorOfFamily minor(MinorOfFamily m) {
    return MinorOfFamily.builder().from(m).id(id(m.id())).birthDate(date(m.birthDate()))
        .holdersOfParentalAuthority(map(m.holdersOfParentalAuthority(), this::id)).build();
  }

  private JudicialMeasure measure(JudicialMeasure m) {
    return JudicialMeasure.builder().from(m)
        .reference(required(JudicialMeasure.class, "reference", m.reference()))
        .judge(member(m.judge()))
        .period(period(m.period()))
        .mandated(members(m.mandated()))
        .build();
  }

  // ---- members and organisations ----------------------------------------------------------------------

  Member member(Member m) {
    if (m instanceof PrimaryMember) {
      PrimaryMember p = (PrimaryMember) m;
      return PrimaryMember.builder().from(p).id(id(p.id()))
          .name(text(PrimaryMember.class, "name", p.name())).note(text(PrimaryMember.class, "note", p.note()))
          .involvements(periods(p.involvements())).build();
    }
    if (m instanceof Participant) {
      Participant p = (Participant) m;
      return Participant.builder().from(p).id(id(p.id()))
          .name(text(Participant.class, "name", p.name())).note(text(Participant.class, "note", p.note()))
          .involvements(periods(p.involvements())).build();
    }
    Professional p = (Professional) m;
    return Professional.builder().from(p).id(id(p.id()))
        .name(text(Professional.class, "name", p.name())).note(text(Professional.class, "note", p.note()))
        .involvements(periods(p.involvements()))
        .organisation(p.organisation().map(this::id))
        .mandate(p.mandate().map(d -> Mandate.of(d.kind(), required(Mandate.class, "reference", d.reference()))))
        .delegation(p.delegation().map(d -> FormalDelegation.of(
            required(FormalDelegation.class, "reference", d.reference()), date(d.given()))))
        .standings(map(p.standings(), this::standing))
        .build();
  }

  private ProfessionalStanding standing(ProfessionalStanding s) {
    if (s instanceof FrenchStanding) {
      return s; // codes and yes-or-no answers only: no id, no date, no text
    }
    throw unknown("ProfessionalStanding", s);
  }

  private Organisation organisation(Organisation o) {
    return Organisation.builder().from(o).id(id(o.id()))
        .name(text(Organisation.class, "name", o.name()))
        .territory(text(Organisation.class, "territory", o.territory()))
        .parent(o.parent().map(this::id))
        .build();
  }

  // ---- ties, meetings, evaluations, referents ---------------------------------------------------------

  private Tie tie(Tie t) {
    return Tie.builder().from(t).id(id(t.id())).first(id(t.first())).second(id(t.second())).build();
  }

  private Meeting meeting(Meeting m) {
    return Meeting.builder().from(m).id(id(m.id())).date(date(m.date())).participants(members(m.participants()))
        .facilitator(member(m.facilitator())).note(text(Meeting.class, "note", m.note())).build();
  }

  private Evaluation evaluation(Evaluation e) {
    return Evaluation.builder().from(e).date(date(e.date()))
        .outcome(text(Evaluation.class, "outcome", e.outcome())).build();
  }

  private QualityAssessment assessment(QualityAssessment a) {
    return QualityAssessment.builder().from(a).referent(id(a.referent())).assessedBy(id(a.assessedBy()))
        .date(date(a.date())).evidence(text(QualityAssessment.class, "evidence", a.evidence())).build();
  }

  // ---- project and partnership ------------------------------------------------------------------------

  private PersonalisedProject project(PersonalisedProject p) {
    return PersonalisedProject.builder().from(p)
        .objectives(map(p.objectives(), this::objective))
        .evaluationStrategy(text(PersonalisedProject.class, "evaluationStrategy", p.evaluationStrategy()))
        .reviewDates(map(p.reviewDates(), this::date))
        .build();
  }

  private Objective objective(Objective o) {
    return Objective.builder().from(o).id(id(o.id()))
        .statement(text(Objective.class, "statement", o.statement()))
        .means(map(o.means(), m -> Means.builder().from(m).holder(id(m.holder()))
            .description(text(Means.class, "description", m.description())).build()))
        .build();
  }

  private Partnership partnership(Partnership p) {
    return Partnership.builder().from(p)
        .organisations(map(p.organisations(), this::id))
        .members(members(p.members()))
        .commonProject(text(Partnership.class, "commonProject", p.commonProject()))
        .charter(p.charter().map(c -> Charter.of(date(c.adopted()))))
        .convention(p.convention().map(c -> Convention.of(required(Convention.class, "reference", c.reference()),
            date(c.signed()))))
        .origin(p.origin().map(o -> Origin.builder().from(o)
            .legalBasis(text(Origin.class, "legalBasis", o.legalBasis()))
            .commission(text(Origin.class, "commission", o.commission())).build()))
        .period(p.period().map(this::period))
        .build();
  }

  // ---- sharing ---------------------------------------------------------------------------------------

  private InformationFlow flow(InformationFlow f) {
    ImmutableMap.Builder<MemberId, org.maillage.sharing.NotInformedReason> reasons = ImmutableMap.builder();
    for (Map.Entry<MemberId, org.maillage.sharing.NotInformedReason> e : f.notInformedReasons().entrySet()) {
      reasons.put(id(e.getKey()), e.getValue());
    }
    return InformationFlow.builder().from(f).id(id(f.id())).sender(id(f.sender()))
        .recipients(members(f.recipients())).about(id(f.about())).date(date(f.date()))
        .purpose(f.purpose().map(p -> Purpose.builder().from(p)
            .statement(text(Purpose.class, "statement", p.statement())).build()))
        .notInformedReasons(reasons.build())
        .note(text(InformationFlow.class, "note", f.note()))
        .outsideProfessionals(map(f.outsideProfessionals(), this::outside))
        .build();
  }

  private OutsideProfessional outside(OutsideProfessional o) {
    return OutsideProfessional.builder().from(o).id(id(o.id())).organisation(o.organisation().map(this::id))
        .standings(map(o.standings(), this::standing)).build();
  }

  private Informing informing(Informing i) {
    return Informing.builder().from(i).informed(id(i.informed())).date(date(i.date())).by(member(i.by()))
        .flow(i.flow().map(this::id)).build();
  }

  private Objection objection(Objection o) {
    return Objection.builder().from(o).by(id(o.by())).date(date(o.date())).recipients(members(o.recipients()))
        .organisations(ImmutableSet.copyOf(map(o.organisations(), this::id)))
        .build();
  }

  private Consent consent(Consent c) {
    return Consent.builder().from(c).by(id(c.by()))
        .media(texts(Consent.class, "media", c.media()))
        .securityMeasures(texts(Consent.class, "securityMeasures", c.securityMeasures()))
        .given(date(c.given())).withdrawn(date(c.withdrawn()))
        .build();
  }

  private JurisdictionFact fact(JurisdictionFact f) {
    if (f instanceof SocialActionTrigger) {
      SocialActionTrigger t = (SocialActionTrigger) f;
      return SocialActionTrigger.builder().from(t).recorded(date(t.recorded())).coordinator(member(t.coordinator()))
          .build();
    }
    throw unknown("JurisdictionFact", f);
  }

  private static IllegalArgumentException unknown(String kind, Object value) {
    return new IllegalArgumentException("a " + kind + " of type " + value.getClass().getName() + " is not known to"
        + " the pseudonymising transform of this version, which refuses to pass on what it cannot rewrite; use a "
        + "version of maillage-formats that knows it");
  }
}
