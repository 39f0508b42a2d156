package org.maillage.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
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
import org.maillage.partnership.Convention;
import org.maillage.partnership.Origin;
import org.maillage.partnership.Partnership;
import org.maillage.person.Agreement;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
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
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.be.BelgianStanding;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.YouthAidCommunity;
import org.maillage.sharing.be.YouthAidRole;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * Example networks drawn from the practice literature, one for each of the five forms of Dumoulin et al. and
 * one partnership imposed by law (<i>scénarios d'exemple</i>).
 *
 * <p>Each factory builds a small, fictional but realistic network, written as a careful social worker would
 * record it, so that it reads well against the rule catalogue of DOMAIN.md §2 on {@link #AS_OF}. Names, notes
 * and statements are in French, as the users of Maillage write them; the model keeps them out of
 * {@code toString()}. All dates are fixed: the scenarios never read the clock.
 *
 * <pre>{@code
 * Network pairing = Scenarios.pairing();
 * String text = ScenarioSummary.render(pairing, Scenarios.AS_OF, Locale.FRENCH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: every call builds new immutable values.
 *
 * @since 0.1
 */
public final class Scenarios {

  /** The day the scenarios are meant to be read on: 1 December 2026. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private Scenarios() {}

  /**
   * Returns every scenario by name, in a fixed order: the five forms of Dumoulin et al. (000), then the imposed
   * partnership.
   *
   * @return the networks by scenario name: {@code pairing}, {@code inter-institutional},
   *     {@code network-intervention}, {@code mutual-aid}, {@code collective}, {@code imposed-partnership}
   */
  public static ImmutableMap<String, Network> all() {
    return ImmutableMap.<String, Network>builder()
        .put("pairing", pairing())
        .put("inter-institutional", interInstitutional())
        .put("network-intervention", networkIntervention())
        .put("mutual-aid", mutualAid())
        .put("collective", collectiveIntervention())
        .put("imposed-partnership", imposedPartnership())
        .build();
  }

  // ---- (a) pairing ------------------------------------------------------------------------------------------

  /**
   * A pairing (<i>pairage</i>) around a twelve-year-old pupil, after Dumoulin et al. (000): the first form, the
   * most common and the most spontaneous.
   *
   * <p>The school social-service assistant of a collège, worried by a pupil's repeated absences, learns that an
   * educational-assistance measure ordered by the children's judge is in progress and calls the family's AEMO
   * educator. Two professionals, of two organisations belonging to two institutions (the national education
   * service and a child-protection association), under two different mandates (the school service's general
   * mission, the judge's order), cross their competences over one child. The network is informal, as pairings
   * are, and rests on the agreement of the girl and of both holders of parental authority.
   *
   * <p>It illustrates: {@code FORM-PAIRING} (exactly two professionals, different organisations and mandates, one
   * focal person); primary members mobilised beside the professionals (the mother and the grandmother hold means
   * of the project), as the Belgian guide (001) wants the secondary network to support the primary one; a
   * personalised project co-elaborated with the pupil; a référent de proximité after Cultiaux (004), tied to most
   * members; and two exchanges under the French child-protection regime (CASF L226-2-2), both holders of parental
   * authority and the girl informed beforehand.
   *
   * @return the pairing network, as of {@link #AS_OF}
   */
  public static Network pairing() {
    MemberId pupil = MemberId.of("p-2026-118");
    MemberId mother = MemberId.of("m-mother");
    MemberId father = MemberId.of("r-father");
    MemberId grandmother = MemberId.of("m-grandmother");
    MemberId assistant = MemberId.of("pro-school-ass");
    MemberId educator = MemberId.of("pro-aemo");
    String docket = "TE-59-2026-0412";

    Person person = Person.builder()
        .id(pupil)
        .name("Inès Benali")
        .lifeStage(LifeStage.MINOR)
        .addNeed(need(LifeSphere.SCHOOLING, "Absences répétées depuis la rentrée, surtout le matin"))
        .addNeed(need(LifeSphere.FAMILY_AND_PARENTING, "Matins tendus à la maison ; mère seule avec trois enfants"))
        .addNeed(need(LifeSphere.SOCIAL_LIFE, "S'isole de ses camarades depuis l'été"))
        .addStrength(strength(StrengthKind.COMPETENCE, LifeSphere.SCHOOLING, "Très à l'aise en arts plastiques"))
        .addStrength(strength(StrengthKind.RESOURCE, LifeSphere.FAMILY_AND_PARENTING,
            "Une grand-mère très présente, qui habite à deux rues"))
        .addLifeChoice("Rester dans le collège de son quartier, avec ses amies")
        .addRepresentative(LegalRepresentative.builder().id(mother).kind(RepresentationKind.PARENTAL_AUTHORITY)
            .name("Sandra Benali").build())
        .addRepresentative(LegalRepresentative.builder().id(father).kind(RepresentationKind.PARENTAL_AUTHORITY)
            .name("Karim Benali").build())
        .addAgreement(Agreement.of(pupil, date(2026, 9, 18)))
        .addAgreement(Agreement.of(mother, date(2026, 9, 18)))
        .addAgreement(Agreement.of(father, date(2026, 9, 19)))
        .addMeasure(JudicialMeasure.builder()
            .reference(docket)
            .kind(MeasureKind.EDUCATIONAL_ASSISTANCE)
            .period(Period.of(date(2026, 5, 4), date(2027, 5, 3)))
            .addMandated(educator)
            .build())
        .build();

    OrganisationId dsden = OrganisationId.of("o-dsden-59");
    OrganisationId college = OrganisationId.of("o-college-trois-fontaines");
    OrganisationId association = OrganisationId.of("o-sauvegarde-nord");
    OrganisationId aemo = OrganisationId.of("o-aemo-roubaix");

    return Network.builder()
        .jurisdiction(Jurisdiction.FRANCE)
        .id(NetworkId.of("n-pairing"))
        .name("Pairage autour d'Inès")
        .created(date(2026, 9, 14))
        .focalPerson(person)
        .addForm(NetworkForm.PAIRING)
        .formality(Formality.INFORMAL)
        .basis(NetworkBasis.agreement())
        .addOrganisation(organisation(dsden, "DSDEN du Nord", OrganisationKind.PUBLIC_AUTHORITY, Sector.SCHOOL, null))
        .addOrganisation(organisation(college, "Collège des Trois-Fontaines", OrganisationKind.ESTABLISHMENT,
            Sector.SCHOOL, dsden))
        .addOrganisation(organisation(association, "Sauvegarde de l'enfance du Nord", OrganisationKind.ASSOCIATION,
            Sector.CHILD_PROTECTION, null))
        .addOrganisation(organisation(aemo, "Service AEMO de Roubaix", OrganisationKind.SERVICE,
            Sector.CHILD_PROTECTION, association))
        .addMember(Professional.builder()
            .id(assistant)
            .name("Claire Vasseur")
            .sector(Sector.SCHOOL)
            .horizon(Horizon.MIDDLE)
            .organisation(college)
            .mandate(Mandate.of(MandateKind.GENERAL_MISSION, "Mission du service social en faveur des élèves"))
            .addCompetence(Competence.of("accompagnement social des élèves et de leur famille",
                LifeSphere.SCHOOLING, LifeSphere.SOCIAL_LIFE))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT)
                .childProtectionContributor(true)
                .build())
            .missionCovers(InformationCategory.SCHOOLING, InformationCategory.FAMILY_SITUATION,
                InformationCategory.SOCIAL_ASSESSMENT, InformationCategory.EDUCATIONAL_ASSESSMENT)
            .involvedFrom(date(2026, 9, 14))
            .build())
        .addMember(Professional.builder()
            .id(educator)
            .name("Julien Deram")
            .sector(Sector.CHILD_PROTECTION)
            .horizon(Horizon.MIDDLE)
            .organisation(aemo)
            .mandate(Mandate.of(MandateKind.COURT_ORDER, docket))
            .addCompetence(Competence.of("soutien éducatif et soutien à la parentalité",
                LifeSphere.FAMILY_AND_PARENTING))
            .secrecy(SecrecyBasis.MISSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER)
                .childProtectionContributor(true)
                .build())
            .missionCovers(InformationCategory.FAMILY_SITUATION, InformationCategory.EDUCATIONAL_ASSESSMENT,
                InformationCategory.SCHOOLING)
            .involvedFrom(date(2026, 9, 14))
            .build())
        .addMember(PrimaryMember.builder()
            .id(mother)
            .name("Sandra Benali")
            .relation(Relation.MOTHER)
            .horizon(Horizon.CLOSE)
            .involvedFrom(date(2026, 9, 18))
            .build())
        .addMember(PrimaryMember.builder()
            .id(grandmother)
            .name("Yvette Lefebvre")
            .note("Accompagne Inès au collège le matin depuis octobre")
            .relation(Relation.GRANDPARENT)
            .horizon(Horizon.CLOSE)
            .involvedFrom(date(2026, 10, 12))
            .build())
        .addTies(
            tie("t-1", assistant, educator, TieNature.COLLABORATION, TieQuality.STRONG)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-2", mother, pupil, TieNature.AFFECTIVE, TieQuality.STRONG)
                .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST).build(),
            tie("t-3", grandmother, pupil, TieNature.AFFECTIVE, TieQuality.STRONG)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.EMOTIONAL, SupportDirection.MUTUAL).build(),
            tie("t-4", assistant, pupil, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-5", educator, mother, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-6", educator, pupil, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-7", mother, grandmother, TieNature.AFFECTIVE, TieQuality.ORDINARY)
                .putSupport(SupportType.PRACTICAL, SupportDirection.MUTUAL).build(),
            tie("t-8", assistant, mother, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build())
        .governance(Governance.builder()
            .place("Au collège et au service AEMO, en alternance")
            .addCommunicationTools("téléphone professionnel", "messagerie professionnelle")
            .facilitation("Alternée entre les deux intervenants")
            .traces("Une note commune, relue avec Inès et sa mère")
            .ethicsCharter(EthicsCharter.of(date(2026, 9, 21), true))
            .build())
        .addMeeting(meeting("mt-1", date(2026, 9, 21), assistant, false, assistant, educator))
        .addMeeting(meeting("mt-2", date(2026, 10, 12), educator, true, pupil, mother, grandmother, assistant, educator))
        .addMeeting(meeting("mt-3", date(2026, 11, 23), assistant, true, pupil, mother, grandmother, assistant, educator))
        .addEvaluation(Evaluation.builder().date(date(2026, 11, 23))
            .outcome("Deux demi-journées d'absence en novembre, contre neuf en septembre").build())
        .addReferent(ReferentDesignation.of(assistant, Period.from(date(2026, 10, 12))))
        .project(PersonalisedProject.builder()
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-attendance"))
                .sphere(LifeSphere.SCHOOLING)
                .statement("Retrouver une présence régulière au collège")
                .addParticipation(Participation.EXPRESSED, Participation.CO_DEFINED, Participation.ACTS)
                .addMeans(means(assistant, "Point hebdomadaire avec Inès au collège"),
                    means(grandmother, "Accompagne Inès au collège le matin"))
                .build())
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-mornings"))
                .sphere(LifeSphere.FAMILY_AND_PARENTING)
                .statement("Apaiser les matins à la maison")
                .addParticipation(Participation.CO_DEFINED, Participation.AGREED)
                .addMeans(means(educator, "Visite au domicile au moment du lever, deux fois par mois"),
                    means(mother, "Prépare les affaires la veille avec Inès"))
                .build())
            .evaluationStrategy("Un point à trois à chaque fin de trimestre, avec Inès et sa mère, sur le relevé"
                + " d'absences et sur ce qu'Inès en dit")
            .addReviewDates(date(2026, 12, 18), date(2027, 3, 26))
            .build())
        .addInforming(informing(pupil, date(2026, 9, 18), assistant))
        .addInforming(informing(mother, date(2026, 9, 18), assistant))
        .addInforming(informing(father, date(2026, 9, 19), assistant))
        .addFlow(InformationFlow.builder()
            .id(FlowId.of("f-1"))
            .sender(assistant)
            .addRecipient(educator)
            .about(pupil)
            .date(date(2026, 9, 21))
            .mode(FlowMode.EXCHANGE)
            .purpose(Purpose.builder().kind(PurposeKind.CHILD_SITUATION_ASSESSMENT)
                .addNeeds(InformationCategory.SCHOOLING, InformationCategory.FAMILY_SITUATION)
                .statement("Croiser ce que chacun observe de la situation d'Inès").build())
            .addCategory(InformationCategory.SCHOOLING)
            .build())
        .addFlow(InformationFlow.builder()
            .id(FlowId.of("f-2"))
            .sender(educator)
            .addRecipient(assistant)
            .about(pupil)
            .date(date(2026, 10, 12))
            .mode(FlowMode.EXCHANGE)
            .purpose(Purpose.builder().kind(PurposeKind.CHILD_PROTECTION_ACTION)
                .addNeeds(InformationCategory.FAMILY_SITUATION, InformationCategory.EDUCATIONAL_ASSESSMENT)
                .statement("Ajuster l'aide du matin entre le collège et le service AEMO").build())
            .addCategory(InformationCategory.EDUCATIONAL_ASSESSMENT)
            .personPresent(true)
            .build())
        .build();
  }

  // ---- (b) inter-institutional network ------------------------------------------------------------------

  /**
   * An inter-institutional network (<i>réseau inter-institutionnel</i>) against child maltreatment in one town,
   * the example Dumoulin et al. (000) give for the second form, here with a city-hospital flavour.
   *
   * <p>The paediatric department of the town's hospital approached the other services concerned to build a
   * formal network on a shared theme (preventing and detecting maltreatment early) and a determined territory
   * (the town). Its members come from six institutions: the hospital, the département (whose maternal and child
   * health service and child-welfare service count as one institution), the national education service, the
   * mental-health establishment, the youth judicial protection service, and a territorial association of
   * community health professionals that brings in a general practitioner. It works on the theme, not on cases:
   * it records no flow of information about a person (<i>travail en réseau</i>, after Cultiaux, 004).
   *
   * <p>It illustrates: {@code FORM-INTER-INSTITUTIONAL} (theme, territory, several institutions); Dumont's formal
   * network (002): every professional holds a formal delegation, and the place, communication tools, facilitation
   * and traces are stated; the governance asked for by Dumoulin (000): a shared ethics charter on communication,
   * regular evaluation, facilitation that rotates between institutions so that none takes over; and a membership
   * history (a school nurse left in June 2026 and a school social-service assistant joined in September), so that
   * counts on {@link #AS_OF} leave out who is no longer current.
   *
   * @return the inter-institutional network, as of {@link #AS_OF}
   */
  public static Network interInstitutional() {
    MemberId paediatrician = MemberId.of("pro-paediatrician");
    MemberId pmiNurse = MemberId.of("pro-pmi");
    MemberId aseWorker = MemberId.of("pro-ase");
    MemberId schoolNurse = MemberId.of("pro-school-nurse");
    MemberId schoolAssistant = MemberId.of("pro-school-ass");
    MemberId psychologist = MemberId.of("pro-cmp-psy");
    MemberId pjjEducator = MemberId.of("pro-pjj");
    MemberId doctor = MemberId.of("pro-gp");

    OrganisationId hospital = OrganisationId.of("o-ch-roubaix");
    OrganisationId departement = OrganisationId.of("o-dept-59");
    OrganisationId pmi = OrganisationId.of("o-pmi-roubaix");
    OrganisationId ase = OrganisationId.of("o-ase-roubaix");
    OrganisationId dsden = OrganisationId.of("o-dsden-59");
    OrganisationId epsm = OrganisationId.of("o-epsm-lys");
    OrganisationId cmp = OrganisationId.of("o-cmp-enfants-roubaix");
    OrganisationId pjj = OrganisationId.of("o-uemo-pjj-roubaix");
    OrganisationId cpts = OrganisationId.of("o-cpts-roubaix");

    return Network.builder()
        .jurisdiction(Jurisdiction.FRANCE)
        .id(NetworkId.of("n-maltreatment-roubaix"))
        .name("Réseau de prévention de la maltraitance infantile de Roubaix")
        .created(date(2025, 3, 10))
        .theme("Prévention et repérage précoce de la maltraitance envers les enfants")
        .territory("Roubaix")
        .addForm(NetworkForm.INTER_INSTITUTIONAL)
        .formality(Formality.FORMAL)
        .addOrganisation(organisation(hospital, "Centre hospitalier de Roubaix, service de pédiatrie",
            OrganisationKind.ESTABLISHMENT, Sector.HEALTH, null))
        .addOrganisation(organisation(departement, "Département du Nord", OrganisationKind.PUBLIC_AUTHORITY,
            Sector.ADMINISTRATION, null))
        .addOrganisation(organisation(pmi, "Protection maternelle et infantile, UTPAS de Roubaix",
            OrganisationKind.SERVICE, Sector.HEALTH, departement))
        .addOrganisation(organisation(ase, "Aide sociale à l'enfance, UTPAS de Roubaix", OrganisationKind.SERVICE,
            Sector.CHILD_PROTECTION, departement))
        .addOrganisation(organisation(dsden, "DSDEN du Nord, service social et de santé en faveur des élèves",
            OrganisationKind.PUBLIC_AUTHORITY, Sector.SCHOOL, null))
        .addOrganisation(organisation(epsm, "Établissement public de santé mentale de la Lys",
            OrganisationKind.ESTABLISHMENT, Sector.MENTAL_HEALTH, null))
        .addOrganisation(organisation(cmp, "CMP enfants et adolescents de Roubaix", OrganisationKind.SERVICE,
            Sector.MENTAL_HEALTH, epsm))
        .addOrganisation(organisation(pjj, "Unité éducative de milieu ouvert de la PJJ, Roubaix",
            OrganisationKind.SERVICE, Sector.JUSTICE, null))
        .addOrganisation(organisation(cpts, "Communauté professionnelle territoriale de santé de Roubaix",
            OrganisationKind.ASSOCIATION, Sector.HEALTH, null))
        .addMember(delegate(paediatrician, "Anne Lemaire", Sector.HEALTH, hospital,
            "Unité d'accueil pédiatrique des enfants en danger",
            Competence.of("repérage médical des violences faites aux enfants", LifeSphere.HEALTH),
            FormalDelegation.of("Note de service de la direction 2025-014", date(2025, 3, 1)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL)
                .build())
            .involvedFrom(date(2025, 3, 10)).build())
        .addMember(delegate(pmiNurse, "Sophie Carlier", Sector.HEALTH, pmi,
            "Missions de protection maternelle et infantile",
            Competence.of("suivi préventif des jeunes enfants à domicile", LifeSphere.HEALTH,
                LifeSphere.FAMILY_AND_PARENTING),
            FormalDelegation.of("Arrêté de délégation du Département 2025-DGAS-031", date(2025, 3, 3)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL)
                .build())
            .involvedFrom(date(2025, 3, 10)).build())
        .addMember(delegate(aseWorker, "Mehdi Haddad", Sector.CHILD_PROTECTION, ase,
            "Missions de l'aide sociale à l'enfance (CASF L221-1)",
            Competence.of("évaluation des situations d'enfants en danger", LifeSphere.FAMILY_AND_PARENTING),
            FormalDelegation.of("Arrêté de délégation du Département 2025-DGAS-031", date(2025, 3, 3)))
            .secrecy(SecrecyBasis.MISSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT)
                .childProtectionContributor(true)
                .build())
            .involvedFrom(date(2025, 3, 10)).build())
        .addMember(delegate(schoolNurse, "Christine Dubois", Sector.SCHOOL, dsden,
            "Mission de santé scolaire",
            Competence.of("santé scolaire et repérage en milieu scolaire", LifeSphere.HEALTH, LifeSphere.SCHOOLING),
            FormalDelegation.of("Lettre de mission de l'IA-DASEN 2025-07", date(2025, 2, 20)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL)
                .build())
            .addInvolvement(Period.of(date(2025, 3, 10), date(2026, 6, 30))).build())
        .addMember(delegate(schoolAssistant, "Aurélie Martin", Sector.SCHOOL, dsden,
            "Mission du service social en faveur des élèves",
            Competence.of("service social en faveur des élèves", LifeSphere.SCHOOLING,
                LifeSphere.FAMILY_AND_PARENTING),
            FormalDelegation.of("Lettre de mission de l'IA-DASEN 2026-05", date(2026, 8, 28)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT)
                .build())
            .involvedFrom(date(2026, 9, 1)).build())
        .addMember(delegate(psychologist, "Thomas Roussel", Sector.MENTAL_HEALTH, cmp,
            "Mission de psychiatrie infanto-juvénile de secteur",
            Competence.of("évaluation du retentissement psychique chez l'enfant", LifeSphere.MENTAL_HEALTH),
            FormalDelegation.of("Décision du chef de pôle de pédopsychiatrie 2025-03", date(2025, 3, 5)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.PSYCHOLOGIST_OR_THERAPIST)
                .build())
            .involvedFrom(date(2025, 3, 10)).build())
        .addMember(delegate(pjjEducator, "Nadia Belkacem", Sector.JUSTICE, pjj,
            "Suivi éducatif des mineurs sous main de justice",
            Competence.of("suivi éducatif des mineurs sous main de justice", LifeSphere.JUSTICE),
            FormalDelegation.of("Note de la direction territoriale de la PJJ 2026-03", date(2026, 3, 20)))
            .secrecy(SecrecyBasis.MISSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER)
                .childProtectionContributor(true)
                .build())
            .involvedFrom(date(2026, 4, 1)).build())
        .addMember(delegate(doctor, "Philippe Vandamme", Sector.HEALTH, cpts,
            "Médecine générale de premier recours",
            Competence.of("médecine générale et suivi des familles", LifeSphere.HEALTH),
            FormalDelegation.of("Délibération du bureau de la CPTS 2025-02", date(2025, 2, 25)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL)
                .build())
            .involvedFrom(date(2025, 3, 10)).build())
        .addTies(
            collaboration("t-1", paediatrician, aseWorker),
            collaboration("t-2", paediatrician, pmiNurse),
            collaboration("t-3", pmiNurse, aseWorker),
            collaboration("t-4", aseWorker, schoolNurse),
            collaboration("t-5", aseWorker, schoolAssistant),
            collaboration("t-6", psychologist, paediatrician),
            collaboration("t-7", pjjEducator, aseWorker),
            collaboration("t-8", doctor, paediatrician),
            collaboration("t-9", doctor, pmiNurse),
            collaboration("t-10", schoolAssistant, psychologist))
        .governance(Governance.builder()
            .place("Salle de réunion du service de pédiatrie, centre hospitalier de Roubaix")
            .addCommunicationTools("messagerie sécurisée de santé", "annuaire partagé des référents du réseau")
            .facilitation("Animation tournante entre les institutions membres, selon un calendrier annuel")
            .traces("Compte rendu sans données nominatives, diffusé sous quinze jours et archivé par l'institution"
                + " qui anime")
            .ethicsCharter(EthicsCharter.of(date(2025, 6, 16), true))
            .build())
        .addMeeting(meeting("mt-1", date(2025, 3, 10), paediatrician, false,
            paediatrician, pmiNurse, aseWorker, schoolNurse, psychologist, doctor))
        .addMeeting(meeting("mt-2", date(2025, 6, 16), aseWorker, false,
            paediatrician, pmiNurse, aseWorker, schoolNurse, psychologist, doctor))
        .addMeeting(meeting("mt-3", date(2025, 10, 6), psychologist, false,
            paediatrician, pmiNurse, aseWorker, schoolNurse, psychologist))
        .addMeeting(meeting("mt-4", date(2026, 1, 19), pmiNurse, false,
            paediatrician, pmiNurse, aseWorker, schoolNurse, psychologist, doctor))
        .addMeeting(meeting("mt-5", date(2026, 3, 23), paediatrician, false,
            paediatrician, pmiNurse, aseWorker, psychologist, doctor))
        .addMeeting(meeting("mt-6", date(2026, 6, 15), schoolNurse, false,
            paediatrician, pmiNurse, aseWorker, schoolNurse, psychologist, pjjEducator))
        .addMeeting(meeting("mt-7", date(2026, 9, 21), pjjEducator, false,
            paediatrician, aseWorker, schoolAssistant, psychologist, pjjEducator, doctor))
        .addMeeting(meeting("mt-8", date(2026, 11, 16), doctor, false,
            paediatrician, pmiNurse, aseWorker, schoolAssistant, psychologist, pjjEducator, doctor))
        .addEvaluation(Evaluation.builder().date(date(2025, 11, 17))
            .outcome("Fiche de repérage commune adoptée par les six institutions").build())
        .addEvaluation(Evaluation.builder().date(date(2026, 11, 16))
            .outcome("Bilan annuel : circuit d'orientation raccourci, deux formations croisées tenues").build())
        .build();
  }

  // ---- (c) network intervention -------------------------------------------------------------------------

  /**
   * A network intervention (<i>intervention de réseau</i>) around a man living alone after a stay in psychiatric
   * care, after Dumoulin et al. (000) for the third form and Cultiaux (004) for the référent de proximité.
   *
   * <p>Knowing that their own part is transitory, three professionals (the département's social-service
   * assistant, a mental-health nurse of the adult psychiatric sector, an adviser of a housing-support
   * association) work to strengthen the man's primary network (his sister, a neighbour, a friend from his
   * pétanque club, and a son he has lost touch with, recorded as a dormant resource) so that his environment
   * supports him over time. The network is built from him (Belgian guide, 001): his needs span four life spheres,
   * his strengths and life choices are recorded, he co-elaborated each objective and facilitated one meeting.
   *
   * <p>It illustrates: {@code FORM-NETWORK-INTERVENTION} (focal person, mobilised primary members who give support
   * or hold means of the project); the person's agreement as the network's basis; a complete personalised project
   * (objectives, means for each, evaluation strategy); reciprocity (the neighbour and the man help each other); a
   * référent de proximité designated and tied to the person and to most members, with assessments of three of her
   * five qualities; and two exchanges under the general regime of shared secrecy (CSP L1110-4) between
   * professionals of the closed list, within both missions, after the man was told of their nature, their
   * recipients and his right to object.
   *
   * @return the network-intervention network, as of {@link #AS_OF}
   */
  public static Network networkIntervention() {
    MemberId tenant = MemberId.of("p-2026-031");
    MemberId sister = MemberId.of("m-sister");
    MemberId neighbour = MemberId.of("m-neighbour");
    MemberId friend = MemberId.of("m-friend");
    MemberId son = MemberId.of("m-son");
    MemberId assistant = MemberId.of("pro-ass");
    MemberId nurse = MemberId.of("pro-cmp-nurse");
    MemberId adviser = MemberId.of("pro-asll");

    Person person = Person.builder()
        .id(tenant)
        .name("Yves Carpentier")
        .lifeStage(LifeStage.ADULT)
        .addNeed(need(LifeSphere.MENTAL_HEALTH, "Sortie d'hospitalisation en psychiatrie en février 2026"))
        .addNeed(need(LifeSphere.HOUSING, "Trois mois de loyer impayés"))
        .addNeed(need(LifeSphere.INCOME, "Droits à l'allocation aux adultes handicapés à renouveler"))
        .addNeed(need(LifeSphere.SOCIAL_LIFE, "Isolé depuis le décès de son épouse"))
        .addStrength(strength(StrengthKind.COMPETENCE, LifeSphere.DAILY_LIVING,
            "Jardinier accompli, cuisine volontiers pour sa voisine"))
        .addStrength(strength(StrengthKind.EXPERIENTIAL_KNOWLEDGE, LifeSphere.MENTAL_HEALTH,
            "Connaît les signes qui annoncent une rechute"))
        .addStrength(strength(StrengthKind.RESOURCE, LifeSphere.SOCIAL_LIFE,
            "Membre du club de pétanque depuis vingt ans"))
        .addLifeChoice("Rester dans son appartement, dans son quartier")
        .addLifeChoice("Reprendre la pétanque et renouer avec son fils")
        .addAgreement(Agreement.of(tenant, date(2026, 3, 2)))
        .build();

    OrganisationId departement = OrganisationId.of("o-dept-59");
    OrganisationId utpas = OrganisationId.of("o-utpas-tourcoing");
    OrganisationId epsm = OrganisationId.of("o-epsm-lys");
    OrganisationId cmp = OrganisationId.of("o-cmp-adultes-tourcoing");
    OrganisationId asll = OrganisationId.of("o-habitat-insertion");

    return Network.builder()
        .jurisdiction(Jurisdiction.FRANCE)
        .id(NetworkId.of("n-support-2026-031"))
        .name("Réseau de soutien d'Yves Carpentier")
        .created(date(2026, 3, 2))
        .focalPerson(person)
        .addForm(NetworkForm.NETWORK_INTERVENTION)
        .formality(Formality.INFORMAL)
        .basis(NetworkBasis.agreement())
        .addOrganisation(organisation(departement, "Département du Nord", OrganisationKind.PUBLIC_AUTHORITY,
            Sector.ADMINISTRATION, null))
        .addOrganisation(organisation(utpas, "Service social départemental, UTPAS de Tourcoing",
            OrganisationKind.SERVICE, Sector.SOCIAL, departement))
        .addOrganisation(organisation(epsm, "Établissement public de santé mentale de la Lys",
            OrganisationKind.ESTABLISHMENT, Sector.MENTAL_HEALTH, null))
        .addOrganisation(organisation(cmp, "CMP adultes de Tourcoing", OrganisationKind.SERVICE,
            Sector.MENTAL_HEALTH, epsm))
        .addOrganisation(organisation(asll, "Habitat et Insertion, accompagnement social lié au logement",
            OrganisationKind.ASSOCIATION, Sector.HOUSING, null))
        .addMember(Professional.builder()
            .id(assistant)
            .name("Hélène Verhaeghe")
            .sector(Sector.SOCIAL)
            .horizon(Horizon.CLOSE)
            .organisation(utpas)
            .mandate(Mandate.of(MandateKind.GENERAL_MISSION, "Service social départemental polyvalent (CASF L123-2)"))
            .addCompetence(Competence.of("accompagnement social global et accès aux droits", LifeSphere.INCOME,
                LifeSphere.SOCIAL_LIFE))
            .addCompetence(Competence.of("coordination du réseau de soutien"))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT)
                .socialActionProfessional(true)
                .build())
            .missionCovers(InformationCategory.SOCIAL_ASSESSMENT, InformationCategory.FINANCIAL,
                InformationCategory.HOUSING, InformationCategory.ADMINISTRATIVE, InformationCategory.FAMILY_SITUATION)
            .involvedFrom(date(2026, 3, 2))
            .build())
        .addMember(Professional.builder()
            .id(nurse)
            .name("Samir Ouali")
            .sector(Sector.MENTAL_HEALTH)
            .horizon(Horizon.MIDDLE)
            .organisation(cmp)
            .mandate(Mandate.of(MandateKind.GENERAL_MISSION, "Psychiatrie de secteur adulte, CMP de Tourcoing"))
            .addCompetence(Competence.of("suivi infirmier en santé mentale et visites à domicile",
                LifeSphere.MENTAL_HEALTH, LifeSphere.HEALTH))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder().regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL).build())
            .missionCovers(InformationCategory.HEALTH, InformationCategory.MENTAL_HEALTH)
            .involvedFrom(date(2026, 3, 2))
            .build())
        .addMember(Professional.builder()
            .id(adviser)
            .name("Nadia Lambert")
            .sector(Sector.HOUSING)
            .horizon(Horizon.MIDDLE)
            .organisation(asll)
            .mandate(Mandate.of(MandateKind.ADMINISTRATIVE_DECISION, "FSL-59-ASLL-2026-0187"))
            .addCompetence(Competence.of("accompagnement budgétaire et maintien dans le logement",
                LifeSphere.HOUSING, LifeSphere.INCOME))
            .secrecy(SecrecyBasis.MISSION)
            .addStanding(FrenchStanding.builder().regulatoryCategory(RegulatoryCategory.FAMILY_ECONOMY_ADVISER).build())
            .missionCovers(InformationCategory.HOUSING, InformationCategory.FINANCIAL,
                InformationCategory.ADMINISTRATIVE)
            .involvedFrom(date(2026, 3, 16))
            .build())
        .addMember(PrimaryMember.builder().id(sister).name("Martine Carpentier").relation(Relation.SIBLING)
            .horizon(Horizon.CLOSE).involvedFrom(date(2026, 3, 2)).build())
        .addMember(PrimaryMember.builder().id(neighbour).name("Fatima Zeroual").relation(Relation.NEIGHBOUR)
            .horizon(Horizon.CLOSE).note("Fait ses courses avec lui ; il cuisine pour elle le dimanche")
            .involvedFrom(date(2026, 3, 16)).build())
        .addMember(PrimaryMember.builder().id(friend).name("Joël Desmet").relation(Relation.FRIEND)
            .horizon(Horizon.MIDDLE).note("Partenaire de pétanque").involvedFrom(date(2026, 5, 11)).build())
        .addMember(PrimaryMember.builder().id(son).name("Kevin Carpentier").relation(Relation.CHILD)
            .horizon(Horizon.DISTANT).dormant(true)
            .note("Sans nouvelles depuis deux ans ; Yves souhaite reprendre contact")
            .involvedFrom(date(2026, 3, 2)).build())
        .addTies(
            tie("t-1", sister, tenant, TieNature.AFFECTIVE, TieQuality.STRONG)
                .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST).build(),
            tie("t-2", neighbour, tenant, TieNature.SUPPORT, TieQuality.STRONG)
                .putSupport(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL)
                .putSupport(SupportType.PRACTICAL, SupportDirection.MUTUAL).build(),
            tie("t-3", friend, tenant, TieNature.AFFECTIVE, TieQuality.ORDINARY)
                .putSupport(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL).build(),
            tie("t-4", assistant, tenant, TieNature.SUPPORT, TieQuality.STRONG)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.LINKING, SupportDirection.FROM_FIRST).build(),
            tie("t-5", nurse, tenant, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-6", adviser, tenant, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-7", assistant, nurse, TieNature.COLLABORATION, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-8", assistant, adviser, TieNature.COLLABORATION, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-9", assistant, sister, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-10", assistant, neighbour, TieNature.INFORMATION, TieQuality.WEAK)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-11", nurse, sister, TieNature.COLLABORATION, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-12", sister, neighbour, TieNature.AFFECTIVE, TieQuality.ORDINARY).build())
        .governance(Governance.builder()
            .place("Au domicile d'Yves, ou au CMP s'il le préfère")
            .addCommunicationTools("téléphone", "cahier de liaison au domicile")
            .facilitation("Tournante, Yves compris quand il le souhaite")
            .traces("Compte rendu écrit avec Yves et remis à chacun")
            .ethicsCharter(EthicsCharter.of(date(2026, 3, 16), true))
            .build())
        .addMeeting(meeting("mt-1", date(2026, 3, 16), assistant, true,
            tenant, sister, neighbour, assistant, nurse, adviser))
        .addMeeting(meeting("mt-2", date(2026, 5, 11), nurse, true,
            tenant, sister, neighbour, friend, assistant, nurse, adviser))
        .addMeeting(meeting("mt-3", date(2026, 7, 6), tenant, true,
            tenant, sister, friend, assistant, adviser))
        .addMeeting(meeting("mt-4", date(2026, 9, 14), assistant, true,
            tenant, sister, neighbour, friend, assistant, nurse, adviser))
        .addMeeting(meeting("mt-5", date(2026, 11, 16), adviser, true,
            tenant, neighbour, friend, assistant, nurse, adviser))
        .addEvaluation(Evaluation.builder().date(date(2026, 9, 14))
            .outcome("Dette locative réduite de moitié ; aucune réhospitalisation ; retour au club en juin").build())
        .addReferent(ReferentDesignation.of(assistant, Period.from(date(2026, 3, 16))))
        .addReferentAssessment(assessment(assistant, ReferentQuality.PROXIMITY, QualityLevel.HIGH, tenant,
            "Passe chaque semaine et rappelle le jour même"))
        .addReferentAssessment(assessment(assistant, ReferentQuality.PROACTIVITY, QualityLevel.HIGH, nurse,
            "A préparé le renouvellement de l'allocation trois mois avant l'échéance"))
        .addReferentAssessment(assessment(assistant, ReferentQuality.PERMANENCE, QualityLevel.MEDIUM, adviser,
            "Affectée au secteur au moins jusqu'à fin 2027"))
        .project(PersonalisedProject.builder()
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-home"))
                .sphere(LifeSphere.HOUSING)
                .statement("Rester dans son logement en résorbant la dette locative")
                .addParticipation(Participation.EXPRESSED, Participation.CO_DEFINED, Participation.ACTS)
                .addMeans(means(adviser, "Plan d'apurement et dossier au fonds de solidarité logement"),
                    means(tenant, "Verse cinquante euros par mois au bailleur"))
                .build())
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-care"))
                .sphere(LifeSphere.MENTAL_HEALTH)
                .statement("Garder le lien avec le CMP")
                .addParticipation(Participation.CO_DEFINED, Participation.ACTS)
                .addMeans(means(nurse, "Visite à domicile tous les quinze jours"),
                    means(sister, "L'accompagne en voiture au CMP une fois par mois"))
                .build())
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-rights"))
                .sphere(LifeSphere.INCOME)
                .statement("Renouveler ses droits à l'allocation")
                .addParticipation(Participation.EXPRESSED, Participation.AGREED)
                .addMeans(means(assistant, "Constitue le dossier avec lui"))
                .build())
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-ties"))
                .sphere(LifeSphere.SOCIAL_LIFE)
                .statement("Reprendre la pétanque et renouer avec son fils")
                .addParticipation(Participation.EXPRESSED, Participation.CO_DEFINED)
                .addMeans(means(friend, "L'emmène au club le samedi"),
                    means(assistant, "Prépare avec lui une lettre à son fils"))
                .build())
            .evaluationStrategy("Un bilan tous les six mois en réunion chez Yves, avec lui, à partir de ses propres"
                + " mots et du relevé du plan d'apurement")
            .addReviewDates(date(2026, 9, 14), date(2027, 3, 15))
            .build())
        .addInforming(Informing.builder()
            .informed(tenant)
            .date(date(2026, 3, 16))
            .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RECIPIENTS,
                InformingSubject.RIGHT_TO_OBJECT)
            .by(assistant)
            .build())
        .addFlow(InformationFlow.builder()
            .id(FlowId.of("f-1"))
            .sender(assistant)
            .addRecipient(adviser)
            .about(tenant)
            .date(date(2026, 3, 20))
            .mode(FlowMode.EXCHANGE)
            .purpose(Purpose.builder().kind(PurposeKind.SOCIAL_FOLLOW_UP)
                .addNeeds(InformationCategory.HOUSING, InformationCategory.FINANCIAL)
                .statement("Préparer le dossier au fonds de solidarité logement").build())
            .addCategories(InformationCategory.HOUSING, InformationCategory.FINANCIAL)
            .build())
        .addFlow(InformationFlow.builder()
            .id(FlowId.of("f-2"))
            .sender(adviser)
            .addRecipient(assistant)
            .about(tenant)
            .date(date(2026, 5, 11))
            .mode(FlowMode.EXCHANGE)
            .purpose(Purpose.builder().kind(PurposeKind.SOCIAL_FOLLOW_UP)
                .addNeeds(InformationCategory.HOUSING, InformationCategory.FINANCIAL)
                .statement("Faire le point sur le plan d'apurement").build())
            .addCategory(InformationCategory.FINANCIAL)
            .personPresent(true)
            .build())
        .build();
  }

  // ---- (d) mutual-aid group network ---------------------------------------------------------------------

  /**
   * A mutual-aid group network (<i>réseau de groupe d'aide réciproque</i>): a knowledge-exchange network of
   * inhabitants hosted by a social centre, after Dumoulin et al. (000) for the fourth form and Dumont (002), who
   * sets exchange networks apart from professional networks.
   *
   * <p>Six inhabitants each offer a knowledge that was little used or little recognised (sewing, West African
   * cooking, tablets and phones, bicycle repair, English conversation, guitar) and each ask for another, so that
   * everyone both gives and receives. The social centre's facilitator only hosts and facilitates: her ties carry
   * no support, and the monthly exchange fair is facilitated in turn by the members themselves. The network
   * paused over the summer, which its status history records.
   *
   * <p>It illustrates: {@code FORM-MUTUAL-AID} (every participant gives and receives, the professional neither
   * gives nor receives); reciprocity as the first strength of networks (Dumoulin, 000; Bouts, 003); shared,
   * rotating facilitation; and a status history (suspended in July and August 2026, active again since
   * September), with a member who joined in September 2026.
   *
   * @return the mutual-aid network, as of {@link #AS_OF}
   */
  public static Network mutualAid() {
    MemberId facilitator = MemberId.of("pro-animatrice");
    MemberId sewing = MemberId.of("x-sewing");
    MemberId cooking = MemberId.of("x-cooking");
    MemberId tablet = MemberId.of("x-tablet");
    MemberId bicycles = MemberId.of("x-bicycles");
    MemberId english = MemberId.of("x-english");
    MemberId guitar = MemberId.of("x-guitar");
    OrganisationId centre = OrganisationId.of("o-centre-social-alma");

    return Network.builder()
        .jurisdiction(Jurisdiction.FRANCE)
        .id(NetworkId.of("n-rers-alma"))
        .name("Réseau d'échanges réciproques de savoirs de l'Alma")
        .created(date(2025, 11, 4))
        .theme("Échange réciproque de savoirs entre habitants")
        .territory("Quartier de l'Alma, Roubaix")
        .addForm(NetworkForm.MUTUAL_AID)
        .formality(Formality.INFORMAL)
        .addStatusHistory(StatusChange.of(date(2026, 7, 1), NetworkStatus.SUSPENDED),
            StatusChange.of(date(2026, 9, 1), NetworkStatus.ACTIVE))
        .addOrganisation(Organisation.builder().id(centre).name("Centre social de l'Alma")
            .kind(OrganisationKind.ASSOCIATION).sector(Sector.SOCIAL).territory("Quartier de l'Alma, Roubaix").build())
        .addMember(Professional.builder()
            .id(facilitator)
            .name("Laurence Petit")
            .sector(Sector.SOCIAL)
            .horizon(Horizon.MIDDLE)
            .organisation(centre)
            .mandate(Mandate.of(MandateKind.GENERAL_MISSION, "Projet social du centre social, agrément 2024-2027"))
            .addCompetence(Competence.of("animation de réseaux d'échanges réciproques de savoirs",
                LifeSphere.SOCIAL_LIFE))
            .involvedFrom(date(2025, 11, 4))
            .build())
        .addMember(exchanger(sewing, "Josiane Leroy", date(2025, 11, 4),
            "Offre : couture. Demande : se servir d'une tablette"))
        .addMember(exchanger(cooking, "Amadou Diallo", date(2025, 11, 4),
            "Offre : cuisine d'Afrique de l'Ouest. Demande : faire des ourlets"))
        .addMember(exchanger(tablet, "Lucie Marchand", date(2025, 11, 4),
            "Offre : initiation à la tablette et au smartphone. Demande : cuisine"))
        .addMember(exchanger(bicycles, "Rachid Amrani", date(2025, 11, 18),
            "Offre : réparation de vélos. Demande : conversation en anglais"))
        .addMember(exchanger(english, "Emma Dewitte", date(2026, 1, 13),
            "Offre : conversation en anglais. Demande : réparer son vélo"))
        .addMember(exchanger(guitar, "Tom Lecomte", date(2026, 9, 15),
            "Offre : guitare. Demande : couture"))
        .addTies(
            tie("t-1", sewing, cooking, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-2", tablet, sewing, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-3", cooking, tablet, TieNature.SUPPORT, TieQuality.STRONG)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL).build(),
            tie("t-4", bicycles, english, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_SECOND).build(),
            tie("t-5", sewing, guitar, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-6", guitar, bicycles, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-7", facilitator, sewing, TieNature.COLLABORATION, TieQuality.ORDINARY).build(),
            tie("t-8", facilitator, bicycles, TieNature.COLLABORATION, TieQuality.ORDINARY).build())
        .governance(Governance.builder()
            .place("Centre social de l'Alma, salle du premier étage")
            .addCommunicationTools("tableau des offres et des demandes", "liste de diffusion par SMS")
            .facilitation("Bourse mensuelle animée à tour de rôle par un membre, l'animatrice en appui")
            .traces("Cahier des échanges tenu par les membres")
            .ethicsCharter(EthicsCharter.of(date(2025, 11, 4), true))
            .build())
        .addMeeting(meeting("mt-1", date(2025, 11, 4), facilitator, false, facilitator, sewing, cooking, tablet))
        .addMeeting(meeting("mt-2", date(2025, 12, 2), sewing, false, facilitator, sewing, cooking, tablet, bicycles))
        .addMeeting(meeting("mt-3", date(2026, 1, 13), facilitator, false,
            facilitator, sewing, cooking, tablet, bicycles, english))
        .addMeeting(meeting("mt-4", date(2026, 2, 3), cooking, false, sewing, cooking, tablet, bicycles, english))
        .addMeeting(meeting("mt-5", date(2026, 3, 3), tablet, false, facilitator, sewing, tablet, bicycles, english))
        .addMeeting(meeting("mt-6", date(2026, 5, 5), facilitator, false,
            facilitator, sewing, cooking, tablet, bicycles, english))
        .addMeeting(meeting("mt-7", date(2026, 6, 2), bicycles, false, facilitator, cooking, tablet, bicycles, english))
        .addMeeting(meeting("mt-8", date(2026, 9, 15), english, false,
            facilitator, sewing, cooking, tablet, bicycles, english, guitar))
        .addMeeting(meeting("mt-9", date(2026, 10, 6), facilitator, false,
            facilitator, sewing, cooking, bicycles, english, guitar))
        .addMeeting(meeting("mt-10", date(2026, 11, 3), guitar, false,
            facilitator, sewing, cooking, tablet, bicycles, english, guitar))
        .addEvaluation(Evaluation.builder().date(date(2026, 6, 30))
            .outcome("Bilan de saison : quarante-deux échanges, chacun a donné et reçu").build())
        .build();
  }

  // ---- (e) collective network intervention ---------------------------------------------------------------

  /**
   * A collective network intervention (<i>intervention collective en réseau</i>) for local development in one
   * district, after Dumoulin et al. (000) for the fifth form; the Belgian guide (001) describes the same
   * engagement of political, administrative and associative actors in concerted socio-political strategies.
   *
   * <p>Five partners (the inhabitants' association of the district, the town's urban-policy department, the
   * social centre, the social landlord's local agency and the local youth-employment mission) pursue one
   * concerted local-development strategy: turning a wasteland into a shared garden and an integration work site,
   * designed and run with the inhabitants. Inhabitants, a volunteer and an elected official take part beside four
   * professionals, each delegated by their institution; an inhabitant facilitates the committee in turn.
   *
   * <p>It illustrates: {@code FORM-COLLECTIVE} (several partners, an association of inhabitants among them, a
   * stated strategy of kind {@link StrategyKind#LOCAL_DEVELOPMENT}); a formal network with its infrastructure;
   * reciprocity between inhabitants (the young man who digs the beds learns gardening in return); and the
   * conflict of approaches that the Belgian guide (001) calls inevitable and necessary, recorded as a stressful
   * conflict tie between the association's president and the elected official over the works' calendar.
   *
   * @return the collective network, as of {@link #AS_OF}
   */
  public static Network collectiveIntervention() {
    MemberId cityLead = MemberId.of("pro-city");
    MemberId centreWorker = MemberId.of("pro-centre-social");
    MemberId landlordOfficer = MemberId.of("pro-landlord");
    MemberId youthAdviser = MemberId.of("pro-mission-locale");
    MemberId president = MemberId.of("h-president");
    MemberId apprentice = MemberId.of("h-apprentice");
    MemberId gardener = MemberId.of("h-gardener");
    MemberId composter = MemberId.of("v-composter");
    MemberId councillor = MemberId.of("e-councillor");

    OrganisationId amicale = OrganisationId.of("o-amicale-briqueterie");
    OrganisationId city = OrganisationId.of("o-ville-roubaix");
    OrganisationId centre = OrganisationId.of("o-centre-social-briqueterie");
    OrganisationId landlord = OrganisationId.of("o-bailleur-briqueterie");
    OrganisationId missionLocale = OrganisationId.of("o-mission-locale-roubaix");
    String territory = "Quartier de la Briqueterie, Roubaix";

    return Network.builder()
        .jurisdiction(Jurisdiction.FRANCE)
        .id(NetworkId.of("n-briqueterie"))
        .name("Collectif Briqueterie en transition")
        .created(date(2026, 2, 2))
        .theme("Cadre de vie, alimentation et insertion")
        .territory(territory)
        .addForm(NetworkForm.COLLECTIVE)
        .formality(Formality.FORMAL)
        .strategy(ConcertedStrategy.of(StrategyKind.LOCAL_DEVELOPMENT, "Transformer la friche de la rue des"
            + " Tisserands en jardin partagé et en chantier d'insertion, conçus et gérés avec les habitants"))
        .addOrganisation(Organisation.builder().id(amicale).name("Amicale des habitants de la Briqueterie")
            .kind(OrganisationKind.ASSOCIATION_OF_INHABITANTS_OR_USERS).sector(Sector.COMMUNITY)
            .territory(territory).build())
        .addOrganisation(organisation(city, "Ville de Roubaix, direction de la politique de la ville",
            OrganisationKind.PUBLIC_AUTHORITY, Sector.ADMINISTRATION, null))
        .addOrganisation(organisation(centre, "Centre social de la Briqueterie", OrganisationKind.ASSOCIATION,
            Sector.SOCIAL, null))
        .addOrganisation(organisation(landlord, "Bailleur social, agence de proximité de la Briqueterie",
            OrganisationKind.SERVICE, Sector.HOUSING, null))
        .addOrganisation(organisation(missionLocale, "Mission locale de Roubaix", OrganisationKind.ASSOCIATION,
            Sector.EMPLOYMENT, null))
        .addMember(delegate(cityLead, "Karine Delattre", Sector.ADMINISTRATION, city,
            "Contrat de ville, quartier prioritaire de la Briqueterie",
            Competence.of("conduite de projet de développement social local", LifeSphere.SOCIAL_LIFE,
                LifeSphere.HOUSING),
            FormalDelegation.of("Lettre de mission du directeur général des services 2026-01", date(2026, 1, 20)))
            .involvedFrom(date(2026, 2, 2)).build())
        .addMember(delegate(centreWorker, "Bruno Lefort", Sector.SOCIAL, centre,
            "Projet social du centre social",
            Competence.of("animation collective et mobilisation des habitants", LifeSphere.SOCIAL_LIFE),
            FormalDelegation.of("Décision du conseil d'administration du 15 janvier 2026", date(2026, 1, 15)))
            .involvedFrom(date(2026, 2, 2)).build())
        .addMember(delegate(landlordOfficer, "Sarah Ben Amar", Sector.HOUSING, landlord,
            "Convention de gestion urbaine et sociale de proximité",
            Competence.of("gestion urbaine de proximité", LifeSphere.HOUSING),
            FormalDelegation.of("Note de la direction territoriale du bailleur 2026-02", date(2026, 1, 28)))
            .involvedFrom(date(2026, 2, 2)).build())
        .addMember(delegate(youthAdviser, "Vincent Caron", Sector.EMPLOYMENT, missionLocale,
            "Accompagnement des jeunes de 16 à 25 ans vers l'emploi",
            Competence.of("insertion professionnelle des jeunes", LifeSphere.WORK_AND_TRAINING),
            FormalDelegation.of("Mandat de la direction de la mission locale 2026-03", date(2026, 3, 2)))
            .involvedFrom(date(2026, 3, 9)).build())
        .addMember(Participant.builder().id(president).name("Odile Vermeersch").role(ParticipantRole.INHABITANT)
            .horizon(Horizon.CLOSE).note("Présidente de l'amicale des habitants").involvedFrom(date(2026, 2, 2))
            .build())
        .addMember(Participant.builder().id(gardener).name("Gisèle Vanhoutte").role(ParticipantRole.INHABITANT)
            .horizon(Horizon.MIDDLE).note("Jardinière, ancienne ouvrière du textile").involvedFrom(date(2026, 2, 2))
            .build())
        .addMember(Participant.builder().id(apprentice).name("Yacine Bouzid").role(ParticipantRole.INHABITANT)
            .horizon(Horizon.MIDDLE).note("Dix-neuf ans, veut se former aux espaces verts")
            .involvedFrom(date(2026, 3, 9)).build())
        .addMember(Participant.builder().id(composter).name("Marc Duhamel").role(ParticipantRole.VOLUNTEER)
            .horizon(Horizon.DISTANT).note("Maître composteur bénévole").involvedFrom(date(2026, 4, 6)).build())
        .addMember(Participant.builder().id(councillor).name("Leïla Bensaïd").role(ParticipantRole.ELECTED_OFFICIAL)
            .sector(Sector.ADMINISTRATION).horizon(Horizon.DISTANT)
            .note("Adjointe au maire chargée de la démocratie participative").involvedFrom(date(2026, 2, 2))
            .build())
        .addTies(
            tie("t-1", president, cityLead, TieNature.COLLABORATION, TieQuality.STRONG)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-2", president, centreWorker, TieNature.COLLABORATION, TieQuality.STRONG)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL)
                .putSupport(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL).build(),
            tie("t-3", youthAdviser, apprentice, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.LINKING, SupportDirection.FROM_FIRST).build(),
            tie("t-4", apprentice, gardener, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_SECOND).build(),
            tie("t-5", gardener, composter, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-6", landlordOfficer, cityLead, TieNature.COLLABORATION, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-7", councillor, cityLead, TieNature.COLLABORATION, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-8", president, councillor, TieNature.CONFLICT, TieQuality.STRESSFUL).build(),
            tie("t-9", centreWorker, gardener, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL).build(),
            tie("t-10", landlordOfficer, president, TieNature.COLLABORATION, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build())
        .governance(Governance.builder()
            .place("Local de l'amicale, 12 rue des Tisserands")
            .addCommunicationTools("groupe de messagerie du collectif", "panneau d'affichage au pied des immeubles")
            .facilitation("Comité mensuel animé à tour de rôle par un partenaire ou par un habitant")
            .traces("Relevé de décisions affiché au local et publié sur le groupe")
            .ethicsCharter(EthicsCharter.of(date(2026, 3, 9), true))
            .build())
        .addMeeting(meeting("mt-1", date(2026, 2, 2), cityLead, false,
            cityLead, centreWorker, landlordOfficer, president, gardener, councillor))
        .addMeeting(meeting("mt-2", date(2026, 3, 9), president, false,
            cityLead, centreWorker, landlordOfficer, youthAdviser, president, gardener, apprentice))
        .addMeeting(meeting("mt-3", date(2026, 4, 6), centreWorker, false,
            cityLead, centreWorker, youthAdviser, president, gardener, apprentice, composter))
        .addMeeting(meeting("mt-4", date(2026, 5, 18), gardener, false,
            centreWorker, landlordOfficer, president, gardener, apprentice, composter, councillor))
        .addMeeting(meeting("mt-5", date(2026, 6, 22), landlordOfficer, false,
            cityLead, centreWorker, landlordOfficer, youthAdviser, president, gardener, apprentice))
        .addMeeting(meeting("mt-6", date(2026, 9, 14), president, false,
            cityLead, centreWorker, landlordOfficer, president, gardener, composter, councillor))
        .addMeeting(meeting("mt-7", date(2026, 10, 12), youthAdviser, false,
            cityLead, centreWorker, youthAdviser, president, gardener, apprentice, composter))
        .addMeeting(meeting("mt-8", date(2026, 11, 23), cityLead, false,
            cityLead, centreWorker, landlordOfficer, youthAdviser, president, gardener, apprentice, composter, councillor))
        .addEvaluation(Evaluation.builder().date(date(2026, 10, 12))
            .outcome("Quatorze parcelles attribuées ; trois jeunes sur le chantier d'insertion").build())
        .build();
  }

  // ---- (f) partnership imposed by law -------------------------------------------------------------------

  /**
   * A question a case system asks before a transmission, about the {@link #networkIntervention()}: may the
   * social-service assistant put the tenant's housing and budget situation into a record shared with the
   * housing adviser, on {@link #AS_OF}, for their social follow-up? Both are on the closed list and take part
   * in the support, the categories are within both missions and needed by the purpose, and the tenant was told
   * of the right to object; but a sharing outside a care team needs the tenant's prior consent, which the
   * record does not show (CSP L1110-4 III).
   *
   * @return the prospective flow, to pass to a {@code SharingPolicy}
   */
  public static InformationFlow consentQuestion() {
    return InformationFlow.builder()
        .id(FlowId.of("f-question"))
        .sender(MemberId.of("pro-ass"))
        .addRecipient(MemberId.of("pro-asll"))
        .about(MemberId.of("p-2026-031"))
        .date(AS_OF)
        .mode(FlowMode.SHARING)
        .purpose(Purpose.of(PurposeKind.SOCIAL_FOLLOW_UP, InformationCategory.HOUSING, InformationCategory.FINANCIAL))
        .addCategories(InformationCategory.HOUSING, InformationCategory.FINANCIAL)
        .build();
  }

  /**
   * The {@link #networkIntervention()} with the record completed for the {@link #consentQuestion()}: the
   * social-service assistant and the housing adviser are recorded as belonging to no care team of the tenant
   * ({@link CareTeamBasis#NONE}), which the seed scenario leaves unrecorded. The sharing then goes outside a
   * care team, and the decision can be reached: the tenant's prior consent is needed.
   *
   * @return the network with both care-team facts recorded
   */
  public static Network networkInterventionOutsideCareTeam() {
    Network network = networkIntervention();
    Set<MemberId> completed = Set.of(MemberId.of("pro-ass"), MemberId.of("pro-asll"));
    List<Member> members = new ArrayList<>();
    for (Member member : network.members()) {
      if (member instanceof Professional p && completed.contains(p.id())) {
        FrenchStanding standing = FrenchStanding.builder().from(FrenchStanding.of(p)).careTeam(CareTeamBasis.NONE)
            .build();
        members.add(Professional.builder().from(p).standings(List.of(standing)).build());
      } else {
        members.add(member);
      }
    }
    return Network.builder().from(network).members(members).build();
  }

  /**
   * A counter-example, not a seed scenario: the {@link #pairing()} as it often goes wrong. The second worker
   * is moved into the school's own service under the same general mission, so the two "peers" no longer come
   * from neighbouring institutions with different mandates (Dumoulin et al., 000), and the father's
   * agreement was never recorded, though he holds parental authority. The demo validates it to show findings.
   *
   * @return the flawed pairing, which fails {@code FORM-PAIRING} and {@code PERSON-CONSENT}
   */
  public static Network pairingWithinOneService() {
    Network pairing = pairing();
    Professional assistant = (Professional) pairing.member(MemberId.of("pro-school-ass")).orElseThrow();
    Professional educator = (Professional) pairing.member(MemberId.of("pro-aemo")).orElseThrow();
    Person pupil = pairing.focalPerson().orElseThrow();
    Person withoutFather = Person.builder().from(pupil)
        .agreements(pupil.agreements().stream().filter(a -> !a.by().equals(MemberId.of("r-father"))).toList())
        .build();
    ImmutableList.Builder<Member> members = ImmutableList.builder();
    for (Member m : pairing.members()) {
      members.add(m.id().equals(educator.id())
          ? Professional.builder().from(educator).organisation(assistant.organisation().orElseThrow())
              .mandate(assistant.mandate().orElseThrow()).build()
          : m);
    }
    return Network.builder().from(pairing)
        .id(NetworkId.of("n-pairing-flawed"))
        .focalPerson(withoutFather)
        .members(members.build())
        .build();
  }

  /**
   * A partnership imposed by law and formalised by a convention (<i>partenariat imposé, conventionné</i>): the
   * département's protocol on concerns about children, after Dumont (002), who sets partnership apart from network
   * work, and the Belgian guide (001), for which a partnership is an exchange system between professionals only.
   *
   * <p>The French law requires the president of the département council to set up, with the State, the judicial
   * authority and the institutional partners concerned, protocols for collecting, processing and assessing
   * concerns about children (CASF L226-3). The collection unit of the département, the public prosecutor's office
   * for minors, the national education service and the university hospital's paediatric unit signed such a
   * protocol. Its parties are organisations and professionals only, its origin is imposed with the legal basis
   * stated, and its convention sets the operational terms. Being also a network of several institutions on a theme
   * and a territory, it declares the inter-institutional form; the partnership follows an institutional logic
   * that complements the actor logic of the network in {@link #interInstitutional()} (Dumont, 002).
   *
   * <p>It illustrates: {@code PARTNERSHIP-FORMALISED} (a convention), {@code PARTNERSHIP-PROFESSIONALS-ONLY},
   * {@code PARTNERSHIP-ORIGIN} (imposed, legal basis named), and a formal network with delegations and an
   * infrastructure, whose committee is chaired by each signatory in turn.
   *
   * @return the partnership network, as of {@link #AS_OF}
   */
  public static Network imposedPartnership() {
    MemberId cripHead = MemberId.of("pro-crip");
    MemberId prosecutor = MemberId.of("pro-parquet");
    MemberId schoolAdviser = MemberId.of("pro-dsden");
    MemberId paediatrician = MemberId.of("pro-chu");

    OrganisationId departement = OrganisationId.of("o-dept-59");
    OrganisationId crip = OrganisationId.of("o-crip-59");
    OrganisationId court = OrganisationId.of("o-tj-lille");
    OrganisationId dsden = OrganisationId.of("o-dsden-59");
    OrganisationId hospital = OrganisationId.of("o-chu-lille");

    return Network.builder()
        .jurisdiction(Jurisdiction.FRANCE)
        .id(NetworkId.of("n-protocole-ip-59"))
        .name("Protocole départemental de recueil des informations préoccupantes")
        .created(date(2026, 1, 15))
        .theme("Recueil, traitement et évaluation des informations préoccupantes")
        .territory("Département du Nord")
        .addForm(NetworkForm.INTER_INSTITUTIONAL)
        .formality(Formality.FORMAL)
        .addOrganisation(organisation(departement, "Département du Nord", OrganisationKind.PUBLIC_AUTHORITY,
            Sector.ADMINISTRATION, null))
        .addOrganisation(organisation(crip, "Cellule de recueil des informations préoccupantes du Nord",
            OrganisationKind.SERVICE, Sector.CHILD_PROTECTION, departement))
        .addOrganisation(organisation(court, "Tribunal judiciaire de Lille, parquet des mineurs",
            OrganisationKind.PUBLIC_AUTHORITY, Sector.JUSTICE, null))
        .addOrganisation(organisation(dsden, "DSDEN du Nord", OrganisationKind.PUBLIC_AUTHORITY, Sector.SCHOOL, null))
        .addOrganisation(organisation(hospital, "CHU de Lille, unité d'accueil pédiatrique des enfants en danger",
            OrganisationKind.ESTABLISHMENT, Sector.HEALTH, null))
        .addMember(delegate(cripHead, "Isabelle Dhaene", Sector.CHILD_PROTECTION, crip,
            "Recueil et évaluation des informations préoccupantes (CASF L226-3)",
            Competence.of("traitement et orientation des informations préoccupantes",
                LifeSphere.FAMILY_AND_PARENTING),
            FormalDelegation.of("Arrêté du président du conseil départemental 2026-PCD-004", date(2026, 1, 10)))
            .secrecy(SecrecyBasis.MISSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT)
                .childProtectionContributor(true)
                .build())
            .involvedFrom(date(2026, 1, 15)).build())
        .addMember(delegate(prosecutor, "Mathieu Leclercq", Sector.JUSTICE, court,
            "Protection judiciaire de l'enfance, parquet des mineurs",
            Competence.of("saisine du juge des enfants et mesures de protection urgentes", LifeSphere.JUSTICE),
            FormalDelegation.of("Désignation par le procureur de la République 2026-01", date(2026, 1, 8)))
            .secrecy(SecrecyBasis.FUNCTION).involvedFrom(date(2026, 1, 15)).build())
        .addMember(delegate(schoolAdviser, "Florence Ramez", Sector.SCHOOL, dsden,
            "Conseillère technique de service social auprès de l'IA-DASEN",
            Competence.of("transmission des informations préoccupantes des établissements scolaires",
                LifeSphere.SCHOOLING),
            FormalDelegation.of("Lettre de mission de l'IA-DASEN 2026-01", date(2026, 1, 12)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT)
                .childProtectionContributor(true)
                .build())
            .involvedFrom(date(2026, 1, 15)).build())
        .addMember(delegate(paediatrician, "Élodie Masson", Sector.HEALTH, hospital,
            "Unité d'accueil pédiatrique des enfants en danger",
            Competence.of("examen pédiatrique et médico-légal des enfants", LifeSphere.HEALTH),
            FormalDelegation.of("Décision du directeur général du CHU 2026-011", date(2026, 1, 13)))
            .secrecy(SecrecyBasis.PROFESSION)
            .addStanding(FrenchStanding.builder()
                .regulatoryCategory(RegulatoryCategory.HEALTH_PROFESSIONAL)
                .childProtectionContributor(true)
                .build())
            .involvedFrom(date(2026, 1, 15)).build())
        .partnership(Partnership.builder()
            .addOrganisations(departement, court, dsden, hospital)
            .addMembers(cripHead, prosecutor, schoolAdviser, paediatrician)
            .commonProject("Recueillir, traiter et évaluer sans délai les informations préoccupantes, par un"
                + " circuit unique vers la cellule départementale")
            .convention(Convention.of("Protocole départemental IP n° 2026-01", date(2026, 1, 15)))
            .origin(Origin.imposedBy("CASF L226-3"))
            .period(Period.of(date(2026, 1, 15), date(2028, 12, 31)))
            .build())
        .addTies(
            collaboration("t-1", cripHead, prosecutor),
            collaboration("t-2", cripHead, schoolAdviser),
            collaboration("t-3", cripHead, paediatrician),
            collaboration("t-4", paediatrician, prosecutor),
            tie("t-5", schoolAdviser, prosecutor, TieNature.INFORMATION, TieQuality.WEAK).build())
        .governance(Governance.builder()
            .place("Hôtel du Département, Lille")
            .addCommunicationTools("adresse fonctionnelle sécurisée de la cellule", "fiche de transmission commune")
            .facilitation("Comité technique trimestriel présidé à tour de rôle par chaque signataire")
            .traces("Procès-verbal signé de chaque comité et rapport annuel d'activité de la cellule")
            .ethicsCharter(EthicsCharter.of(date(2026, 1, 15), true))
            .build())
        .addMeeting(meeting("mt-1", date(2026, 1, 15), cripHead, false,
            cripHead, prosecutor, schoolAdviser, paediatrician))
        .addMeeting(meeting("mt-2", date(2026, 4, 14), prosecutor, false,
            cripHead, prosecutor, schoolAdviser, paediatrician))
        .addMeeting(meeting("mt-3", date(2026, 6, 23), schoolAdviser, false, cripHead, prosecutor, schoolAdviser))
        .addMeeting(meeting("mt-4", date(2026, 9, 22), paediatrician, false,
            cripHead, prosecutor, schoolAdviser, paediatrician))
        .addMeeting(meeting("mt-5", date(2026, 11, 24), cripHead, false,
            cripHead, prosecutor, schoolAdviser, paediatrician))
        .addEvaluation(Evaluation.builder().date(date(2026, 11, 24))
            .outcome("Bilan annuel : délai moyen de traitement ramené à neuf jours").build())
        .build();
  }

  // ---- (g) Belgium: a PMS centre and a CPAS around a teenager --------------------------------------------

  /**
   * A pairing under Belgian law (<i>pairage, droit belge</i>): a PMS centre (<i>centre psycho-médico-social</i>)
   * and a CPAS around a fifteen-year-old, in the spirit of the Belgian service guide (001), which names the PMS
   * centres among the partners without whom there is no support, and of Cultiaux (004), who writes from Brussels.
   *
   * <p>The PMS centre's social assistant, who follows the secondary-school pupil since her absences piled up
   * after her mother lost her job, meets with her and her mother and, with their agreement, calls the CPAS
   * social worker who handles the family's social-integration income. Two professionals of two public services,
   * each under its own mission, around one teenager; the network is informal and rests on the agreement of the
   * girl and of her mother, who exercises parental authority alone. The network records its jurisdiction
   * (Belgium) and the community whose youth-aid legislation would govern an intervention (the Wallonia-Brussels
   * Federation); neither worker acts under that legislation, so a flow between them is judged under shared
   * professional secrecy: both bound by secrecy (the PMS worker through her mission, the CPAS worker through the
   * organic law of the CPAS), the same mission for the same person, in her interest, and with her and her
   * mother's explicit agreement, which covers the family situation and the social assessment only.
   *
   * @return the Belgian pairing, as of {@link #AS_OF}
   */
  public static Network belgianPairing() {
    MemberId pupil = MemberId.of("p-2026-207");
    MemberId mother = MemberId.of("m-mother");
    MemberId aunt = MemberId.of("m-aunt");
    MemberId pms = MemberId.of("pro-pms");
    MemberId cpas = MemberId.of("pro-cpas");

    Person person = Person.builder()
        .id(pupil)
        .name("Nora Lambert")
        .lifeStage(LifeStage.MINOR)
        .birthDate(date(2011, 4, 2))
        .addNeed(need(LifeSphere.SCHOOLING, "Absences en hausse depuis la perte d'emploi de sa mère"))
        .addNeed(need(LifeSphere.INCOME, "Budget familial serré ; factures d'énergie en retard"))
        .addStrength(strength(StrengthKind.COMPETENCE, LifeSphere.SCHOOLING, "Bonne en langues, veut devenir"
            + " interprète"))
        .addStrength(strength(StrengthKind.RESOURCE, LifeSphere.FAMILY_AND_PARENTING,
            "Une tante qui l'héberge le mercredi"))
        .addLifeChoice("Terminer son année dans son école actuelle")
        .addRepresentative(LegalRepresentative.builder().id(mother).kind(RepresentationKind.PARENTAL_AUTHORITY)
            .name("Sophie Lambert").build())
        .addAgreement(Agreement.of(pupil, date(2026, 10, 5)))
        .addAgreement(Agreement.of(mother, date(2026, 10, 5)))
        .build();

    OrganisationId fwb = OrganisationId.of("o-fwb");
    OrganisationId pmsCentre = OrganisationId.of("o-pms-liege-3");
    OrganisationId city = OrganisationId.of("o-ville-liege");
    OrganisationId cpasService = OrganisationId.of("o-cpas-liege");

    return Network.builder()
        .jurisdiction(Jurisdiction.BELGIUM)
        .addJurisdictionFact(YouthAidCommunity.of(Community.WALLONIA_BRUSSELS))
        .addJurisdictionFact(BelgianFlowRecord.builder().flow(FlowId.of("f-1")).inPersonsInterest(true).build())
        .id(NetworkId.of("n-belgian-pairing"))
        .name("Pairage autour de Nora")
        .created(date(2026, 10, 1))
        .focalPerson(person)
        .addForm(NetworkForm.PAIRING)
        .formality(Formality.INFORMAL)
        .basis(NetworkBasis.agreement())
        .addOrganisation(organisation(fwb, "Fédération Wallonie-Bruxelles", OrganisationKind.PUBLIC_AUTHORITY,
            Sector.EDUCATION, null))
        .addOrganisation(organisation(pmsCentre, "Centre PMS de Liège 3", OrganisationKind.SERVICE, Sector.SCHOOL,
            fwb))
        .addOrganisation(organisation(city, "Ville de Liège", OrganisationKind.PUBLIC_AUTHORITY, Sector.SOCIAL,
            null))
        .addOrganisation(organisation(cpasService, "CPAS de Liège", OrganisationKind.SERVICE, Sector.SOCIAL, city))
        .addMember(Professional.builder()
            .id(pms)
            .name("Amélie Dufour")
            .sector(Sector.SCHOOL)
            .horizon(Horizon.MIDDLE)
            .organisation(pmsCentre)
            .mandate(Mandate.of(MandateKind.GENERAL_MISSION, "Mission des centres PMS auprès des élèves"))
            .addCompetence(Competence.of("accompagnement psycho-social des élèves et de leur famille",
                LifeSphere.SCHOOLING, LifeSphere.FAMILY_AND_PARENTING))
            .secrecy(SecrecyBasis.MISSION)
            .addStanding(BelgianStanding.builder()
                .secrecy(SecrecyStanding.BOUND_BY_MISSION)
                .healthProfessional(false)
                .youthAidRole(YouthAidRole.NONE)
                .build())
            .missionCovers(InformationCategory.SCHOOLING, InformationCategory.FAMILY_SITUATION,
                InformationCategory.SOCIAL_ASSESSMENT)
            .involvedFrom(date(2026, 10, 1))
            .build())
        .addMember(Professional.builder()
            .id(cpas)
            .name("Marc Renard")
            .sector(Sector.SOCIAL)
            .horizon(Horizon.MIDDLE)
            .organisation(cpasService)
            .mandate(Mandate.of(MandateKind.GENERAL_MISSION, "Aide sociale, loi organique des CPAS"))
            .addCompetence(Competence.of("revenu d'intégration et aide sociale", LifeSphere.INCOME))
            .secrecy(SecrecyBasis.FUNCTION)
            .addStanding(BelgianStanding.builder()
                .secrecy(SecrecyStanding.BOUND_BY_TEXT)
                .healthProfessional(false)
                .youthAidRole(YouthAidRole.NONE)
                .build())
            .missionCovers(InformationCategory.FINANCIAL, InformationCategory.FAMILY_SITUATION,
                InformationCategory.SOCIAL_ASSESSMENT, InformationCategory.SCHOOLING)
            .involvedFrom(date(2026, 10, 5))
            .build())
        .addMember(PrimaryMember.builder()
            .id(mother)
            .name("Sophie Lambert")
            .relation(Relation.MOTHER)
            .horizon(Horizon.CLOSE)
            .involvedFrom(date(2026, 10, 5))
            .build())
        .addMember(PrimaryMember.builder()
            .id(aunt)
            .name("Véronique Lambert")
            .note("Héberge Nora le mercredi et l'aide pour ses devoirs")
            .relation(Relation.AUNT)
            .horizon(Horizon.CLOSE)
            .involvedFrom(date(2026, 10, 19))
            .build())
        .addTies(
            tie("t-1", pms, cpas, TieNature.COLLABORATION, TieQuality.STRONG)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build(),
            tie("t-2", mother, pupil, TieNature.AFFECTIVE, TieQuality.STRONG)
                .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-3", aunt, pupil, TieNature.AFFECTIVE, TieQuality.STRONG)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST)
                .putSupport(SupportType.EMOTIONAL, SupportDirection.MUTUAL).build(),
            tie("t-4", pms, pupil, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build(),
            tie("t-5", cpas, mother, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST).build(),
            tie("t-6", mother, aunt, TieNature.AFFECTIVE, TieQuality.ORDINARY)
                .putSupport(SupportType.PRACTICAL, SupportDirection.MUTUAL).build(),
            tie("t-7", pms, mother, TieNature.SUPPORT, TieQuality.ORDINARY)
                .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST).build())
        .governance(Governance.builder()
            .place("Au centre PMS, avec Nora et sa mère")
            .addCommunicationTools("téléphone professionnel")
            .facilitation("Le centre PMS")
            .traces("Un compte rendu court, relu avec Nora et sa mère")
            .ethicsCharter(EthicsCharter.of(date(2026, 10, 12), true))
            .build())
        .addMeeting(meeting("mt-1", date(2026, 10, 12), pms, true, pupil, mother, pms, cpas))
        .addMeeting(meeting("mt-2", date(2026, 11, 16), pms, true, pupil, mother, aunt, pms, cpas))
        .addEvaluation(Evaluation.builder().date(date(2026, 11, 16))
            .outcome("Trois demi-journées d'absence en novembre, contre onze en octobre").build())
        .addReferent(ReferentDesignation.of(pms, Period.from(date(2026, 10, 12))))
        .project(PersonalisedProject.builder()
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-school"))
                .sphere(LifeSphere.SCHOOLING)
                .statement("Revenir en classe chaque matin")
                .addParticipation(Participation.EXPRESSED, Participation.CO_DEFINED, Participation.ACTS)
                .addMeans(means(pms, "Un entretien toutes les deux semaines avec Nora"),
                    means(aunt, "Aide aux devoirs le mercredi"))
                .build())
            .addObjective(Objective.builder()
                .id(ObjectiveId.of("obj-budget"))
                .sphere(LifeSphere.INCOME)
                .statement("Régler les factures d'énergie en retard")
                .addParticipation(Participation.CO_DEFINED, Participation.AGREED)
                .addMeans(means(cpas, "Examen d'une aide sociale complémentaire"),
                    means(mother, "Apporte les factures au CPAS"))
                .build())
            .evaluationStrategy("Un point à quatre à la fin de chaque mois, avec Nora et sa mère, sur les"
                + " absences et le budget")
            .addReviewDates(date(2026, 12, 14), date(2027, 2, 15))
            .build())
        .addInforming(informing(pupil, date(2026, 10, 5), pms))
        .addInforming(informing(mother, date(2026, 10, 5), pms))
        .addConsent(Consent.builder().by(pupil).given(date(2026, 10, 5))
            .addInformationCategories(InformationCategory.FAMILY_SITUATION, InformationCategory.SOCIAL_ASSESSMENT)
            .addProfessionalCategories(BelgianProfessionalCategory.BOUND_BY_SECRECY)
            .build())
        .addConsent(Consent.builder().by(mother).given(date(2026, 10, 5))
            .addInformationCategories(InformationCategory.FAMILY_SITUATION, InformationCategory.SOCIAL_ASSESSMENT)
            .addProfessionalCategories(BelgianProfessionalCategory.BOUND_BY_SECRECY)
            .build())
        .addFlow(InformationFlow.builder()
            .id(FlowId.of("f-1"))
            .sender(pms)
            .addRecipient(cpas)
            .about(pupil)
            .date(date(2026, 10, 12))
            .mode(FlowMode.EXCHANGE)
            .purpose(Purpose.builder().kind(PurposeKind.SOCIAL_FOLLOW_UP)
                .addNeeds(InformationCategory.FAMILY_SITUATION, InformationCategory.SOCIAL_ASSESSMENT)
                .statement("Faire le point sur la situation de la famille de Nora").build())
            .addCategories(InformationCategory.FAMILY_SITUATION)
            .personPresent(true)
            .build())
        .build();
  }

  /**
   * A question asked about the {@link #belgianPairing()} before a transmission: may the PMS centre's social
   * assistant tell the CPAS social worker how Nora is doing at school, on {@link #AS_OF}, for their social
   * follow-up? Shared professional secrecy applies, but the explicit agreement Nora and her mother gave covers the
   * family situation and the social assessment, not schooling: their agreement to this is still needed.
   *
   * @return the prospective flow, to pass to the Belgian {@code SharingPolicy}
   */
  public static InformationFlow belgianQuestion() {
    return InformationFlow.builder()
        .id(FlowId.of("f-question-be"))
        .sender(MemberId.of("pro-pms"))
        .addRecipient(MemberId.of("pro-cpas"))
        .about(MemberId.of("p-2026-207"))
        .date(AS_OF)
        .mode(FlowMode.EXCHANGE)
        .purpose(Purpose.of(PurposeKind.SOCIAL_FOLLOW_UP, InformationCategory.SCHOOLING))
        .addCategories(InformationCategory.SCHOOLING)
        .build();
  }

  /**
   * The {@link #belgianPairing()} with the Belgian record of the {@link #belgianQuestion()}: the PMS worker
   * records that telling the CPAS worker serves Nora's interest only, as shared professional secrecy asks.
   *
   * @return the network with the question's Belgian record
   */
  public static Network belgianPairingWithQuestion() {
    return Network.builder().from(belgianPairing())
        .addJurisdictionFact(BelgianFlowRecord.builder().flow(FlowId.of("f-question-be")).inPersonsInterest(true)
            .build())
        .build();
  }

  // ---- small builders shared by the scenarios --------------------------------------------------------------

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Need need(LifeSphere sphere, String note) {
    return Need.builder().sphere(sphere).note(note).build();
  }

  private static Strength strength(StrengthKind kind, LifeSphere sphere, String note) {
    return Strength.builder().kind(kind).sphere(sphere).note(note).build();
  }

  private static Organisation organisation(OrganisationId id, String name, OrganisationKind kind, Sector sector,
      @Nullable OrganisationId parent) {
    Organisation.Builder builder = Organisation.builder();
    builder.id(id).name(name).kind(kind).sector(sector);
    if (parent != null) {
      builder.parent(parent);
    }
    return builder.build();
  }

  /** A professional of a formal network: organisation, general mission, one competence, a delegation. */
  private static Professional.Builder delegate(MemberId id, String name, Sector sector, OrganisationId organisation,
      String mission, Competence competence, FormalDelegation delegation) {
    Professional.Builder builder = Professional.builder();
    builder.id(id)
        .name(name)
        .sector(sector)
        .horizon(Horizon.MIDDLE)
        .organisation(organisation)
        .mandate(Mandate.of(MandateKind.GENERAL_MISSION, mission))
        .addCompetence(competence)
        .delegation(delegation);
    return builder;
  }

  private static Participant exchanger(MemberId id, String name, LocalDate joined, String note) {
    return Participant.builder()
        .id(id)
        .name(name)
        .role(ParticipantRole.EXCHANGE_MEMBER)
        .horizon(Horizon.MIDDLE)
        .note(note)
        .involvedFrom(joined)
        .build();
  }

  private static Tie.Builder tie(String id, MemberId first, MemberId second, TieNature nature, TieQuality quality) {
    Tie.Builder builder = Tie.builder();
    builder.id(TieId.of(id)).first(first).second(second).nature(nature).quality(quality);
    return builder;
  }

  /** A working tie between two professionals who inform each other. */
  private static Tie collaboration(String id, MemberId first, MemberId second) {
    return tie(id, first, second, TieNature.COLLABORATION, TieQuality.ORDINARY)
        .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL)
        .build();
  }

  private static Meeting meeting(String id, LocalDate date, MemberId facilitator, boolean personPresent,
      MemberId... participants) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .date(date)
        .facilitator(facilitator)
        .personPresent(personPresent)
        .addParticipants(participants)
        .build();
  }

  private static Means means(MemberId holder, String description) {
    return Means.builder().holder(holder).description(description).build();
  }

  /** Tells the person or a holder of parental authority of the nature of the flows and of their recipients. */
  private static Informing informing(MemberId informed, LocalDate date, MemberId by) {
    return Informing.builder()
        .informed(informed)
        .date(date)
        .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RECIPIENTS)
        .by(by)
        .build();
  }

  private static QualityAssessment assessment(MemberId referent, ReferentQuality quality, QualityLevel level,
      MemberId assessedBy, String evidence) {
    return QualityAssessment.builder()
        .referent(referent)
        .quality(quality)
        .level(level)
        .assessedBy(assessedBy)
        .date(date(2026, 9, 14))
        .evidence(evidence)
        .build();
  }
}
