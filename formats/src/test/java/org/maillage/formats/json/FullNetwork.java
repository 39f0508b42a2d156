package org.maillage.formats.json;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Competence;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Organisation;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.network.BasisKind;
import org.maillage.network.ConcertedStrategy;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Evaluation;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.network.NetworkForm;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.network.StrategyKind;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.partnership.Charter;
import org.maillage.partnership.Convention;
import org.maillage.partnership.Origin;
import org.maillage.partnership.OriginKind;
import org.maillage.partnership.Partnership;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.MinorOfFamily;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RecordedView;
import org.maillage.person.RepresentationKind;
import org.maillage.person.Stance;
import org.maillage.person.Strength;
import org.maillage.person.StrengthKind;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.QualityLevel;
import org.maillage.referent.ReferentDesignation;
import org.maillage.referent.ReferentQuality;
import org.maillage.sharing.Authority;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharedRecord;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.be.BelgianStanding;
import org.maillage.sharing.be.CaseConsultation;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.ConsultationPurpose;
import org.maillage.sharing.be.DangerAssessment;
import org.maillage.sharing.be.DangerBranch;
import org.maillage.sharing.be.MinorCompetence;
import org.maillage.sharing.be.OffenceCategory;
import org.maillage.sharing.be.ProsecutorReport;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.VictimVulnerability;
import org.maillage.sharing.be.YouthAidCommunity;
import org.maillage.sharing.be.YouthAidRole;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;

/**
 * A network in which every field of every model type is filled, each boolean of a type met more than once
 * with both values: what the coverage test and the round trip read to prove no field is dropped. Texts are
 * invented markers, no one's data.
 */
final class FullNetwork {
  static final LocalDate D = LocalDate.of(2026, 1, 5);
  static final MemberId PERSON = MemberId.of("u-0");
  static final MemberId PM1 = MemberId.of("pm-1");
  static final MemberId PM2 = MemberId.of("pm-2");
  static final MemberId PRO1 = MemberId.of("pro-1");
  static final MemberId PRO2 = MemberId.of("pro-2");
  static final MemberId PT1 = MemberId.of("pt-1");
  static final MemberId PT2 = MemberId.of("pt-2");
  static final MemberId REP = MemberId.of("rep-1");
  static final OrganisationId O1 = OrganisationId.of("o-1");
  static final OrganisationId O2 = OrganisationId.of("o-2");

  private FullNetwork() {}

  static Network network() {
    return builder().build();
  }

  /** The fixture with the booleans of its values met once set the other way. */
  static Network flipped() {
    return builder().governance(Governance.builder().ethicsCharter(EthicsCharter.of(D, false)).build())
        .jurisdictionFacts(facts(true)).build();
  }

  /** The facts of both jurisdictions, every field filled; {@code flip} turns the booleans met once. */
  static List<JurisdictionFact> facts(boolean flip) {
    Period validity = Period.of(LocalDate.of(1867, 6, 8), D.plusYears(10));
    return List.of(
        SocialActionTrigger.builder().recorded(D).authoritiesInformed(true).coordinator(PRO1).build(),
        SocialActionTrigger.builder().recorded(D.plusDays(1)).authoritiesInformed(false).build(),
        BelgianFlowRecord.builder().flow(FlowId.of("f-2"))
            .enablingText(LegalReference.of(Jurisdiction.BELGIUM, "Code pénal", "458bis", validity))
            .textObliges(!flip).insideConsultation("consultation~").heardInConsultation("heard~")
            .report(ProsecutorReport.builder().offence(OffenceCategory.values()[0])
                .vulnerability(VictimVulnerability.values()[0]).danger(DangerBranch.values()[0])
                .unableToProtectAlone(true).lawyerReportingClient(flip).build())
            .danger(DangerAssessment.builder().seriousAndImminent(true).noOtherMeans(false).recipientCanAvert(true)
                .build())
            .inPersonsInterest(true).writtenRequest(D.plusDays(6)).build(),
        CaseConsultation.builder().code("consultation~code")
            .foundingText(LegalReference.of(Jurisdiction.BELGIUM, "Code pénal", "458ter", validity))
            .authorisationReference("authorisation~").authorisationDate(D)
            .purpose(ConsultationPurpose.values()[0]).addParticipants(PRO1, PRO2).modalitiesSet(true)
            .instrumentRequires(Requirement.CONSENT).build(),
        MinorCompetence.of(PERSON, !flip, D.plusDays(8)),
        YouthAidCommunity.of(Community.FLANDERS));
  }

  static Network.Builder builder() {
    return Network.builder()
        .id(NetworkId.of("n-full"))
        .name("name~network")
        .created(D)
        .focalPerson(person())
        .theme("theme~")
        .territory("territory~")
        .forms(ImmutableSet.of(NetworkForm.NETWORK_INTERVENTION, NetworkForm.PAIRING))
        .formality(Formality.FORMAL)
        .basis(NetworkBasis.of(BasisKind.values()[BasisKind.values().length - 1], "reference~basis")
            .inForce(Period.of(D, D.plusYears(1))))
        .addStatusHistory(StatusChange.of(D.plusDays(10), NetworkStatus.SUSPENDED))
        .governance(Governance.builder().place("place~").addCommunicationTools("tool~a", "tool~b")
            .facilitation("facilitation~").traces("traces~").ethicsCharter(EthicsCharter.of(D, true)).build())
        .strategy(ConcertedStrategy.of(StrategyKind.values()[0], "statement~strategy"))
        .addOrganisations(Organisation.builder().id(O1).name("name~o1").kind(OrganisationKind.SERVICE)
            .sector(Sector.SOCIAL).territory("territory~o1").parent(O2).build())
        .addOrganisations(Organisation.builder().id(O2).kind(OrganisationKind.ASSOCIATION)
            .sector(Sector.HEALTH).build())
        .addMembers(PrimaryMember.builder().id(PM1).name("name~pm1").note("note~pm1").relation(Relation.AUNT)
            .sector(Sector.FAMILY).horizon(Horizon.CLOSE).alive(true).reachable(true).dormant(false)
            .addInvolvements(Period.of(D, D.plusMonths(2)), Period.from(D.plusMonths(3))).build())
        .addMembers(PrimaryMember.builder().id(PM2).relation(Relation.FRIEND).alive(false).reachable(false)
            .dormant(true).horizon(Horizon.DISTANT).addInvolvements(Period.from(D)).build())
        .addMembers(Professional.builder().id(PRO1).name("name~pro1").note("note~pro1").organisation(O1)
            .mandate(Mandate.of(MandateKind.values()[0], "reference~mandate"))
            .addCompetences(Competence.of("role~", LifeSphere.HOUSING, LifeSphere.of("custom-sphere")))
            .secrecy(SecrecyBasis.PROFESSION).delegation(FormalDelegation.of("reference~delegation", D))
            .missionCategories(ImmutableSet.of(InformationCategory.HEALTH, InformationCategory.HOUSING))
            .addStandings(FrenchStanding.builder().regulatoryCategory(RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER)
                .childProtectionContributor(true).socialActionProfessional(false)
                .careTeam(CareTeamBasis.SAME_ESTABLISHMENT).build())
            .sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).alive(true).reachable(true).dormant(false)
            .addInvolvements(Period.from(D)).build())
        .addMembers(Professional.builder().id(PRO2).organisation(O2).missionCategories(ImmutableSet.of())
            .addStandings(BelgianStanding.builder().secrecy(SecrecyStanding.values()[0]).healthProfessional(true)
                .youthAidRole(YouthAidRole.values()[0]).build())
            .sector(Sector.HEALTH).horizon(Horizon.DISTANT).alive(false).reachable(false).dormant(true)
            .addInvolvements(Period.from(D)).build())
        .addMembers(Participant.builder().id(PT1).name("name~pt1").note("note~pt1")
            .role(ParticipantRole.VOLUNTEER).sector(Sector.COMMUNITY).horizon(Horizon.MIDDLE)
            .alive(true).reachable(true).dormant(false).addInvolvements(Period.from(D)).build())
        .addMembers(Participant.builder().id(PT2).role(ParticipantRole.INHABITANT).sector(Sector.COMMUNITY)
            .horizon(Horizon.DISTANT).alive(false).reachable(false).dormant(true).addInvolvements(Period.from(D)).build())
        .addTies(Tie.builder().id(TieId.of("t-1")).first(PERSON).second(PM1).nature(TieNature.SUPPORT)
            .quality(TieQuality.STRONG).putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_SECOND)
            .putSupport(SupportType.PRACTICAL, SupportDirection.MUTUAL).build())
        .addTies(Tie.builder().id(TieId.of("t-2")).first(PRO1).second(PM1).nature(TieNature.COLLABORATION)
            .build())
        .addMeetings(Meeting.builder().id(MeetingId.of("mt-1")).date(D.plusDays(3)).addParticipants(PM1, PRO1)
            .facilitator(PRO1).personPresent(true).note("note~meeting").build())
        .addMeetings(Meeting.builder().id(MeetingId.of("mt-2")).date(D.plusDays(4)).personPresent(false).build())
        .addEvaluations(Evaluation.builder().date(D.plusDays(30)).outcome("outcome~").build())
        .addReferents(ReferentDesignation.of(PRO1, Period.of(D, D.plusMonths(6))))
        .addReferentAssessments(QualityAssessment.builder().referent(PRO1).quality(ReferentQuality.PROXIMITY)
            .level(QualityLevel.HIGH).assessedBy(PRO1).date(D.plusDays(20)).evidence("evidence~").build())
        .project(PersonalisedProject.builder()
            .addObjectives(Objective.builder().id(ObjectiveId.of("obj-1")).sphere(LifeSphere.HOUSING)
                .statement("statement~objective").addParticipation(Participation.CO_DEFINED, Participation.ACTS)
                .addMeans(Means.builder().holder(PRO1).description("description~means").build()).build())
            .evaluationStrategy("strategy~evaluation").addReviewDates(D.plusMonths(3), D.plusMonths(6)).build())
        .partnership(Partnership.builder().addOrganisations(O1, O2).addMembers(PRO1).commonProject("project~")
            .charter(Charter.of(D)).convention(Convention.of("reference~convention", D))
            .origin(Origin.builder().kind(OriginKind.IMPOSED).legalBasis("basis~").commission("commission~").build())
            .period(Period.from(D)).build())
        .addFlows(InformationFlow.builder().id(FlowId.of("f-1")).sender(PRO1).addRecipients(PRO2, PM1).about(PERSON)
            .addOutsideProfessionals(OutsideProfessional.builder().id(MemberId.of("out-1")).organisation(O2)
                .secrecy(SecrecyBasis.MISSION).missionCategories(ImmutableSet.of(InformationCategory.HOUSING))
                .addStandings(FrenchStanding.builder().regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL)
                    .build())
                .build())
            .addAuthorities(Authority.PUBLIC_PROSECUTOR, Authority.CHILD_CONCERN_UNIT)
            .sharedRecord(SharedRecord.builder().name("record~").addProfessionalCategories(
                RegulatoryCategory.HEALTH_PROFESSIONAL, RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT).build())
            .date(D.plusDays(5)).mode(FlowMode.SHARING)
            .purpose(Purpose.builder().kind(PurposeKind.CARE_COORDINATION).addNeeds(InformationCategory.HEALTH)
                .statement("statement~purpose").build())
            .addCategories(InformationCategory.HEALTH).personPresent(true)
            .notInformedReason(NotInformedReason.URGENCY)
            .putNotInformedReason(REP, NotInformedReason.URGENCY)
            .report(ReportKind.CHILD_CONCERN).note("note~flow").build())
        .addFlows(InformationFlow.builder().id(FlowId.of("f-2")).sender(PRO2).addRecipients(PRO1).about(PERSON)
            .date(D.plusDays(6)).mode(FlowMode.EXCHANGE).personPresent(false).build())
        .addInformings(Informing.builder().informed(PERSON).date(D.plusDays(5))
            .addSubjects(InformingSubject.RECIPIENTS, InformingSubject.RIGHT_TO_OBJECT).by(PRO1)
            .flow(FlowId.of("f-1")).build())
        .addObjections(Objection.builder().by(PERSON).date(D.plusDays(7)).addCategories(InformationCategory.HEALTH)
            .addRecipients(PM1).addOrganisations(O1).build())
        .addConsents(Consent.builder().by(PERSON).addInformationCategories(InformationCategory.HOUSING)
            .addProfessionalCategories(RegulatoryCategory.HEALTH_PROFESSIONAL, RegulatoryCategory.FOSTER_CARER,
                BelgianProfessionalCategory.HEALTH_PROFESSIONALS)
            .addMedia("medium~").addSecurityMeasures("measure~").given(D).withdrawn(D.plusDays(40)).build())
        .jurisdictionFacts(facts(false))
        .jurisdiction(Jurisdiction.FRANCE);
  }

  static Person person() {
    return Person.builder().id(PERSON).name("name~person").lifeStage(LifeStage.MINOR).birthDate(D.minusYears(12))
        .unableToProtectThemselves(true)
        .addMinorsConcerned(MinorOfFamily.builder().id(MemberId.of("minor-1")).lifeStage(LifeStage.YOUNG_CHILD)
            .birthDate(D.minusYears(3)).addHoldersOfParentalAuthority(REP).build())
        .addNeeds(Need.builder().sphere(LifeSphere.SCHOOLING).note("note~need").build())
        .addStrengths(Strength.builder().kind(StrengthKind.RESOURCE).sphere(LifeSphere.SOCIAL_LIFE)
            .note("note~strength").build())
        .addLifeChoices("lifechoice~1", "lifechoice~2")
        .addRepresentatives(LegalRepresentative.builder().id(REP).kind(RepresentationKind.PARENTAL_AUTHORITY)
            .name("name~rep").build())
        .addAgreements(Agreement.builder().by(REP).given(D).withdrawn(D.plusDays(50)).build())
        .addAgreements(Agreement.refusal(PERSON, D.plusDays(2)))
        .addViews(RecordedView.builder().of(REP).recorded(D).stance(Stance.RESERVED).note("note~view").build())
        .addMeasures(JudicialMeasure.builder().reference("reference~measure").kind(MeasureKind.EDUCATIONAL_ASSISTANCE)
            .judge(PM2).period(Period.of(D, D.plusYears(1))).addMandated(PRO1).build())
        .build();
  }
}
