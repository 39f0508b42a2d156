package org.maillage.formats.json;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.maillage.Period;
import org.maillage.member.Competence;
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
import org.maillage.sharing.ProfessionalCategory;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.SharedRecord;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.be.BelgianStanding;
import org.maillage.sharing.be.CaseConsultation;
import org.maillage.sharing.be.DangerAssessment;
import org.maillage.sharing.be.MinorCompetence;
import org.maillage.sharing.be.ProsecutorReport;
import org.maillage.sharing.be.YouthAidCommunity;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model to a generator, one method per model type, members in a fixed order.
 *
 * <p>Stable output: members always in the order of this class; an empty optional or an empty collection is left
 * out; the elements of a set and the entries of a map are sorted (enumerations by declaration order, ids and
 * texts by their text), so that equal values give the same bytes whatever the order they were built in; lists
 * keep their order. Linear in the size of the network (and n log n in the largest set).
 *
 * <p>This class is stateless and thread-safe; a generator is not.
 */
final class ModelWriter {
  private final JsonGenerator g;

  ModelWriter(JsonGenerator g) {
    this.g = g;
  }

  void document(Network n) {
    g.writeStartObject();
    g.writeStringProperty(JsonNames.FORMAT, JsonFormat.FORMAT);
    g.writeName(JsonNames.NETWORK);
    network(n);
    g.writeEndObject();
  }

  void network(Network n) {
    g.writeStartObject();
    g.writeStringProperty("id", n.id().value());
    text("name", n.name());
    date("created", n.created());
    if (n.focalPerson().isPresent()) {
      g.writeName("focalPerson");
      person(n.focalPerson().get());
    }
    text("theme", n.theme());
    text("territory", n.territory());
    enums("forms", n.forms());
    g.writeStringProperty("formality", n.formality().name());
    n.basis().ifPresent(b -> object("basis", b, this::basis));
    list("statusHistory", n.statusHistory(), this::statusChange);
    g.writeName("governance");
    governance(n.governance());
    n.strategy().ifPresent(s -> object("strategy", s, this::strategy));
    list("organisations", n.organisations(), this::organisation);
    list("members", n.members(), this::member);
    list("ties", n.ties(), this::tie);
    list("meetings", n.meetings(), this::meeting);
    list("evaluations", n.evaluations(), this::evaluation);
    list("referents", n.referents(), this::referentDesignation);
    list("referentAssessments", n.referentAssessments(), this::qualityAssessment);
    n.project().ifPresent(p -> object("project", p, this::project));
    n.partnership().ifPresent(p -> object("partnership", p, this::partnership));
    list("flows", n.flows(), this::flow);
    list("informings", n.informings(), this::informing);
    list("objections", n.objections(), this::objection);
    list("consents", n.consents(), this::consent);
    list("jurisdictionFacts", n.jurisdictionFacts(), this::jurisdictionFact);
    n.jurisdiction().ifPresent(j -> g.writeStringProperty("jurisdiction", j.name()));
    g.writeEndObject();
  }

  // ---- members and organisations

  void member(Member m) {
    g.writeStartObject();
    if (m instanceof PrimaryMember) {
      PrimaryMember p = (PrimaryMember) m;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.PRIMARY_MEMBER);
      memberCommon(m);
      g.writeStringProperty("relation", p.relation().name());
    } else if (m instanceof Professional) {
      Professional p = (Professional) m;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.PROFESSIONAL);
      memberCommon(m);
      p.organisation().ifPresent(o -> g.writeStringProperty("organisation", o.value()));
      p.mandate().ifPresent(x -> object("mandate", x, this::mandate));
      list("competences", p.competences(), this::competence);
      p.secrecy().ifPresent(s -> g.writeStringProperty("secrecy", s.name()));
      p.delegation().ifPresent(x -> object("delegation", x, this::delegation));
      missionCategories(p.missionCategories());
      list("standings", p.standings(), this::standing);
    } else {
      Participant p = (Participant) m;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.PARTICIPANT);
      memberCommon(m);
      g.writeStringProperty("role", p.role().name());
    }
    g.writeEndObject();
  }

  /** Writes the categories of a mission when recorded: present and empty is not absent, so [] is written. */
  private void missionCategories(Optional<? extends Collection<? extends Enum<?>>> categories) {
    if (categories.isPresent()) {
      g.writeName("missionCategories");
      g.writeStartArray();
      for (Enum<?> e : sortedEnums(categories.get())) {
        g.writeString(e.name());
      }
      g.writeEndArray();
    }
  }

  void outsideProfessional(OutsideProfessional p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.id().value());
    p.organisation().ifPresent(o -> g.writeStringProperty("organisation", o.value()));
    p.secrecy().ifPresent(x -> g.writeStringProperty("secrecy", x.name()));
    missionCategories(p.missionCategories());
    list("standings", p.standings(), this::standing);
    g.writeEndObject();
  }

  private void memberCommon(Member m) {
    g.writeStringProperty("id", m.id().value());
    text("name", m.name());
    text("note", m.note());
    g.writeStringProperty("sector", m.sector().name());
    g.writeStringProperty("horizon", m.horizon().name());
    g.writeBooleanProperty("alive", m.alive());
    g.writeBooleanProperty("reachable", m.reachable());
    g.writeBooleanProperty("dormant", m.dormant());
    list("involvements", m.involvements(), this::period);
  }

  void standing(ProfessionalStanding s) {
    g.writeStartObject();
    if (s instanceof FrenchStanding) {
      FrenchStanding f = (FrenchStanding) s;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.FRENCH_STANDING);
      f.regulatoryCategory().ifPresent(c -> g.writeStringProperty("regulatoryCategory", c.name()));
      f.childProtectionContributor().ifPresent(b -> g.writeBooleanProperty("childProtectionContributor", b));
      f.socialActionProfessional().ifPresent(b -> g.writeBooleanProperty("socialActionProfessional", b));
      f.careTeam().ifPresent(c -> g.writeStringProperty("careTeam", c.name()));
    } else if (s instanceof BelgianStanding) {
      BelgianStanding b = (BelgianStanding) s;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.BELGIAN_STANDING);
      b.secrecy().ifPresent(x -> g.writeStringProperty("secrecy", x.name()));
      b.healthProfessional().ifPresent(x -> g.writeBooleanProperty("healthProfessional", x));
      b.youthAidRole().ifPresent(x -> g.writeStringProperty("youthAidRole", x.name()));
    } else {
      throw unknownImplementation("ProfessionalStanding", s);
    }
    g.writeEndObject();
  }

  void mandate(Mandate m) {
    g.writeStringProperty("kind", m.kind().name());
    g.writeStringProperty("reference", m.reference());
  }

  void competence(Competence c) {
    g.writeStartObject();
    g.writeStringProperty("role", c.role());
    strings("spheres", sorted(c.spheres(), x -> x.code()));
    g.writeEndObject();
  }

  void delegation(FormalDelegation d) {
    g.writeStringProperty("reference", d.reference());
    date("given", d.given());
  }

  void organisation(Organisation o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id().value());
    text("name", o.name());
    g.writeStringProperty("kind", o.kind().name());
    g.writeStringProperty("sector", o.sector().name());
    text("territory", o.territory());
    o.parent().ifPresent(p -> g.writeStringProperty("parent", p.value()));
    g.writeEndObject();
  }

  // ---- the person

  void person(Person p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.id().value());
    text("name", p.name());
    g.writeStringProperty("lifeStage", p.lifeStage().name());
    p.birthDate().ifPresent(d -> date("birthDate", d));
    p.unableToProtectThemselves().ifPresent(b -> g.writeBooleanProperty("unableToProtectThemselves", b));
    list("minorsConcerned", p.minorsConcerned(), this::minor);
    list("needs", p.needs(), this::need);
    list("strengths", p.strengths(), this::strength);
    strings("lifeChoices", p.lifeChoices());
    list("representatives", p.representatives(), this::representative);
    list("agreements", p.agreements(), this::agreement);
    list("views", p.views(), this::view);
    list("measures", p.measures(), this::measure);
    g.writeEndObject();
  }

  void minor(MinorOfFamily m) {
    g.writeStartObject();
    g.writeStringProperty("id", m.id().value());
    g.writeStringProperty("lifeStage", m.lifeStage().name());
    m.birthDate().ifPresent(d -> date("birthDate", d));
    strings("holdersOfParentalAuthority", m.holdersOfParentalAuthority().stream().map(x -> x.value()).toList());
    g.writeEndObject();
  }

  void need(Need n) {
    g.writeStartObject();
    g.writeStringProperty("sphere", n.sphere().code());
    text("note", n.note());
    g.writeEndObject();
  }

  void strength(Strength s) {
    g.writeStartObject();
    g.writeStringProperty("kind", s.kind().name());
    s.sphere().ifPresent(x -> g.writeStringProperty("sphere", x.code()));
    text("note", s.note());
    g.writeEndObject();
  }

  void representative(LegalRepresentative r) {
    g.writeStartObject();
    g.writeStringProperty("id", r.id().value());
    g.writeStringProperty("kind", r.kind().name());
    text("name", r.name());
    g.writeEndObject();
  }

  void agreement(Agreement a) {
    g.writeStartObject();
    g.writeStringProperty("by", a.by().value());
    date("given", a.given());
    a.withdrawn().ifPresent(d -> date("withdrawn", d));
    g.writeBooleanProperty("refused", a.refused());
    g.writeEndObject();
  }

  void view(RecordedView v) {
    g.writeStartObject();
    g.writeStringProperty("of", v.of().value());
    date("recorded", v.recorded());
    g.writeStringProperty("stance", v.stance().name());
    text("note", v.note());
    g.writeEndObject();
  }

  void measure(JudicialMeasure m) {
    g.writeStartObject();
    g.writeStringProperty("reference", m.reference());
    g.writeStringProperty("kind", m.kind().name());
    m.judge().ifPresent(j -> g.writeStringProperty("judge", j.value()));
    g.writeName("period");
    period(m.period());
    strings("mandated", sorted(m.mandated(), x -> x.value()));
    g.writeEndObject();
  }

  // ---- the network's own parts

  void basis(NetworkBasis b) {
    g.writeStringProperty("kind", b.kind().name());
    text("reference", b.reference());
    if (b.period().isPresent()) {
      g.writeName("period");
      period(b.period().get());
    }
  }

  void statusChange(StatusChange s) {
    g.writeStartObject();
    date("date", s.date());
    g.writeStringProperty("status", s.status().name());
    g.writeEndObject();
  }

  void governance(Governance v) {
    g.writeStartObject();
    text("place", v.place());
    strings("communicationTools", sorted(v.communicationTools(), x -> x));
    text("facilitation", v.facilitation());
    text("traces", v.traces());
    v.ethicsCharter().ifPresent(c -> object("ethicsCharter", c, this::ethicsCharter));
    g.writeEndObject();
  }

  void ethicsCharter(EthicsCharter c) {
    date("adopted", c.adopted());
    g.writeBooleanProperty("coversCommunication", c.coversCommunication());
  }

  void strategy(ConcertedStrategy s) {
    g.writeStringProperty("kind", s.kind().name());
    g.writeStringProperty("statement", s.statement());
  }

  void tie(Tie t) {
    g.writeStartObject();
    g.writeStringProperty("id", t.id().value());
    g.writeStringProperty("first", t.first().value());
    g.writeStringProperty("second", t.second().value());
    g.writeStringProperty("nature", t.nature().name());
    g.writeStringProperty("quality", t.quality().name());
    if (!t.supports().isEmpty()) {
      g.writeName("supports");
      g.writeStartObject();
      for (Enum<?> type : sortedEnums(t.supports().keySet())) {
        g.writeStringProperty(type.name(), t.supports().get(type).name());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  void meeting(Meeting m) {
    g.writeStartObject();
    g.writeStringProperty("id", m.id().value());
    date("date", m.date());
    strings("participants", sorted(m.participants(), x -> x.value()));
    m.facilitator().ifPresent(f -> g.writeStringProperty("facilitator", f.value()));
    g.writeBooleanProperty("personPresent", m.personPresent());
    text("note", m.note());
    g.writeEndObject();
  }

  void evaluation(Evaluation e) {
    g.writeStartObject();
    date("date", e.date());
    text("outcome", e.outcome());
    g.writeEndObject();
  }

  void referentDesignation(ReferentDesignation d) {
    g.writeStartObject();
    g.writeStringProperty("professional", d.professional().value());
    g.writeName("period");
    period(d.period());
    g.writeEndObject();
  }

  void qualityAssessment(QualityAssessment a) {
    g.writeStartObject();
    g.writeStringProperty("referent", a.referent().value());
    g.writeStringProperty("quality", a.quality().name());
    g.writeStringProperty("level", a.level().name());
    g.writeStringProperty("assessedBy", a.assessedBy().value());
    date("date", a.date());
    text("evidence", a.evidence());
    g.writeEndObject();
  }

  void project(PersonalisedProject p) {
    list("objectives", p.objectives(), this::objective);
    text("evaluationStrategy", p.evaluationStrategy());
    strings("reviewDates", p.reviewDates().stream().map(LocalDate::toString).toList());
  }

  void objective(Objective o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id().value());
    g.writeStringProperty("sphere", o.sphere().code());
    text("statement", o.statement());
    enums("participation", o.participation());
    list("means", o.means(), this::means);
    g.writeEndObject();
  }

  void means(Means m) {
    g.writeStartObject();
    g.writeStringProperty("holder", m.holder().value());
    text("description", m.description());
    g.writeEndObject();
  }

  void partnership(Partnership p) {
    strings("organisations", sorted(p.organisations(), x -> x.value()));
    strings("members", sorted(p.members(), x -> x.value()));
    text("commonProject", p.commonProject());
    p.charter().ifPresent(c -> object("charter", c, this::charter));
    p.convention().ifPresent(c -> object("convention", c, this::convention));
    p.origin().ifPresent(o -> object("origin", o, this::origin));
    if (p.period().isPresent()) {
      g.writeName("period");
      period(p.period().get());
    }
  }

  void charter(Charter c) {
    date("adopted", c.adopted());
  }

  void convention(Convention c) {
    g.writeStringProperty("reference", c.reference());
    date("signed", c.signed());
  }

  void origin(Origin o) {
    g.writeStringProperty("kind", o.kind().name());
    text("legalBasis", o.legalBasis());
    text("commission", o.commission());
  }

  // ---- sharing

  void flow(InformationFlow f) {
    g.writeStartObject();
    g.writeStringProperty("id", f.id().value());
    g.writeStringProperty("sender", f.sender().value());
    strings("recipients", sorted(f.recipients(), x -> x.value()));
    list("outsideProfessionals", f.outsideProfessionals(), this::outsideProfessional);
    enums("authorities", f.authorities());
    f.sharedRecord().ifPresent(r -> object("sharedRecord", r, this::sharedRecord));
    g.writeStringProperty("about", f.about().value());
    date("date", f.date());
    g.writeStringProperty("mode", f.mode().name());
    f.purpose().ifPresent(p -> object("purpose", p, this::purpose));
    enums("categories", f.categories());
    g.writeBooleanProperty("personPresent", f.personPresent());
    f.notInformedReason().ifPresent(r -> g.writeStringProperty("notInformedReason", r.name()));
    if (!f.notInformedReasons().isEmpty()) {
      g.writeName("notInformedReasons");
      g.writeStartObject();
      for (var e : sortedEntries(f.notInformedReasons())) {
        g.writeStringProperty(e.getKey().value(), e.getValue().name());
      }
      g.writeEndObject();
    }
    f.report().ifPresent(r -> g.writeStringProperty("report", r.name()));
    text("note", f.note());
    g.writeEndObject();
  }

  void purpose(Purpose p) {
    g.writeStringProperty("kind", p.kind().name());
    enums("needs", p.needs());
    text("statement", p.statement());
  }

  void informing(Informing i) {
    g.writeStartObject();
    g.writeStringProperty("informed", i.informed().value());
    date("date", i.date());
    enums("subjects", i.subjects());
    i.by().ifPresent(b -> g.writeStringProperty("by", b.value()));
    i.flow().ifPresent(f -> g.writeStringProperty("flow", f.value()));
    g.writeEndObject();
  }

  void objection(Objection o) {
    g.writeStartObject();
    g.writeStringProperty("by", o.by().value());
    date("date", o.date());
    enums("categories", o.categories());
    strings("recipients", sorted(o.recipients(), x -> x.value()));
    strings("organisations", sorted(o.organisations(), x -> x.value()));
    g.writeEndObject();
  }

  void consent(Consent c) {
    g.writeStartObject();
    g.writeStringProperty("by", c.by().value());
    enums("informationCategories", c.informationCategories());
    professionalCategories(c.professionalCategories());
    strings("media", sorted(c.media(), x -> x));
    strings("securityMeasures", sorted(c.securityMeasures(), x -> x));
    date("given", c.given());
    c.withdrawn().ifPresent(d -> date("withdrawn", d));
    g.writeEndObject();
  }

  void sharedRecord(SharedRecord r) {
    text("name", r.name());
    professionalCategories(r.professionalCategories());
  }

  private void professionalCategories(Collection<ProfessionalCategory> set) {
    if (set.isEmpty()) {
      return;
    }
    g.writeName("professionalCategories");
    g.writeStartArray();
    List<ProfessionalCategory> categories = new ArrayList<>(set);
    categories.sort(Comparator.comparing((ProfessionalCategory x) -> x.jurisdiction())
        .thenComparing(x -> categoryType(x)).thenComparingInt(ProfessionalCategory::ordinal));
    for (ProfessionalCategory x : categories) {
      g.writeStartObject();
      g.writeStringProperty(JsonNames.TYPE, categoryType(x));
      g.writeStringProperty("value", x.name());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String categoryType(ProfessionalCategory c) {
    if (c instanceof RegulatoryCategory) {
      return JsonNames.REGULATORY_CATEGORY;
    }
    if (c instanceof BelgianProfessionalCategory) {
      return JsonNames.BELGIAN_CATEGORY;
    }
    throw unknownImplementation("ProfessionalCategory", c);
  }

  void jurisdictionFact(JurisdictionFact f) {
    g.writeStartObject();
    if (f instanceof SocialActionTrigger) {
      SocialActionTrigger t = (SocialActionTrigger) f;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.SOCIAL_ACTION_TRIGGER);
      date("recorded", t.recorded());
      g.writeBooleanProperty("authoritiesInformed", t.authoritiesInformed());
      t.coordinator().ifPresent(c -> g.writeStringProperty("coordinator", c.value()));
    } else if (f instanceof BelgianFlowRecord) {
      BelgianFlowRecord r = (BelgianFlowRecord) f;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.BELGIAN_FLOW_RECORD);
      g.writeStringProperty("flow", r.flow().value());
      if (r.enablingText().isPresent()) {
        g.writeName("enablingText");
        legalReference(r.enablingText().get());
      }
      g.writeBooleanProperty("textObliges", r.textObliges());
      text("insideConsultation", r.insideConsultation());
      text("heardInConsultation", r.heardInConsultation());
      r.report().ifPresent(x -> object("report", x, this::prosecutorReport));
      r.danger().ifPresent(x -> object("danger", x, this::dangerAssessment));
      r.inPersonsInterest().ifPresent(x -> g.writeBooleanProperty("inPersonsInterest", x));
      r.writtenRequest().ifPresent(d -> date("writtenRequest", d));
    } else if (f instanceof CaseConsultation) {
      CaseConsultation c = (CaseConsultation) f;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.CASE_CONSULTATION);
      g.writeStringProperty("code", c.code());
      if (c.foundingText().isPresent()) {
        g.writeName("foundingText");
        legalReference(c.foundingText().get());
      }
      text("authorisationReference", c.authorisationReference());
      c.authorisationDate().ifPresent(d -> date("authorisationDate", d));
      g.writeStringProperty("purpose", c.purpose().name());
      strings("participants", sorted(c.participants(), x -> x.value()));
      c.modalitiesSet().ifPresent(x -> g.writeBooleanProperty("modalitiesSet", x));
      g.writeStringProperty("instrumentRequires", c.instrumentRequires().name());
    } else if (f instanceof MinorCompetence) {
      MinorCompetence m = (MinorCompetence) f;
      g.writeStringProperty(JsonNames.TYPE, JsonNames.MINOR_COMPETENCE);
      g.writeStringProperty("minor", m.minor().value());
      g.writeBooleanProperty("competent", m.competent());
      date("assessed", m.assessed());
    } else if (f instanceof YouthAidCommunity) {
      g.writeStringProperty(JsonNames.TYPE, JsonNames.YOUTH_AID_COMMUNITY);
      g.writeStringProperty("community", ((YouthAidCommunity) f).community().name());
    } else {
      throw unknownImplementation("JurisdictionFact", f);
    }
    g.writeEndObject();
  }

  void legalReference(LegalReference r) {
    g.writeStartObject();
    g.writeStringProperty("jurisdiction", r.jurisdiction().name());
    g.writeStringProperty("code", r.code());
    g.writeStringProperty("article", r.article());
    g.writeName("validity");
    period(r.validity());
    g.writeEndObject();
  }

  void prosecutorReport(ProsecutorReport r) {
    r.offence().ifPresent(x -> g.writeStringProperty("offence", x.name()));
    r.vulnerability().ifPresent(x -> g.writeStringProperty("vulnerability", x.name()));
    r.danger().ifPresent(x -> g.writeStringProperty("danger", x.name()));
    r.unableToProtectAlone().ifPresent(x -> g.writeBooleanProperty("unableToProtectAlone", x));
    g.writeBooleanProperty("lawyerReportingClient", r.lawyerReportingClient());
  }

  void dangerAssessment(DangerAssessment d) {
    d.seriousAndImminent().ifPresent(x -> g.writeBooleanProperty("seriousAndImminent", x));
    d.noOtherMeans().ifPresent(x -> g.writeBooleanProperty("noOtherMeans", x));
    d.recipientCanAvert().ifPresent(x -> g.writeBooleanProperty("recipientCanAvert", x));
  }

  // ---- shared shapes

  void period(Period p) {
    g.writeStartObject();
    date("start", p.start());
    p.end().ifPresent(e -> date("end", e));
    g.writeEndObject();
  }

  private <T> void object(String name, T value, Consumer<T> members) {
    g.writeName(name);
    g.writeStartObject();
    members.accept(value);
    g.writeEndObject();
  }

  private <T> void list(String name, List<T> values, Consumer<T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T v : values) {
      element.accept(v);
    }
    g.writeEndArray();
  }

  private void text(String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private void date(String name, LocalDate date) {
    g.writeStringProperty(name, date.toString());
  }

  private void strings(String name, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void enums(String name, Collection<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (Enum<?> e : sortedEnums(values)) {
      g.writeString(e.name());
    }
    g.writeEndArray();
  }

  private static List<Enum<?>> sortedEnums(Collection<? extends Enum<?>> values) {
    List<Enum<?>> list = new ArrayList<>(values);
    list.sort(Comparator.comparingInt(Enum::ordinal));
    return list;
  }

  private static <T> List<String> sorted(Collection<T> values, java.util.function.Function<T, String> key) {
    List<String> list = new ArrayList<>(values.size());
    for (T v : values) {
      list.add(key.apply(v));
    }
    list.sort(Comparator.naturalOrder());
    return list;
  }

  private static <K extends Comparable<? super K>, V> List<Map.Entry<K, V>> sortedEntries(ImmutableMap<K, V> map) {
    List<Map.Entry<K, V>> list = new ArrayList<>(map.entrySet());
    list.sort(Map.Entry.comparingByKey());
    return list;
  }

  private static IllegalArgumentException unknownImplementation(String type, Object value) {
    return new IllegalArgumentException("NetworkJsonWriter: a " + type + " of class " + value.getClass().getName()
        + " has no JSON form in format " + JsonFormat.FORMAT + "; use one of the model's implementations");
  }
}
