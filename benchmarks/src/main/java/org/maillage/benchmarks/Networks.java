package org.maillage.benchmarks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
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
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.RelationGroup;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Evaluation;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.network.NetworkForm;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.network.TieQuality;
import org.maillage.person.Agreement;
import org.maillage.person.LifeSphere;
import org.maillage.person.LifeStage;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.Strength;
import org.maillage.person.StrengthKind;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * Deterministic person-centred networks (<i>réseaux centrés sur la personne</i>) for the benchmarks, built with
 * the api builders from a fixed {@link Random} seed: the same size always gives the same network.
 *
 * <p>Four shapes, all judged as of {@link #AS_OF}:
 * <ul>
 *   <li>{@link #personCentred(int)}: a realistic, busy network (for 60 members: 35 primary members, 25
 *       professionals from 12 organisations, 150 ties, 20 meetings, 30 information flows, 10 objectives). It is
 *       well kept but large, so some rules fire on it (more than 8 professionals, for one).</li>
 *   <li>{@link #clean(int)}: a network written to satisfy every rule of the catalogue (DOMAIN.md §2), used to
 *       measure what a validation costs when there is nothing to report.</li>
 *   <li>{@link #referents(int)}: a network whose professionals are all référents in force, and only they grow
 *       with the size, to measure how the catalogue's cost grows with the référents.</li>
 *   <li>{@link #flows(int)}: the same network with only its information flows growing, each with an objection
 *       and a consent by the person, to measure how the sharing decision's cost grows with the flows.</li>
 * </ul>
 *
 * <p>The networks carry no names or notes: ids only. This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Networks {
  /** The date every benchmark validates as of: 1 December 2026. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** The smallest size either shape is defined for. */
  public static final int MIN_MEMBERS = 6;

  static final LocalDate CREATED = LocalDate.of(2025, 1, 6);
  static final MemberId PERSON = MemberId.of("p-focal");
  static final int MEETINGS = 20;
  static final int OBJECTIVES = 10;
  static final int CLEAN_MAX_PROFESSIONALS = 8;
  /** The primary members of {@link #referents(int)}, the same at every size. */
  static final int REFERENTS_PRIMARY_MEMBERS = 6;
  /** The professionals of {@link #flows(int)}, the same at every size. */
  static final int FLOW_PROFESSIONALS = 8;

  private static final long SEED = 0x6D61696C6C616765L; // "maillage"

  /** Categories of information every listed professional's mission covers, so flows stay within both missions. */
  private static final Set<InformationCategory> COMMON_MISSION = EnumSet.of(InformationCategory.IDENTITY,
      InformationCategory.ADMINISTRATIVE, InformationCategory.FAMILY_SITUATION, InformationCategory.SOCIAL_ASSESSMENT,
      InformationCategory.HOUSING, InformationCategory.FINANCIAL);

  private static final List<InformationCategory> FLOW_CATEGORIES = List.copyOf(COMMON_MISSION);

  private static final List<LifeSphere> NEED_SPHERES =
      List.of(LifeSphere.HOUSING, LifeSphere.MENTAL_HEALTH, LifeSphere.INCOME);

  private static final List<LifeSphere> OBJECTIVE_SPHERES = List.of(LifeSphere.HOUSING, LifeSphere.MENTAL_HEALTH,
      LifeSphere.INCOME, LifeSphere.SOCIAL_LIFE, LifeSphere.DAILY_LIVING);

  private static final List<Relation> RELATIONS = List.of(Relation.MOTHER, Relation.FATHER, Relation.SIBLING,
      Relation.SIBLING, Relation.AUNT, Relation.UNCLE, Relation.COUSIN, Relation.GRANDPARENT, Relation.FRIEND,
      Relation.FRIEND, Relation.FRIEND, Relation.NEIGHBOUR, Relation.NEIGHBOUR, Relation.COLLEAGUE,
      Relation.OTHER_RELATIVE, Relation.SIGNIFICANT_OTHER, Relation.COMMUNITY_MEMBER);

  private static final List<PurposeKind> PURPOSES =
      List.of(PurposeKind.CARE_COORDINATION, PurposeKind.SOCIAL_FOLLOW_UP, PurposeKind.PREVENTION);

  private static final OrganisationId DEPARTEMENT = OrganisationId.of("o-departement");
  private static final OrganisationId HOSPITAL = OrganisationId.of("o-chu");

  /** An organisation's shape: the services a person with housing, income and mental-health needs meets. */
  private record Service(String code, OrganisationKind kind, Sector sector, OrganisationId parent, String role,
      List<LifeSphere> spheres, RegulatoryCategory category, MandateKind mandate, InformationCategory mission) {}

  private static final List<Service> SERVICES = List.of(
      new Service("sds", OrganisationKind.SERVICE, Sector.SOCIAL, DEPARTEMENT, "accompagnement social",
          List.of(LifeSphere.INCOME, LifeSphere.HOUSING, LifeSphere.DAILY_LIVING),
          RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, MandateKind.GENERAL_MISSION, InformationCategory.FINANCIAL),
      new Service("cmp", OrganisationKind.ESTABLISHMENT, Sector.MENTAL_HEALTH, HOSPITAL, "suivi psychiatrique",
          List.of(LifeSphere.MENTAL_HEALTH), RegulatoryCategory.HEALTH_PROFESSIONAL, MandateKind.GENERAL_MISSION,
          InformationCategory.MENTAL_HEALTH),
      new Service("chrs", OrganisationKind.ESTABLISHMENT, Sector.HOUSING, null, "accompagnement au logement",
          List.of(LifeSphere.HOUSING), RegulatoryCategory.ESSMS_STAFF, MandateKind.CONTRACT,
          InformationCategory.HOUSING),
      new Service("mg", OrganisationKind.PRIVATE_PRACTICE, Sector.HEALTH, null, "médecine générale",
          List.of(LifeSphere.HEALTH), RegulatoryCategory.HEALTH_PROFESSIONAL, MandateKind.CONTRACT,
          InformationCategory.HEALTH),
      new Service("samsah", OrganisationKind.ESTABLISHMENT, Sector.MEDICO_SOCIAL, null,
          "accompagnement médico-social", List.of(LifeSphere.DAILY_LIVING, LifeSphere.HEALTH),
          RegulatoryCategory.ESSMS_STAFF, MandateKind.ADMINISTRATIVE_DECISION, InformationCategory.HEALTH),
      new Service("aemo", OrganisationKind.SERVICE, Sector.CHILD_PROTECTION, DEPARTEMENT, "aide éducative",
          List.of(LifeSphere.FAMILY_AND_PARENTING), RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER,
          MandateKind.COURT_ORDER, InformationCategory.EDUCATIONAL_ASSESSMENT),
      new Service("mission-locale", OrganisationKind.ASSOCIATION, Sector.EMPLOYMENT, null,
          "insertion professionnelle", List.of(LifeSphere.WORK_AND_TRAINING), RegulatoryCategory.NOT_LISTED,
          MandateKind.GENERAL_MISSION, InformationCategory.EMPLOYMENT),
      new Service("spip", OrganisationKind.PUBLIC_AUTHORITY, Sector.JUSTICE, null, "suivi judiciaire",
          List.of(LifeSphere.JUSTICE), RegulatoryCategory.NOT_LISTED, MandateKind.COURT_ORDER,
          InformationCategory.JUDICIAL),
      new Service("urgences", OrganisationKind.ESTABLISHMENT, Sector.HEALTH, HOSPITAL, "soins hospitaliers",
          List.of(LifeSphere.HEALTH), RegulatoryCategory.HEALTH_PROFESSIONAL, MandateKind.GENERAL_MISSION,
          InformationCategory.HEALTH),
      new Service("ccas", OrganisationKind.SERVICE, Sector.SOCIAL, null, "aide sociale communale",
          List.of(LifeSphere.INCOME), RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, MandateKind.GENERAL_MISSION,
          InformationCategory.FINANCIAL),
      new Service("mediation", OrganisationKind.ASSOCIATION, Sector.SOCIAL, null, "médiation familiale",
          List.of(LifeSphere.FAMILY_AND_PARENTING), RegulatoryCategory.FAMILY_MEDIATOR, MandateKind.CONTRACT,
          InformationCategory.FAMILY_SITUATION),
      new Service("dac", OrganisationKind.SERVICE, Sector.MEDICO_SOCIAL, DEPARTEMENT, "coordination d'appui",
          List.of(LifeSphere.HEALTH, LifeSphere.DAILY_LIVING), RegulatoryCategory.COORDINATION_SUPPORT_STAFF,
          MandateKind.ADMINISTRATIVE_DECISION, InformationCategory.HEALTH));

  /** The first five services: all on the closed list, in five institutions; the clean shape uses only these. */
  private static final int CLEAN_SERVICES = 5;

  private Networks() {}

  /**
   * A realistic person-centred network of {@code members} members (the focal person not counted), with the
   * proportions of the 60-member one: 35/60 primary members, the rest professionals from about one organisation
   * for five members (some with a parent body), 2.5 ties a member, 20 meetings with rotating facilitators, one
   * information flow for two members (exchanges and sharings, each with a purpose, categories the purpose needs,
   * the person informed beforehand, a consent for sharings), 10 objectives with means and the person's
   * participation; the person has needs in 3 life spheres, strengths and an agreement in force; a référent is
   * designated; governance is fully stated with an ethics charter; the network is formal, with delegations, and
   * was evaluated recently. A few primary members have left or are dormant, as in life.
   *
   * @param members the number of members, at least {@value #MIN_MEMBERS}
   * @return the network, the same for the same size
   * @throws IllegalArgumentException if {@code members} is below {@value #MIN_MEMBERS}
   */
  public static Network personCentred(int members) {
    checkSize(members);
    int primaries = (int) Math.round(members * 35 / 60.0);
    int professionals = members - primaries;
    int organisations = Math.max(2, Math.min(professionals, (int) Math.round(members * 12 / 60.0)));
    return new Shape(members, false, primaries, professionals, organisations).build();
  }

  /**
   * A person-centred network of {@code members} members written so that no rule of the catalogue (DOMAIN.md §2)
   * fires: at most 8 professionals, all on the closed list of shared secrecy, from organisations in at least
   * three institutions, none holding more than half of them; at least one mobilised primary member for every
   * three professionals (every primary member gives support to the person); everyone who receives support also
   * gives some; a référent in force, open-ended, tied to the person and to every other member; facilitation
   * rotating at every meeting; an evaluation within the last 6 months; a member who joined within the last
   * 12 months; every flow with a purpose that needs its categories, within both missions, the person informed
   * beforehand of it and of the right to object, and, for sharings, a consent in force.
   *
   * @param members the number of members, at least {@value #MIN_MEMBERS}
   * @return the network, the same for the same size
   * @throws IllegalArgumentException if {@code members} is below {@value #MIN_MEMBERS}
   */
  public static Network clean(int members) {
    checkSize(members);
    int professionals = Math.max(3, Math.min(CLEAN_MAX_PROFESSIONALS, members / 3));
    int primaries = members - professionals;
    int organisations = Math.min(professionals, CLEAN_SERVICES);
    return new Shape(members, true, primaries, professionals, organisations).build();
  }

  /**
   * A person-centred network of {@code referents} professionals, every one of them designated référent de
   * proximité (<i>référent de proximité</i>) and in force on {@link #AS_OF}: the shape on which the référent
   * rules once took time growing as the square of the référents. Only the professionals grow with the size;
   * around them stand the same person (needs in 3 life spheres, strengths, an agreement in force), the same
   * {@value #REFERENTS_PRIMARY_MEMBERS} primary members supporting her, and the same {@value #MEETINGS}
   * meetings led in turn by the first professionals. Each professional works in one of the five services the
   * clean shape uses, in turn, is tied to the person (giving information and linking), has an open involvement
   * from the creation and an open designation from two weeks later. The network is formal, with delegations and
   * its governance stated, and was evaluated recently; it records no project and no information flow, so the
   * catalogue's findings are those of a large professional network (too many professionals, each référent tied
   * to few of the others).
   *
   * @param referents the number of professionals, each a référent in force, at least 1
   * @return the network, the same for the same size
   * @throws IllegalArgumentException if {@code referents} is below 1
   */
  public static Network referents(int referents) {
    if (referents < 1) {
      throw new IllegalArgumentException("Networks.referents: " + referents
          + " référents is too few; give at least 1");
    }
    Network.Builder network = Network.builder()
        .jurisdiction(Jurisdiction.FRANCE)
        .id(NetworkId.of("n-referents-" + referents))
        .created(CREATED)
        .addForm(NetworkForm.NETWORK_INTERVENTION)
        .formality(Formality.FORMAL)
        .basis(NetworkBasis.agreement())
        .territory("quartier sud")
        .governance(Governance.builder()
            .place("maison des solidarités")
            .addCommunicationTools("messagerie sécurisée de santé")
            .facilitation("animation tournante entre les services")
            .traces("compte rendu partagé après chaque rencontre")
            .ethicsCharter(EthicsCharter.of(CREATED.plusDays(30), true))
            .build())
        .addEvaluation(Evaluation.of(LocalDate.of(2026, 9, 15)));
    Person.Builder person = Person.builder().id(PERSON).lifeStage(LifeStage.ADULT)
        .addStrength(Strength.of(StrengthKind.RESOURCE, LifeSphere.SOCIAL_LIFE))
        .addAgreement(Agreement.of(PERSON, CREATED));
    NEED_SPHERES.forEach(sphere -> person.addNeed(Need.of(sphere)));
    network.focalPerson(person.build());
    for (int i = 0; i < CLEAN_SERVICES; i++) {
      Service service = SERVICES.get(i);
      Organisation.Builder organisation = Organisation.builder().id(OrganisationId.of("o-" + service.code()))
          .kind(service.kind()).sector(service.sector());
      if (service.parent() != null) {
        organisation.parent(service.parent());
      }
      network.addOrganisation(organisation.build());
    }
    int ties = 0;
    for (int i = 0; i < REFERENTS_PRIMARY_MEMBERS; i++) {
      MemberId id = MemberId.of(String.format("m-%03d", i + 1));
      network.addMember(PrimaryMember.builder().id(id).relation(RELATIONS.get(i)).horizon(Horizon.CLOSE)
          .involvedFrom(CREATED).build());
      network.addTie(Tie.builder().id(TieId.of(String.format("t-%06d", ++ties))).first(id).second(PERSON)
          .nature(TieNature.AFFECTIVE).putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build());
    }
    List<MemberId> professionals = new ArrayList<>(referents);
    for (int i = 0; i < referents; i++) {
      Service service = SERVICES.get(i % CLEAN_SERVICES);
      OrganisationId organisation = OrganisationId.of("o-" + service.code());
      MemberId id = MemberId.of(String.format("pro-%05d", i + 1));
      professionals.add(id);
      network.addMember(Professional.builder().id(id).sector(service.sector()).horizon(Horizon.MIDDLE)
          .organisation(organisation)
          .mandate(Mandate.of(service.mandate(), "mandat/" + organisation))
          .addCompetence(Competence.of(service.role(), service.spheres().toArray(LifeSphere[]::new)))
          .secrecy(SecrecyBasis.PROFESSION)
          .delegation(FormalDelegation.of("délégation " + organisation, CREATED))
          .addStanding(FrenchStanding.builder().regulatoryCategory(service.category()).careTeam(CareTeamBasis.NONE)
              .build())
          .missionCovers(COMMON_MISSION)
          .involvedFrom(CREATED)
          .build());
      network.addTie(Tie.builder().id(TieId.of(String.format("t-%06d", ++ties))).first(id).second(PERSON)
          .nature(TieNature.SUPPORT)
          .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST)
          .putSupport(SupportType.LINKING, SupportDirection.FROM_FIRST).build());
      network.addReferent(ReferentDesignation.of(id, Period.from(CREATED.plusDays(14))));
    }
    for (int i = 0; i < MEETINGS; i++) {
      MemberId facilitator = professionals.get(i % professionals.size());
      network.addMeeting(Meeting.builder().id(MeetingId.of(String.format("r-%02d", i + 1)))
          .date(AS_OF.minusDays(10 + (MEETINGS - 1 - i) * 21L))
          .facilitator(facilitator).addParticipant(PERSON).addParticipant(facilitator).build());
    }
    return network.build();
  }

  /**
   * The {@link #referents(int)} network of {@value #FLOW_PROFESSIONALS} professionals with {@code flows}
   * information flows about the person, each adding one objection and one consent by her: the shape on which
   * the French sharing decision once read, for each flow, every objection and consent of the person (time
   * growing as the square of the flows). Flow i goes from professional i to the next one (in turn), on a day
   * of the 600 after the first month, as a {@link FlowMode#SHARING} outside any care team (the professionals
   * record no care-team basis), carrying one category of their common mission for care coordination, which
   * needs it. Objection i is made by the person on that day against the sharing of her health information
   * (a category no flow carries, so none is blocked and every one is read). Consent i is given by the person
   * on that day, for the flow's category and every listed category of professionals, with its media and
   * security measures: each flow is allowed on its own consent or an earlier one of the same category.
   *
   * @param flows the number of flows, each with its objection and its consent, at least 1
   * @return the network, the same for the same number
   * @throws IllegalArgumentException if {@code flows} is below 1
   */
  public static Network flows(int flows) {
    if (flows < 1) {
      throw new IllegalArgumentException("Networks.flows: " + flows + " flows is too few; give at least 1");
    }
    Network base = referents(FLOW_PROFESSIONALS);
    Set<RegulatoryCategory> listed = EnumSet.noneOf(RegulatoryCategory.class);
    base.professionals().forEach(p -> listed.add(category(p)));
    Network.Builder network = Network.builder().from(base).id(NetworkId.of("n-flows-" + flows));
    for (int i = 0; i < flows; i++) {
      LocalDate date = CREATED.plusDays(30 + i * 600L / flows);
      InformationCategory category = FLOW_CATEGORIES.get(i % FLOW_CATEGORIES.size());
      network.addFlow(InformationFlow.builder().id(FlowId.of(String.format("f-%06d", i + 1)))
          .sender(MemberId.of(String.format("pro-%05d", i % FLOW_PROFESSIONALS + 1)))
          .addRecipient(MemberId.of(String.format("pro-%05d", (i + 1) % FLOW_PROFESSIONALS + 1)))
          .about(PERSON).date(date).mode(FlowMode.SHARING)
          .purpose(Purpose.builder().kind(PurposeKind.CARE_COORDINATION).addNeed(category).build())
          .addCategory(category)
          .build());
      network.addObjection(Objection.builder().by(PERSON).date(date).addCategory(InformationCategory.HEALTH)
          .build());
      network.addConsent(Consent.builder().by(PERSON).given(date).addInformationCategory(category)
          .addAllProfessionalCategories(listed)
          .addMedia("dossier de coordination partagé")
          .addSecurityMeasures("accès nominatif", "journal des accès")
          .build());
    }
    return network.build();
  }

  /**
   * The parts of a network as a case system holds them once it has read its records: the network's own
   * attributes and plain {@code java.util} lists of member, tie, meeting, flow and other part values, ready for
   * {@link Network#builder()}. {@link #build()} assembles a new network value from them with the api builder,
   * structural checks included: what {@code FirstValidationBenchmark.build} times.
   *
   * <p>The part values themselves are made once, by {@link #of(Network)}, and shared by every network built
   * from them. This class is immutable once made, and {@link #build()} is thread-safe.
   *
   * @since 0.2
   */
  public static final class Parts {
    private final Network template;
    private final List<Organisation> organisations;
    private final List<Member> members;
    private final List<Tie> ties;
    private final List<Meeting> meetings;
    private final List<Evaluation> evaluations;
    private final List<ReferentDesignation> referents;
    private final List<InformationFlow> flows;
    private final List<Informing> informings;
    private final List<Objection> objections;
    private final List<Consent> consents;

    private Parts(Network template) {
      this.template = template;
      this.organisations = new ArrayList<>(template.organisations());
      this.members = new ArrayList<>(template.members());
      this.ties = new ArrayList<>(template.ties());
      this.meetings = new ArrayList<>(template.meetings());
      this.evaluations = new ArrayList<>(template.evaluations());
      this.referents = new ArrayList<>(template.referents());
      this.flows = new ArrayList<>(template.flows());
      this.informings = new ArrayList<>(template.informings());
      this.objections = new ArrayList<>(template.objections());
      this.consents = new ArrayList<>(template.consents());
    }

    /**
     * Takes the parts of a network: its attributes, and its part lists copied into plain lists.
     *
     * @param network the network
     * @return its parts
     */
    public static Parts of(Network network) {
      return new Parts(network);
    }

    /**
     * Builds a new network value from the parts with {@link Network#builder()}: its attributes set one by one,
     * each list of parts added, then {@code build()}, which copies the lists and runs the structural checks
     * (building the network's indexes with them). The value equals the network the parts were taken from.
     *
     * @return the new network value
     */
    public Network build() {
      Network t = template;
      Network.Builder network = Network.builder()
          .id(t.id())
          .name(t.name())
          .created(t.created())
          .focalPerson(t.focalPerson())
          .theme(t.theme())
          .territory(t.territory())
          .forms(t.forms())
          .formality(t.formality())
          .basis(t.basis())
          .statusHistory(t.statusHistory())
          .governance(t.governance())
          .strategy(t.strategy())
          .organisations(organisations)
          .members(members)
          .ties(ties)
          .meetings(meetings)
          .evaluations(evaluations)
          .referents(referents)
          .referentAssessments(t.referentAssessments())
          .project(t.project())
          .partnership(t.partnership())
          .flows(flows)
          .informings(informings)
          .objections(objections)
          .consents(consents)
          .jurisdictionFacts(t.jurisdictionFacts())
          .jurisdiction(t.jurisdiction());
      return network.build();
    }
  }

  private static void checkSize(int members) {
    if (members < MIN_MEMBERS) {
      throw new IllegalArgumentException("Networks: " + members + " members is too small; give at least "
          + MIN_MEMBERS);
    }
  }

  /** One network under construction; all randomness comes from one seeded generator, in a fixed order. */
  private static final class Shape {
    private final int size;
    private final boolean clean;
    private final int primaryCount;
    private final int professionalCount;
    private final int organisationCount;
    private final Random random = new Random(SEED);

    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<PrimaryMember> primaries = new ArrayList<>();
    private final List<Professional> professionals = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final Set<Long> tiedPairs = new HashSet<>();

    Shape(int size, boolean clean, int primaryCount, int professionalCount, int organisationCount) {
      this.size = size;
      this.clean = clean;
      this.primaryCount = primaryCount;
      this.professionalCount = professionalCount;
      this.organisationCount = organisationCount;
    }

    Network build() {
      organisations();
      primaries();
      professionals();
      Professional referent = professionals.get(0);
      ties(referent);
      List<InformationFlow> flows = new ArrayList<>();
      List<Informing> informings = new ArrayList<>();
      flows(flows, informings);
      return Network.builder()
          .jurisdiction(Jurisdiction.FRANCE)
          .id(NetworkId.of((clean ? "n-clean-" : "n-person-") + size))
          .created(CREATED)
          .focalPerson(person())
          .addForm(NetworkForm.NETWORK_INTERVENTION)
          .formality(Formality.FORMAL)
          .basis(NetworkBasis.agreement())
          .territory("quartier sud")
          .governance(Governance.builder()
              .place("maison des solidarités")
              .addCommunicationTools("messagerie sécurisée de santé", "téléphone")
              .facilitation("animation tournante entre les services")
              .traces("compte rendu partagé après chaque rencontre")
              .ethicsCharter(EthicsCharter.of(CREATED.plusDays(30), true))
              .build())
          .organisations(organisations)
          .members(members)
          .ties(ties)
          .meetings(meetings())
          .addEvaluation(Evaluation.of(LocalDate.of(2025, 7, 1)))
          .addEvaluation(Evaluation.of(LocalDate.of(2026, 1, 20)))
          .addEvaluation(Evaluation.of(LocalDate.of(2026, 9, 15)))
          .addReferent(ReferentDesignation.of(referent.id(), Period.from(CREATED.plusDays(14))))
          .project(project())
          .flows(flows)
          .informings(informings)
          .addInforming(Informing.builder().informed(PERSON).date(CREATED).by(referent.id())
              .addSubjects(InformingSubject.RIGHT_TO_OBJECT, InformingSubject.CONSENT_TERMS).build())
          .addConsent(Consent.builder().by(PERSON).given(CREATED.plusDays(1))
              .addAllInformationCategories(COMMON_MISSION)
              .addAllProfessionalCategories(listedCategories())
              .addMedia("dossier de coordination partagé")
              .addSecurityMeasures("accès nominatif", "journal des accès")
              .build())
          .build();
    }

    private Person person() {
      Person.Builder person = Person.builder().id(PERSON).lifeStage(LifeStage.ADULT)
          .addStrength(Strength.of(StrengthKind.RESOURCE, LifeSphere.SOCIAL_LIFE))
          .addStrength(Strength.of(StrengthKind.COMPETENCE, LifeSphere.DAILY_LIVING))
          .addStrength(Strength.of(StrengthKind.EXPERIENTIAL_KNOWLEDGE, LifeSphere.HOUSING))
          .addAgreement(Agreement.of(PERSON, CREATED))
          .addAgreement(Agreement.of(PERSON, LocalDate.of(2026, 1, 20)));
      NEED_SPHERES.forEach(sphere -> person.addNeed(Need.of(sphere)));
      return person.build();
    }

    private void organisations() {
      for (int i = 0; i < organisationCount; i++) {
        Service service = SERVICES.get(i % SERVICES.size());
        Organisation.Builder organisation = Organisation.builder()
            .id(OrganisationId.of("o-" + service.code() + (i < SERVICES.size() ? "" : "-" + i / SERVICES.size())))
            .kind(service.kind())
            .sector(service.sector());
        if (service.parent() != null) {
          organisation.parent(service.parent());
        }
        organisations.add(organisation.build());
        services.add(service);
      }
    }

    private void primaries() {
      for (int i = 0; i < primaryCount; i++) {
        // most joined when the network was created; the others during its life, the last one recently
        LocalDate joined = i == primaryCount - 1 ? LocalDate.of(2026, 4, 1)
            : random.nextInt(10) < 7 ? CREATED : between(CREATED, AS_OF.minusMonths(2));
        PrimaryMember.Builder member = PrimaryMember.builder()
            .id(MemberId.of(String.format("m-%03d", i + 1)))
            .relation(RELATIONS.get(i % RELATIONS.size()))
            .horizon(i < 6 ? Horizon.CLOSE : random.nextBoolean() ? Horizon.MIDDLE : Horizon.DISTANT);
        if (!clean && i % 12 == 11) {
          member.addInvolvement(Period.of(joined, between(joined, AS_OF.minusMonths(1)))); // left
        } else {
          member.involvedFrom(joined);
        }
        if (!clean && i % 15 == 14) {
          member.dormant(true);
        }
        primaries.add(member.build());
      }
      members.addAll(primaries);
    }

    private void professionals() {
      for (int i = 0; i < professionalCount; i++) {
        int o = i % organisationCount;
        Service service = services.get(o);
        Organisation organisation = organisations.get(o);
        LocalDate joined = clean || i < professionalCount - 3 ? CREATED : between(CREATED, AS_OF.minusMonths(3));
        Professional.Builder professional = Professional.builder()
            .id(MemberId.of(String.format("pro-%03d", i + 1)))
            .sector(service.sector())
            .horizon(i % 3 == 0 ? Horizon.MIDDLE : Horizon.DISTANT)
            .organisation(organisation.id())
            .mandate(Mandate.of(service.mandate(), service.mandate().name().toLowerCase(Locale.ROOT)
                .replace('_', '-') + "/" + organisation.id()))
            .addCompetence(Competence.of(service.role(), service.spheres().toArray(LifeSphere[]::new)))
            .secrecy(SecrecyBasis.PROFESSION)
            .delegation(FormalDelegation.of("délégation " + organisation.id(), CREATED))
            .addStanding(FrenchStanding.builder().regulatoryCategory(service.category())
                .careTeam(CareTeamBasis.NONE).build())
            .missionCovers(withMission(service.mission()))
            .involvedFrom(joined);
        professionals.add(professional.build());
      }
      members.addAll(professionals);
    }

    private Set<RegulatoryCategory> listedCategories() {
      Set<RegulatoryCategory> categories = EnumSet.noneOf(RegulatoryCategory.class);
      for (Professional p : professionals) {
        if (category(p).isOnClosedList()) {
          categories.add(category(p));
        }
      }
      return categories;
    }

    private void ties(Professional referent) {
      int target = (int) Math.min(Math.round(size * 2.5), (long) size * (size + 1) / 2);
      // every member is tied to the person: primary members support them, professionals inform and link
      for (PrimaryMember p : primaries) {
        SupportDirection direction = !clean && random.nextInt(4) == 0 ? SupportDirection.MUTUAL
            : SupportDirection.FROM_FIRST;
        Tie.Builder tie = tieBuilder(p.id(), PERSON, p.relation().group() == RelationGroup.FAMILY
            ? TieNature.AFFECTIVE : TieNature.SUPPORT)
            .putSupport(SupportType.EMOTIONAL, direction);
        if (random.nextBoolean()) {
          tie.putSupport(random.nextBoolean() ? SupportType.PRACTICAL : SupportType.COMPANIONSHIP,
              SupportDirection.FROM_FIRST);
        }
        add(tie.quality(p.horizon() == Horizon.CLOSE ? TieQuality.STRONG : TieQuality.ORDINARY).build());
      }
      for (Professional p : professionals) {
        add(tieBuilder(p.id(), PERSON, TieNature.SUPPORT)
            .putSupport(SupportType.INFORMATIONAL, SupportDirection.FROM_FIRST)
            .putSupport(SupportType.LINKING, SupportDirection.FROM_FIRST).build());
      }
      // the référent knows the network: every other member in the clean shape, half and one more otherwise
      List<Member> others = new ArrayList<>(members);
      others.remove(referent);
      int referentTies = clean ? others.size() : others.size() / 2 + 1;
      for (int i = 0; i < referentTies && ties.size() < target; i++) {
        Member other = others.get(i % 2 == 0 ? i / 2 : others.size() - 1 - i / 2); // primaries and professionals
        add(tieBuilder(referent.id(), other.id(), other instanceof Professional ? TieNature.COLLABORATION
            : TieNature.SUPPORT).putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build());
      }
      // the rest among members, chosen at random
      while (ties.size() < target) {
        Member a = members.get(random.nextInt(members.size()));
        Member b = members.get(random.nextInt(members.size()));
        if (a == b || tiedPairs.contains(pair(a.id(), b.id()))) {
          continue;
        }
        boolean professionalPair = a instanceof Professional && b instanceof Professional;
        if (!clean && random.nextInt(20) == 0) {
          add(tieBuilder(a.id(), b.id(), TieNature.CONFLICT).quality(TieQuality.STRESSFUL).build());
        } else if (!clean && !professionalPair && random.nextInt(6) == 0) {
          add(tieBuilder(a.id(), b.id(), TieNature.SUPPORT)
              .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_FIRST).build());
        } else {
          add(tieBuilder(a.id(), b.id(), professionalPair ? TieNature.COLLABORATION : TieNature.AFFECTIVE)
              .putSupport(professionalPair ? SupportType.INFORMATIONAL : SupportType.EMOTIONAL,
                  SupportDirection.MUTUAL)
              .quality(random.nextInt(3) == 0 ? TieQuality.WEAK : TieQuality.ORDINARY)
              .build());
        }
      }
    }

    private Tie.Builder tieBuilder(MemberId first, MemberId second, TieNature nature) {
      return Tie.builder().id(TieId.of(String.format("t-%04d", ties.size() + 1))).first(first).second(second)
          .nature(nature);
    }

    private void add(Tie tie) {
      if (!tiedPairs.add(pair(tie.first(), tie.second()))) {
        throw new IllegalStateException("Networks: pair tied twice, " + tie.id());
      }
      ties.add(tie);
    }

    private long pair(MemberId a, MemberId b) {
      int x = index(a);
      int y = index(b);
      return x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
    }

    private int index(MemberId id) {
      if (id.equals(PERSON)) {
        return Integer.MAX_VALUE;
      }
      int number = Integer.parseInt(id.value().substring(id.value().indexOf('-') + 1));
      return id.value().startsWith("pro-") ? primaryCount + number : number;
    }

    private List<Meeting> meetings() {
      List<Meeting> meetings = new ArrayList<>();
      Professional referent = professionals.get(0);
      for (int i = 0; i < MEETINGS; i++) {
        LocalDate date = AS_OF.minusDays(10 + (MEETINGS - 1 - i) * 21L);
        Meeting.Builder meeting = Meeting.builder().id(MeetingId.of(String.format("r-%02d", i + 1))).date(date)
            .facilitator(professionals.get(i % professionals.size()).id()) // rotating
            .addParticipant(PERSON)
            .addParticipant(referent.id())
            .addParticipant(professionals.get(i % professionals.size()).id())
            .personPresent(i % 2 == 0);
        for (int k = 0; k < 6; k++) {
          Member m = members.get(random.nextInt(members.size()));
          if (m.isCurrentOn(date)) {
            meeting.addParticipant(m.id());
          }
        }
        meetings.add(meeting.build());
      }
      return meetings;
    }

    private void flows(List<InformationFlow> flows, List<Informing> informings) {
      List<Professional> listed = new ArrayList<>();
      for (Professional p : professionals) {
        if (category(p).isOnClosedList()) {
          listed.add(p);
        }
      }
      int count = Math.max(1, size / 2);
      for (int i = 0; i < count; i++) {
        Professional sender = listed.get(random.nextInt(listed.size()));
        Set<MemberId> recipients = new LinkedHashSet<>();
        LocalDate earliest = CREATED.plusDays(2).isAfter(joined(sender)) ? CREATED.plusDays(2) : joined(sender);
        int wanted = 1 + random.nextInt(Math.min(3, listed.size() - 1));
        while (recipients.size() < wanted) {
          Professional to = listed.get(random.nextInt(listed.size()));
          if (to != sender && recipients.add(to.id()) && joined(to).isAfter(earliest)) {
            earliest = joined(to);
          }
        }
        LocalDate date = between(earliest.plusDays(3), AS_OF.minusDays(1));
        List<InformationCategory> needs = new ArrayList<>(FLOW_CATEGORIES);
        Collections.shuffle(needs, random);
        needs = needs.subList(0, 2 + random.nextInt(3));
        FlowId id = FlowId.of(String.format("f-%03d", i + 1));
        FlowMode mode = i % 3 == 2 ? FlowMode.SHARING : FlowMode.EXCHANGE;
        flows.add(InformationFlow.builder().id(id).sender(sender.id()).recipients(recipients).about(PERSON)
            .date(date).mode(mode)
            .purpose(Purpose.builder().kind(PURPOSES.get(i % PURPOSES.size())).addAllNeeds(needs).build())
            .categories(needs.subList(0, Math.max(1, needs.size() - random.nextInt(2))))
            .build());
        informings.add(Informing.builder().informed(PERSON).date(date.minusDays(random.nextInt(3))).by(sender.id())
            .flow(id)
            .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RECIPIENTS,
                InformingSubject.RIGHT_TO_OBJECT)
            .build());
      }
    }

    private List<Objective> objectives() {
      List<Objective> objectives = new ArrayList<>();
      for (int i = 0; i < OBJECTIVES; i++) {
        Objective.Builder objective = Objective.builder().id(ObjectiveId.of(String.format("obj-%02d", i + 1)))
            .sphere(OBJECTIVE_SPHERES.get(i % OBJECTIVE_SPHERES.size()))
            .addParticipation(i % 2 == 0 ? Participation.CO_DEFINED : Participation.EXPRESSED)
            .addParticipation(i % 3 == 0 ? Participation.ACTS : Participation.AGREED)
            .addMeans(Means.of(professionals.get(i % professionals.size()).id()));
        PrimaryMember primary = primaries.get(random.nextInt(primaries.size()));
        if (primary.isCurrentOn(AS_OF)) {
          objective.addMeans(Means.of(primary.id()));
        }
        objectives.add(objective.build());
      }
      return objectives;
    }

    private PersonalisedProject project() {
      return PersonalisedProject.builder()
          .objectives(objectives())
          .evaluationStrategy("bilan partagé avec la personne tous les quatre mois")
          .addReviewDates(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 9, 15), LocalDate.of(2027, 1, 15))
          .build();
    }

    private static LocalDate joined(Member member) {
      return member.involvements().get(0).start();
    }

    private LocalDate between(LocalDate from, LocalDate to) {
      long days = ChronoUnit.DAYS.between(from, to);
      return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }
  }

  /** A professional's category of CSP R1110-2, {@code NOT_LISTED} when their standing records none. */
  static RegulatoryCategory category(Professional p) {
    return FrenchStanding.of(p).regulatoryCategory().orElse(RegulatoryCategory.NOT_LISTED);
  }

  /** The common mission and one category more. */
  private static Set<InformationCategory> withMission(InformationCategory category) {
    Set<InformationCategory> mission = EnumSet.copyOf(COMMON_MISSION);
    mission.add(category);
    return mission;
  }
}
