package org.maillage.core.sharing.be;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.maillage.FlowId;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Recording;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.be.BelgianSettings;
import org.maillage.sharing.be.BelgianStanding;
import org.maillage.sharing.be.CaseConsultation;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.DangerAssessment;
import org.maillage.sharing.be.DangerBranch;
import org.maillage.sharing.be.MinorCompetence;
import org.maillage.sharing.be.OffenceCategory;
import org.maillage.sharing.be.ProsecutorReport;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.VictimVulnerability;
import org.maillage.sharing.be.YouthAidCommunity;
import org.maillage.sharing.be.YouthAidRole;

/**
 * A test fixture for the Belgian decision: one small network around a teenager and one flow, built from editable
 * parts, each row of a table changing what it needs.
 *
 * <p>The baseline: {@link #PERSON}, 15 on the flow's day, her mother and father holding parental authority; the PMS
 * centre's worker {@link #PMS} (bound by secrecy through her mission) tells the CPAS social worker {@link #CPAS}
 * (bound by profession), by an exchange, a social assessment for social follow-up, recorded in the teenager's
 * interest; nobody acts under youth-aid legislation, and the network records no community. Under the default
 * settings, shared professional secrecy asks for the explicit agreement of the teenager and her parents.
 */
final class Scenario {
  static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  static final LocalDate BEFORE = LocalDate.of(2026, 6, 1);
  static final LocalDate DAY = LocalDate.of(2026, 6, 15);
  static final LocalDate AFTER = LocalDate.of(2026, 6, 20);

  static final MemberId PERSON = MemberId.of("p-ines");
  static final MemberId MOTHER = MemberId.of("m-mother");
  static final MemberId FATHER = MemberId.of("m-father");
  /** The PMS centre's worker, bound by secrecy through her mission. */
  static final MemberId PMS = MemberId.of("pro-pms");
  /** The CPAS social worker, bound by profession. */
  static final MemberId CPAS = MemberId.of("pro-cpas");
  /** A teacher: a duty of discretion only. */
  static final MemberId TEACHER = MemberId.of("pro-teacher");
  /** A general practitioner, a health professional. */
  static final MemberId DOCTOR = MemberId.of("pro-doctor");
  /** A landlord: no secrecy. */
  static final MemberId LANDLORD = MemberId.of("pro-landlord");
  /** An FWB youth-aid counsellor (SAJ), bound by mission. */
  static final MemberId SAJ = MemberId.of("pro-saj");
  /** An FWB open-environment service worker (AMO), bound by mission. */
  static final MemberId AMO = MemberId.of("pro-amo");
  /** A worker of the Flemish access gate. */
  static final MemberId GATE = MemberId.of("pro-gate");
  /** A colleague of the same access-gate team. */
  static final MemberId GATE2 = MemberId.of("pro-gate2");
  /** A Flemish youth-care provider. */
  static final MemberId PROVIDER = MemberId.of("pro-provider");
  /** A member of a Flemish youth court's social service. */
  static final MemberId SDJ = MemberId.of("pro-sdj");
  static final FlowId FLOW = FlowId.of("f-be");

  static final OrganisationId PMS_CENTRE = OrganisationId.of("o-pms");
  static final OrganisationId CPAS_ORG = OrganisationId.of("o-cpas");
  static final OrganisationId SCHOOL = OrganisationId.of("o-school");
  static final OrganisationId SAJ_ORG = OrganisationId.of("o-saj");
  static final OrganisationId AMO_ORG = OrganisationId.of("o-amo");
  static final OrganisationId GATE_ORG = OrganisationId.of("o-gate");
  static final OrganisationId PROVIDER_ORG = OrganisationId.of("o-provider");
  static final OrganisationId SDJ_ORG = OrganisationId.of("o-sdj");

  private LifeStage stage = LifeStage.MINOR;
  private LocalDate birthDate = LocalDate.of(2011, 3, 10);
  private final List<LegalRepresentative> representatives = new ArrayList<>();
  private final Map<MemberId, Member> members = new LinkedHashMap<>();
  private final List<Informing> informings = new ArrayList<>();
  private final List<Objection> objections = new ArrayList<>();
  private final List<Consent> consents = new ArrayList<>();
  private final List<JurisdictionFact> facts = new ArrayList<>();
  private Community community;
  private CaseConsultation consultation;
  private BelgianFlowRecord.Builder record = BelgianFlowRecord.builder().flow(FLOW).inPersonsInterest(true);
  private BelgianSettings settings = BelgianSettings.defaults();
  private InformationFlow.Builder flow;

  private Scenario() {
    professional(PMS, PMS_CENTRE, Sector.SCHOOL, SecrecyStanding.BOUND_BY_MISSION, false, YouthAidRole.NONE);
    professional(CPAS, CPAS_ORG, Sector.SOCIAL, SecrecyStanding.BOUND_BY_PROFESSION, false, YouthAidRole.NONE);
    professional(TEACHER, SCHOOL, Sector.SCHOOL, SecrecyStanding.DISCRETION_ONLY, false, YouthAidRole.NONE);
    professional(DOCTOR, null, Sector.HEALTH, SecrecyStanding.BOUND_BY_PROFESSION, true, YouthAidRole.NONE);
    professional(LANDLORD, null, Sector.HOUSING, SecrecyStanding.NONE, false, YouthAidRole.NONE);
    professional(SAJ, SAJ_ORG, Sector.CHILD_PROTECTION, SecrecyStanding.BOUND_BY_MISSION, false,
        YouthAidRole.FWB_YOUTH_AID);
    professional(AMO, AMO_ORG, Sector.CHILD_PROTECTION, SecrecyStanding.BOUND_BY_MISSION, false,
        YouthAidRole.FWB_YOUTH_AID);
    professional(GATE, GATE_ORG, Sector.CHILD_PROTECTION, SecrecyStanding.BOUND_BY_PROFESSION, false,
        YouthAidRole.FLEMISH_ACCESS_GATE);
    professional(GATE2, GATE_ORG, Sector.CHILD_PROTECTION, SecrecyStanding.BOUND_BY_PROFESSION, false,
        YouthAidRole.FLEMISH_ACCESS_GATE);
    professional(PROVIDER, PROVIDER_ORG, Sector.CHILD_PROTECTION, SecrecyStanding.BOUND_BY_PROFESSION, false,
        YouthAidRole.FLEMISH_YOUTH_CARE_PROVIDER);
    professional(SDJ, SDJ_ORG, Sector.JUSTICE, SecrecyStanding.BOUND_BY_PROFESSION, false,
        YouthAidRole.FLEMISH_YOUTH_COURT_SOCIAL_SERVICE);
    members.put(MOTHER, PrimaryMember.builder().id(MOTHER).relation(Relation.MOTHER).horizon(Horizon.CLOSE)
        .involvedFrom(CREATED).build());
    members.put(FATHER, PrimaryMember.builder().id(FATHER).relation(Relation.FATHER).horizon(Horizon.CLOSE)
        .involvedFrom(CREATED).build());
    representatives.add(LegalRepresentative.of(MOTHER, RepresentationKind.PARENTAL_AUTHORITY));
    representatives.add(LegalRepresentative.of(FATHER, RepresentationKind.PARENTAL_AUTHORITY));
    flow = InformationFlow.builder().id(FLOW).sender(PMS).addRecipient(CPAS).about(PERSON).date(DAY)
        .mode(FlowMode.EXCHANGE)
        .purpose(Purpose.of(PurposeKind.SOCIAL_FOLLOW_UP, InformationCategory.SOCIAL_ASSESSMENT,
            InformationCategory.IDENTITY, InformationCategory.FAMILY_SITUATION))
        .addCategory(InformationCategory.SOCIAL_ASSESSMENT);
  }

  private void professional(MemberId id, OrganisationId organisation, Sector sector, SecrecyStanding secrecy,
      boolean health, YouthAidRole role) {
    Professional.Builder p = Professional.builder().id(id).sector(sector).horizon(Horizon.MIDDLE)
        .involvedFrom(CREATED).missionCovers(InformationCategory.values())
        .addStanding(BelgianStanding.builder().secrecy(secrecy).healthProfessional(health).youthAidRole(role).build());
    if (organisation != null) {
      p.organisation(organisation);
    }
    members.put(id, p.build());
  }

  /** The baseline: PMS centre to CPAS, shared professional secrecy. */
  static Scenario pmsToCpas() {
    return new Scenario();
  }

  /** Youth aid in the Wallonia-Brussels Federation: the SAJ tells the AMO, everyone informed beforehand. */
  static Scenario fwb() {
    return new Scenario().community(Community.WALLONIA_BRUSSELS).tellFamily()
        .flow(f -> f.sender(SAJ).recipients(List.of(AMO)));
  }

  /** Youth care in Flanders, art. 74: the access gate tells a youth-care provider. */
  static Scenario flanders() {
    return new Scenario().community(Community.FLANDERS).flow(f -> f.sender(GATE).recipients(List.of(PROVIDER)));
  }

  Scenario settings(BelgianSettings value) {
    this.settings = value;
    return this;
  }

  BelgianSettings settingsValue() {
    return settings;
  }

  Scenario stage(LifeStage value) {
    this.stage = value;
    return this;
  }

  Scenario bornOn(LocalDate value) {
    this.birthDate = value;
    return this;
  }

  Scenario community(Community value) {
    this.community = value;
    return this;
  }

  Scenario flow(UnaryOperator<InformationFlow.Builder> edit) {
    flow = edit.apply(flow);
    return this;
  }

  Scenario record(UnaryOperator<BelgianFlowRecord.Builder> edit) {
    record = edit.apply(record);
    return this;
  }

  Scenario standing(MemberId id, UnaryOperator<BelgianStanding.Builder> edit) {
    Professional p = (Professional) members.get(id);
    BelgianStanding.Builder standing = BelgianStanding.builder().from(BelgianStanding.of(p));
    members.put(id, Professional.builder().from(p).standings(List.of(edit.apply(standing).build())).build());
    return this;
  }

  Scenario professional(MemberId id, UnaryOperator<Professional.Builder> edit) {
    members.put(id, edit.apply(Professional.builder().from((Professional) members.get(id))).build());
    return this;
  }

  Scenario consultation(CaseConsultation value) {
    this.consultation = value;
    return this;
  }

  Scenario competence(boolean competent) {
    facts.add(MinorCompetence.of(PERSON, competent, BEFORE));
    return this;
  }

  /** Tells the teenager and her parents, beforehand, of the nature of the information. */
  Scenario tellFamily() {
    return tell(PERSON).tell(MOTHER).tell(FATHER);
  }

  Scenario tell(MemberId who) {
    informings.add(Informing.builder().informed(who).date(BEFORE).addSubjects(InformingSubject.NATURE_OF_INFORMATION)
        .build());
    return this;
  }

  /** Records the agreement (a consent in force) of someone, covering every category. */
  Scenario agree(MemberId by) {
    consents.add(Consent.builder().by(by).given(BEFORE).addInformationCategories(InformationCategory.values())
        .addProfessionalCategories(BelgianProfessionalCategory.BOUND_BY_SECRECY).build());
    return this;
  }

  /** The teenager and both parents agree. */
  Scenario familyAgrees() {
    return agree(PERSON).agree(MOTHER).agree(FATHER);
  }

  Scenario object(MemberId by) {
    objections.add(Objection.builder().by(by).date(BEFORE).build());
    return this;
  }

  Person person() {
    Person.Builder p = Person.builder().id(PERSON).lifeStage(stage).representatives(representatives);
    if (birthDate != null) {
      p.birthDate(birthDate);
    }
    return p.build();
  }

  InformationFlow flowValue() {
    return flow.build();
  }

  Network network() {
    Network.Builder network = Network.builder().id(NetworkId.of("n-ines")).created(CREATED).focalPerson(person())
        .jurisdiction(Jurisdiction.BELGIUM)
        .addOrganisations(organisation(PMS_CENTRE), organisation(CPAS_ORG), organisation(SCHOOL),
            organisation(SAJ_ORG), organisation(AMO_ORG), organisation(GATE_ORG), organisation(PROVIDER_ORG),
            organisation(SDJ_ORG))
        .addAllMembers(members.values())
        .addFlows(flowValue())
        .addAllInformings(informings)
        .addAllObjections(objections)
        .addAllConsents(consents)
        .addJurisdictionFact(record.build())
        .addAllJurisdictionFacts(facts);
    if (community != null) {
      network.addJurisdictionFact(YouthAidCommunity.of(community));
    }
    if (consultation != null) {
      network.addJurisdictionFact(consultation);
    }
    return network.build();
  }

  private static Organisation organisation(OrganisationId id) {
    return Organisation.builder().id(id).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL).build();
  }

  SharingDecision decide() {
    return BelgianSharingPolicy.of(settings).decide(network(), flowValue());
  }

  /** A report to the prosecutor meeting art. 458bis, from the PMS worker. */
  static ProsecutorReport.Builder report() {
    return ProsecutorReport.builder().offence(OffenceCategory.SEXUAL_INTEGRITY).vulnerability(VictimVulnerability.MINOR)
        .danger(DangerBranch.SERIOUS_IMMINENT_DANGER).unableToProtectAlone(true);
  }

  /** An assessment of a danger meeting the state of necessity. */
  static DangerAssessment.Builder danger() {
    return DangerAssessment.builder().seriousAndImminent(true).noOtherMeans(true).recipientCanAvert(true);
  }

  /** A local integral-security cell, founded by a text, with PMS and CPAS as participants. */
  static CaseConsultation.Builder cell() {
    return CaseConsultation.builder().code("CSIL-2026-03")
        .foundingText(org.maillage.sharing.be.BelgianLaw.CP_458TER)
        .purpose(org.maillage.sharing.be.ConsultationPurpose.INTEGRITY_PROTECTION)
        .addParticipants(PMS, CPAS).modalitiesSet(true);
  }

  /**
   * Leaves one fact of a professional's Belgian standing unrecorded (for secrecy, the generic secrecy as well):
   * the inverse of {@link #recordFact}.
   *
   * @param kind {@link BelgianFact#SECRECY_STANDING}, {@link BelgianFact#HEALTH_PROFESSIONAL} or
   *     {@link BelgianFact#YOUTH_AID_ROLE}
   * @param member the professional
   * @return this scenario
   */
  Scenario forget(FactKind kind, MemberId member) {
    if (kind == BelgianFact.SECRECY_STANDING) {
      return standing(member, s -> s.secrecy(java.util.Optional.empty()))
          .professional(member, p -> p.secrecy(java.util.Optional.empty()));
    }
    if (kind == BelgianFact.HEALTH_PROFESSIONAL) {
      return standing(member, s -> s.healthProfessional(java.util.Optional.empty()));
    }
    if (kind == BelgianFact.YOUTH_AID_ROLE) {
      return standing(member, s -> s.youthAidRole(java.util.Optional.empty()));
    }
    throw new IllegalArgumentException("not a fact of a professional's standing: " + kind);
  }

  /** Whether a member is a professional of this fixture. */
  boolean isProfessional(MemberId id) {
    return members.get(id) instanceof Professional;
  }

  /**
   * Records a missing fact one way, as a case system would: the inverse of what an incomplete decision names.
   *
   * @param kind the fact
   * @param member whom it is about, or null for the network
   * @param way the way
   * @return this scenario
   */
  Scenario recordFact(FactKind kind, MemberId member, Labelled way) {
    boolean yes = way == Recording.YES;
    if (kind == BelgianFact.SECRECY_STANDING) {
      return standing(member, s -> s.secrecy((SecrecyStanding) way));
    }
    if (kind == BelgianFact.HEALTH_PROFESSIONAL) {
      return standing(member, s -> s.healthProfessional(yes));
    }
    if (kind == BelgianFact.YOUTH_AID_ROLE) {
      return standing(member, s -> s.youthAidRole((YouthAidRole) way));
    }
    if (kind == BelgianFact.COMMUNITY) {
      return community((Community) way);
    }
    if (kind == BelgianFact.MINOR_COMPETENCE) {
      return competence(yes);
    }
    if (kind == BelgianFact.IN_PERSONS_INTEREST) {
      return record(r -> r.inPersonsInterest(yes));
    }
    if (kind == BelgianFact.CONSULTATION_MODALITIES) {
      return consultation(CaseConsultation.builder().from(consultation).modalitiesSet(yes).build());
    }
    if (kind == CommonFact.MISSION_CATEGORIES) {
      return professional(member, p -> p.missionCovers(yes ? List.of(InformationCategory.values()) : List.of()));
    }
    BelgianFlowRecord current = record.build();
    if (current.report().isPresent()) {
      ProsecutorReport.Builder r = ProsecutorReport.builder().from(current.report().get());
      if (kind == BelgianFact.OFFENCE_CATEGORY) {
        r.offence((OffenceCategory) way);
      } else if (kind == BelgianFact.VICTIM_VULNERABILITY) {
        r.vulnerability((VictimVulnerability) way);
      } else if (kind == BelgianFact.DANGER_BRANCH) {
        r.danger((DangerBranch) way);
      } else if (kind == BelgianFact.UNABLE_TO_PROTECT_ALONE) {
        r.unableToProtectAlone(yes);
      }
      ProsecutorReport report = r.build();
      return record(b -> b.report(report));
    }
    if (current.danger().isPresent()) {
      DangerAssessment.Builder d = DangerAssessment.builder().from(current.danger().get());
      if (kind == BelgianFact.DANGER_SERIOUS_AND_IMMINENT) {
        d.seriousAndImminent(yes);
      } else if (kind == BelgianFact.NO_OTHER_MEANS) {
        d.noOtherMeans(yes);
      } else if (kind == BelgianFact.RECIPIENT_CAN_AVERT) {
        d.recipientCanAvert(yes);
      }
      DangerAssessment danger = d.build();
      return record(b -> b.danger(danger));
    }
    throw new IllegalArgumentException("not a fact this fixture records: " + kind);
  }
}
