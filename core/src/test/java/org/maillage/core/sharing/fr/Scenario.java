package org.maillage.core.sharing.fr;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.maillage.FlowId;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.Message;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.OutsideProfessional;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.MeasureKind;
import org.maillage.person.MinorOfFamily;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Recording;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;

/**
 * A test fixture for the sharing decision and the sharing rules: one small person-centred network and one flow,
 * built from editable parts. Shared by the tests of {@code org.maillage.core}, {@code core.sharing.fr} and
 * {@code core.rules.sharing}, hence public.
 *
 * <p>The baseline is a flow the general regime allows: the social-service assistant {@link #AS} tells the
 * family-economy adviser {@link #CESF}, by an exchange, a social assessment of the adult {@link #PERSON} for
 * social follow-up, the person having been told beforehand of the nature of the flows and of the right to
 * object. Each row of a table changes one thing.
 */
public final class Scenario {
  /** The network's creation. */
  public static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  /** A day before the flow, when the person is told. */
  public static final LocalDate BEFORE = LocalDate.of(2026, 6, 1);
  /** The day of the flow. */
  public static final LocalDate DAY = LocalDate.of(2026, 6, 15);
  /** A day after the flow. */
  public static final LocalDate AFTER = LocalDate.of(2026, 6, 20);

  /** The focal person. */
  public static final MemberId PERSON = MemberId.of("p-lea");
  /** A social-service assistant of the municipal social centre, on the closed list. */
  public static final MemberId AS = MemberId.of("pro-as");
  /** A family-economy adviser of the same centre, on the closed list. */
  public static final MemberId CESF = MemberId.of("pro-cesf");
  /** A hospital doctor, a health professional. */
  public static final MemberId DOC = MemberId.of("pro-doc");
  /** A hospital nurse, a health professional of the same hospital. */
  public static final MemberId NURSE = MemberId.of("pro-nurse");
  /** A teacher, recorded off the closed list and not bound by secrecy. */
  public static final MemberId TEACHER = MemberId.of("pro-teacher");
  /** A child-protection educator (ASE), bound by secrecy, contributing to child protection. */
  public static final MemberId EDUC = MemberId.of("pro-educ");
  /** A child-protection social worker (ASE), bound by secrecy, contributing to child protection. */
  public static final MemberId ASE = MemberId.of("pro-ase");
  /** The children's judge, a member of the network as an individual. */
  public static final MemberId JUDGE = MemberId.of("pro-judge");
  /** The mother, a primary member, holder of parental authority when the person is a minor. */
  public static final MemberId MOTHER = MemberId.of("m-mother");
  /** The father, a primary member, holder of parental authority when the person is a minor. */
  public static final MemberId FATHER = MemberId.of("m-father");
  /** A guardian, outside the network. */
  public static final MemberId GUARDIAN = MemberId.of("r-guardian");
  /** The id of the flow. */
  public static final FlowId FLOW = FlowId.of("f-1");
  /** The social centre, part of the municipality. */
  public static final OrganisationId CCAS = OrganisationId.of("o-ccas");
  /** The hospital. */
  public static final OrganisationId HOSPITAL = OrganisationId.of("o-hospital");
  /** The hospital's psychiatry ward, a service of the hospital. */
  public static final OrganisationId WARD = OrganisationId.of("o-ward");
  /** The département's child-protection service. */
  public static final OrganisationId ASE_SERVICE = OrganisationId.of("o-ase");
  /** The school. */
  public static final OrganisationId SCHOOL = OrganisationId.of("o-school");

  private LifeStage stage = LifeStage.ADULT;
  private LocalDate birthDate;
  private Boolean unableToProtect;
  private final List<MinorOfFamily> minorsOfFamily = new ArrayList<>();
  private final List<LegalRepresentative> representatives = new ArrayList<>();
  private final List<JudicialMeasure> measures = new ArrayList<>();
  private final Map<MemberId, Member> members = new LinkedHashMap<>();
  private final List<Informing> informings = new ArrayList<>();
  private final List<Objection> objections = new ArrayList<>();
  private final List<Consent> consents = new ArrayList<>();
  private final List<InformationFlow> otherFlows = new ArrayList<>();
  private SocialActionTrigger trigger;
  private InformationFlow.Builder flow;

  private Scenario() {
    professional(AS, RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, CCAS, Sector.SOCIAL);
    professional(CESF, RegulatoryCategory.FAMILY_ECONOMY_ADVISER, CCAS, Sector.SOCIAL);
    professional(DOC, RegulatoryCategory.HEALTH_PROFESSIONAL, HOSPITAL, Sector.HEALTH);
    professional(NURSE, RegulatoryCategory.HEALTH_PROFESSIONAL, WARD, Sector.HEALTH);
    members.put(TEACHER, Professional.builder().id(TEACHER).sector(Sector.SCHOOL).horizon(Horizon.MIDDLE)
        .organisation(SCHOOL).involvedFrom(CREATED).missionCovers(InformationCategory.values())
        .secrecy(SecrecyBasis.NONE)
        .addStanding(FrenchStanding.builder().regulatoryCategory(RegulatoryCategory.NOT_LISTED).build()).build());
    professional(EDUC, RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER, ASE_SERVICE, Sector.CHILD_PROTECTION);
    professional(ASE, RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT, ASE_SERVICE, Sector.CHILD_PROTECTION);
    editProfessional(EDUC, p -> p.secrecy(SecrecyBasis.MISSION));
    editStanding(EDUC, s -> s.childProtectionContributor(true));
    editStanding(ASE, s -> s.childProtectionContributor(true));
    members.put(JUDGE, Professional.builder().id(JUDGE).sector(Sector.JUSTICE).horizon(Horizon.DISTANT)
        .involvedFrom(CREATED).secrecy(SecrecyBasis.FUNCTION).build());
    members.put(MOTHER, PrimaryMember.builder().id(MOTHER).relation(Relation.MOTHER).horizon(Horizon.CLOSE)
        .involvedFrom(CREATED).build());
    members.put(FATHER, PrimaryMember.builder().id(FATHER).relation(Relation.FATHER).horizon(Horizon.CLOSE)
        .involvedFrom(CREATED).build());
    flow = InformationFlow.builder().id(FLOW).sender(AS).addRecipient(CESF).about(PERSON).date(DAY)
        .mode(FlowMode.EXCHANGE)
        .purpose(Purpose.of(PurposeKind.SOCIAL_FOLLOW_UP, InformationCategory.SOCIAL_ASSESSMENT))
        .addCategory(InformationCategory.SOCIAL_ASSESSMENT);
    tell(PERSON, InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT);
  }

  private void professional(MemberId id, RegulatoryCategory category, OrganisationId organisation, Sector sector) {
    members.put(id, Professional.builder().id(id).sector(sector).horizon(Horizon.MIDDLE).organisation(organisation)
        .addStanding(FrenchStanding.builder().regulatoryCategory(category).build())
        .secrecy(SecrecyBasis.PROFESSION).involvedFrom(CREATED)
        .missionCovers(InformationCategory.values()).build());
  }

  /**
   * Returns the baseline: an exchange the general regime allows.
   *
   * @return a new scenario
   */
  public static Scenario general() {
    return new Scenario();
  }

  /**
   * Returns a child-protection scenario: the minor person, both parents holding parental authority and told
   * beforehand with the child, the ASE social worker telling the educator, to assess the situation.
   *
   * @return a new scenario
   */
  public static Scenario childProtection() {
    return new Scenario().stage(LifeStage.MINOR).parents().tellParents()
        .flow(f -> f.sender(ASE).recipients(List.of(EDUC))
            .purpose(Purpose.of(PurposeKind.CHILD_SITUATION_ASSESSMENT, InformationCategory.EDUCATIONAL_ASSESSMENT))
            .categories(List.of(InformationCategory.EDUCATIONAL_ASSESSMENT)));
  }

  /**
   * Returns a social-action scenario: the trigger recorded before the flow, the two social-centre workers as
   * professionals of social action, for social action.
   *
   * @return a new scenario
   */
  public static Scenario socialAction() {
    return new Scenario().clearInformings()
        .trigger(SocialActionTrigger.builder().recorded(BEFORE).authoritiesInformed(true).build())
        .editStanding(AS, s -> s.socialActionProfessional(true))
        .editStanding(CESF, s -> s.socialActionProfessional(true))
        .flow(f -> f.purpose(Purpose.of(PurposeKind.SOCIAL_ACTION, InformationCategory.SOCIAL_ASSESSMENT)));
  }

  /**
   * Returns a scenario of a report: a flow to an outside authority, marked with a kind of report.
   *
   * @param kind the report
   * @return a new scenario, for a minor whose parents hold parental authority and were not told
   */
  public static Scenario report(org.maillage.sharing.ReportKind kind) {
    return new Scenario().stage(LifeStage.MINOR).parents().clearInformings()
        .flow(f -> f.report(kind).recipients(List.of())
            .purpose(Purpose.of(PurposeKind.REPORT, InformationCategory.SOCIAL_ASSESSMENT)));
  }

  /**
   * Records the person's date of birth; the stage stated stays for when the date does not decide it.
   *
   * @param date the date of birth
   * @return this scenario
   */
  public Scenario bornOn(LocalDate date) {
    this.birthDate = date;
    return this;
  }

  /**
   * Records a minor of the person's family whom the support concerns (CASF L226-2-2).
   *
   * @param minor the minor, with the holders of parental authority
   * @return this scenario
   */
  public Scenario minorOfFamily(MinorOfFamily minor) {
    minorsOfFamily.add(minor);
    return this;
  }

  /**
   * Records whether the person is unable to protect themselves (Code pénal 226-14 1°).
   *
   * @param unable true or false, as recorded
   * @return this scenario
   */
  public Scenario unableToProtect(boolean unable) {
    this.unableToProtect = unable;
    return this;
  }

  /**
   * Sets the person's life stage.
   *
   * @param lifeStage the life stage
   * @return this scenario
   */
  public Scenario stage(LifeStage lifeStage) {
    this.stage = lifeStage;
    return this;
  }

  /**
   * Records a legal representative.
   *
   * @param id the representative's id
   * @param kind the ground
   * @return this scenario
   */
  public Scenario representative(MemberId id, RepresentationKind kind) {
    representatives.add(LegalRepresentative.of(id, kind));
    return this;
  }

  /**
   * Records the mother and the father as holders of parental authority.
   *
   * @return this scenario
   */
  public Scenario parents() {
    return representative(MOTHER, RepresentationKind.PARENTAL_AUTHORITY)
        .representative(FATHER, RepresentationKind.PARENTAL_AUTHORITY);
  }

  /**
   * Tells the mother, the father and the person of the nature of the flows, beforehand.
   *
   * @return this scenario
   */
  public Scenario tellParents() {
    return tell(MOTHER, InformingSubject.NATURE_OF_INFORMATION).tell(FATHER, InformingSubject.NATURE_OF_INFORMATION);
  }

  /**
   * Records a judicial measure in progress since the creation, ordered by {@link #JUDGE}.
   *
   * @param kind the kind
   * @param mandated the professionals it mandates
   * @return this scenario
   */
  public Scenario measure(MeasureKind kind, MemberId... mandated) {
    measures.add(JudicialMeasure.builder().reference("TE-2026-118").kind(kind).judge(JUDGE)
        .period(Period.from(CREATED)).addMandated(mandated).build());
    return this;
  }

  /**
   * Changes a professional.
   *
   * @param id the professional's id
   * @param edit the change, on a builder holding the professional
   * @return this scenario
   */
  public Scenario editProfessional(MemberId id, UnaryOperator<Professional.Builder> edit) {
    Professional p = (Professional) members.get(id);
    members.put(id, edit.apply(Professional.builder().from(p)).build());
    return this;
  }

  /**
   * Changes a professional's French standing (a standing that records nothing when they have none).
   *
   * @param id the professional's id
   * @param edit the change, on a builder holding the standing
   * @return this scenario
   */
  public Scenario editStanding(MemberId id, UnaryOperator<FrenchStanding.Builder> edit) {
    Professional p = (Professional) members.get(id);
    FrenchStanding standing = edit.apply(FrenchStanding.builder().from(FrenchStanding.of(p))).build();
    members.put(id, Professional.builder().from(p).standings(List.of(standing)).build());
    return this;
  }

  /**
   * Adds or replaces a member.
   *
   * @param member the member
   * @return this scenario
   */
  public Scenario member(Member member) {
    members.put(member.id(), member);
    return this;
  }

  /**
   * Changes the flow.
   *
   * @param edit the change, on a builder holding the flow
   * @return this scenario
   */
  public Scenario flow(UnaryOperator<InformationFlow.Builder> edit) {
    flow = edit.apply(flow);
    return this;
  }

  /**
   * Records another flow in the network besides the one decided.
   *
   * @param other the flow
   * @return this scenario
   */
  public Scenario addFlow(InformationFlow other) {
    otherFlows.add(other);
    return this;
  }

  /**
   * Removes every recorded information.
   *
   * @return this scenario
   */
  public Scenario clearInformings() {
    informings.clear();
    return this;
  }

  /**
   * Records that someone was told something about flows in general, on {@link #BEFORE}.
   *
   * @param who the person or a representative
   * @param subjects what they were told
   * @return this scenario
   */
  public Scenario tell(MemberId who, InformingSubject... subjects) {
    return informing(Informing.builder().informed(who).date(BEFORE).addSubjects(subjects).build());
  }

  /**
   * Records an information.
   *
   * @param informing the information
   * @return this scenario
   */
  public Scenario informing(Informing informing) {
    informings.add(informing);
    return this;
  }

  /**
   * Records an objection to every flow, by someone on a date.
   *
   * @param by the person or a representative
   * @param date the day
   * @return this scenario
   */
  public Scenario object(MemberId by, LocalDate date) {
    objections.add(Objection.builder().by(by).date(date).build());
    return this;
  }

  /**
   * Records an objection.
   *
   * @param objection the objection
   * @return this scenario
   */
  public Scenario objection(Objection objection) {
    objections.add(objection);
    return this;
  }

  /**
   * Records a consent.
   *
   * @param consent the consent
   * @return this scenario
   */
  public Scenario consent(Consent consent) {
    consents.add(consent);
    return this;
  }

  /**
   * Returns a complete consent by someone on {@link #BEFORE}, covering every category of information and the
   * family-economy advisers, with media and security measures.
   *
   * @param by who consents
   * @return a builder to adjust
   */
  public static Consent.Builder consentBy(MemberId by) {
    return Consent.builder().by(by).given(BEFORE).addInformationCategories(InformationCategory.values())
        .addProfessionalCategories(RegulatoryCategory.FAMILY_ECONOMY_ADVISER, RegulatoryCategory.HEALTH_PROFESSIONAL)
        .addMedia("dossier partagé").addSecurityMeasures("accès nominatif");
  }

  /**
   * Records the social-action trigger.
   *
   * @param socialActionTrigger the trigger
   * @return this scenario
   */
  public Scenario trigger(SocialActionTrigger socialActionTrigger) {
    this.trigger = socialActionTrigger;
    return this;
  }

  /**
   * Removes the social-action trigger.
   *
   * @return this scenario
   */
  public Scenario withoutTrigger() {
    this.trigger = null;
    return this;
  }

  /**
   * Records both social-centre workers in one care team on a ground.
   *
   * @param basis the ground
   * @return this scenario
   */
  public Scenario careTeam(CareTeamBasis basis) {
    return editStanding(AS, s -> s.careTeam(basis)).editStanding(CESF, s -> s.careTeam(basis));
  }

  /**
   * Returns the person.
   *
   * @return the focal person
   */
  public Person person() {
    return Person.builder().id(PERSON).lifeStage(stage).birthDate(Optional.ofNullable(birthDate))
        .unableToProtectThemselves(Optional.ofNullable(unableToProtect)).addAllMinorsConcerned(minorsOfFamily)
        .addAllRepresentatives(representatives).addAllMeasures(measures).build();
  }

  /**
   * Returns the flow decided.
   *
   * @return the flow
   */
  public InformationFlow flow() {
    return flow.build();
  }

  /**
   * Returns the network, recording French law, holding the flow decided first, then the other flows.
   *
   * @return the network
   */
  public Network network() {
    Network.Builder network = Network.builder().id(NetworkId.of("n-lea")).created(CREATED).focalPerson(person())
        .jurisdiction(Jurisdiction.FRANCE)
        .addOrganisations(
            organisation(CCAS, OrganisationKind.SERVICE, Sector.SOCIAL, null),
            organisation(HOSPITAL, OrganisationKind.ESTABLISHMENT, Sector.HEALTH, null),
            organisation(WARD, OrganisationKind.SERVICE, Sector.MENTAL_HEALTH, HOSPITAL),
            organisation(ASE_SERVICE, OrganisationKind.SERVICE, Sector.CHILD_PROTECTION, null),
            organisation(SCHOOL, OrganisationKind.ESTABLISHMENT, Sector.SCHOOL, null))
        .addAllMembers(members.values())
        .addFlows(flow())
        .addAllFlows(otherFlows)
        .addAllInformings(informings)
        .addAllObjections(objections)
        .addAllConsents(consents);
    if (trigger != null) {
      network.addJurisdictionFact(trigger);
    }
    return network.build();
  }

  private static Organisation organisation(OrganisationId id, OrganisationKind kind, Sector sector,
      OrganisationId parent) {
    Organisation.Builder o = Organisation.builder().id(id).kind(kind).sector(sector);
    if (parent != null) {
      o.parent(parent);
    }
    return o.build();
  }

  /**
   * Decides the flow with the French policy.
   *
   * @return the decision
   */
  public SharingDecision decide() {
    return FrenchSharingPolicy.instance().decide(network(), flow());
  }

  /**
   * Tells whether the api's label bundle is on the class path, so that terms render with their labels.
   *
   * @return true if {@code org.maillage.Labels} can be read
   */
  public static boolean labelsAvailable() {
    try {
      ResourceBundle.getBundle("org.maillage.Labels", Locale.ENGLISH);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  /**
   * Tells whether a message can be rendered here: it holds no term, or the label bundle is available.
   *
   * @param message the message
   * @return true if rendering it will not need a missing label
   */
  public static boolean renderable(Map<String, Object> message) {
    return labelsAvailable() || message.values().stream().noneMatch(Labelled.class::isInstance);
  }

  /**
   * Tells whether a message can be rendered here.
   *
   * @param message the message
   * @return see {@link #renderable(Map)}
   */
  public static boolean renderable(Message message) {
    return renderable(message.arguments());
  }

  /**
   * Records one fact of a professional in a network, one way, as a case system would: the inverse of what the
   * decision's {@link org.maillage.sharing.MissingFact missing facts} name. Yes for secrecy is
   * {@link SecrecyBasis#PROFESSION}; yes for the mission covers every category, no covers none.
   *
   * @param network the network
   * @param kind the kind of fact
   * @param member the professional
   * @param way the way: a {@link org.maillage.sharing.Recording}, a {@link RegulatoryCategory} or a
   *     {@link CareTeamBasis}
   * @return the network with that fact recorded
   */
  public static Network record(Network network, FactKind kind, MemberId member, Labelled way) {
    boolean yes = way == Recording.YES;
    if (kind == CommonFact.UNABLE_TO_PROTECT_THEMSELVES) {
      Person person = network.focalPerson().filter(f -> f.id().equals(member)).orElseThrow();
      return Network.builder().from(network)
          .focalPerson(Person.builder().from(person).unableToProtectThemselves(yes).build()).build();
    }
    Profile profile = Profile.of(profile(network, member));
    if (kind == FrenchFact.REGULATORY_CATEGORY) {
      profile.standing.regulatoryCategory((RegulatoryCategory) way);
    } else if (kind == FrenchFact.CHILD_PROTECTION_CONTRIBUTOR) {
      profile.standing.childProtectionContributor(yes);
    } else if (kind == FrenchFact.SOCIAL_ACTION_PROFESSIONAL) {
      profile.standing.socialActionProfessional(yes);
    } else if (kind == FrenchFact.CARE_TEAM_BASIS) {
      profile.standing.careTeam((CareTeamBasis) way);
    } else if (kind == CommonFact.SECRECY) {
      profile.secrecy = Optional.of(yes ? SecrecyBasis.PROFESSION : SecrecyBasis.NONE);
    } else if (kind == CommonFact.MISSION_CATEGORIES) {
      profile.mission = Optional.of(yes ? ImmutableSet.copyOf(InformationCategory.values()) : ImmutableSet.of());
    } else {
      throw new IllegalArgumentException("not a fact of a professional: " + kind);
    }
    return replace(network, member, profile);
  }

  /**
   * Leaves one fact of the focal person or of a professional unrecorded: the inverse of
   * {@link #record(Network, FactKind, MemberId, Labelled)}.
   *
   * @param network the network
   * @param kind the kind of fact
   * @param member the focal person or the professional, a member or outside the network
   * @return the network with that fact unrecorded
   */
  public static Network forget(Network network, FactKind kind, MemberId member) {
    if (kind == CommonFact.UNABLE_TO_PROTECT_THEMSELVES) {
      Person person = network.focalPerson().filter(f -> f.id().equals(member)).orElseThrow();
      return Network.builder().from(network)
          .focalPerson(Person.builder().from(person).unableToProtectThemselves(Optional.empty()).build()).build();
    }
    Profile profile = Profile.of(profile(network, member));
    if (kind == FrenchFact.REGULATORY_CATEGORY) {
      profile.standing.regulatoryCategory(Optional.empty());
    } else if (kind == FrenchFact.CHILD_PROTECTION_CONTRIBUTOR) {
      profile.standing.childProtectionContributor(Optional.empty());
    } else if (kind == FrenchFact.SOCIAL_ACTION_PROFESSIONAL) {
      profile.standing.socialActionProfessional(Optional.empty());
    } else if (kind == FrenchFact.CARE_TEAM_BASIS) {
      profile.standing.careTeam(Optional.empty());
    } else if (kind == CommonFact.SECRECY) {
      profile.secrecy = Optional.empty();
    } else if (kind == CommonFact.MISSION_CATEGORIES) {
      profile.mission = Optional.empty();
    } else {
      throw new IllegalArgumentException("not a fact of a professional: " + kind);
    }
    return replace(network, member, profile);
  }

  /** What the law reads of a professional, being edited: their secrecy, mission and French standing. */
  private static final class Profile {
    Optional<SecrecyBasis> secrecy;
    Optional<ImmutableSet<InformationCategory>> mission;
    final FrenchStanding.Builder standing;

    private Profile(ProfessionalProfile p) {
      this.secrecy = p.secrecy();
      this.mission = p.missionCategories();
      this.standing = FrenchStanding.builder().from(FrenchStanding.of(p));
    }

    static Profile of(ProfessionalProfile p) {
      return new Profile(p);
    }
  }

  /** A professional member of the network, or a professional outside it that one of its flows goes to. */
  private static ProfessionalProfile profile(Network network, MemberId id) {
    Optional<Member> member = network.member(id);
    if (member.isPresent()) {
      return (Professional) member.get();
    }
    return network.flows().stream().flatMap(f -> f.outsideProfessionals().stream())
        .filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  /** The network with the professional's facts replaced, as a member or in every flow that goes to them. */
  private static Network replace(Network network, MemberId id, Profile profile) {
    List<FrenchStanding> standing = List.of(profile.standing.build());
    if (network.member(id).isPresent()) {
      List<Member> members = new ArrayList<>();
      for (Member m : network.members()) {
        members.add(m.id().equals(id) ? Professional.builder().from((Professional) m).secrecy(profile.secrecy)
            .missionCategories(profile.mission).standings(standing).build() : m);
      }
      return Network.builder().from(network).members(members).build();
    }
    List<InformationFlow> flows = new ArrayList<>();
    for (InformationFlow f : network.flows()) {
      List<OutsideProfessional> outside = new ArrayList<>();
      for (OutsideProfessional o : f.outsideProfessionals()) {
        outside.add(o.id().equals(id) ? OutsideProfessional.builder().from(o).secrecy(profile.secrecy)
            .missionCategories(profile.mission).standings(standing).build() : o);
      }
      flows.add(InformationFlow.builder().from(f).outsideProfessionals(outside).build());
    }
    return Network.builder().from(network).flows(flows).build();
  }

  /**
   * Tells whether a fact of a professional is recorded in a network.
   *
   * @param network the network
   * @param kind the kind of fact
   * @param member the professional
   * @return true if the record holds a value for it
   */
  public static boolean isRecorded(Network network, FactKind kind, MemberId member) {
    if (kind == CommonFact.UNABLE_TO_PROTECT_THEMSELVES) {
      return network.focalPerson().orElseThrow().unableToProtectThemselves().isPresent();
    }
    ProfessionalProfile p = profile(network, member);
    FrenchStanding standing = FrenchStanding.of(p);
    if (kind == FrenchFact.REGULATORY_CATEGORY) {
      return standing.regulatoryCategory().isPresent();
    } else if (kind == FrenchFact.CHILD_PROTECTION_CONTRIBUTOR) {
      return standing.childProtectionContributor().isPresent();
    } else if (kind == FrenchFact.SOCIAL_ACTION_PROFESSIONAL) {
      return standing.socialActionProfessional().isPresent();
    } else if (kind == FrenchFact.CARE_TEAM_BASIS) {
      return standing.careTeam().isPresent();
    } else if (kind == CommonFact.SECRECY) {
      return p.secrecy().isPresent();
    } else if (kind == CommonFact.MISSION_CATEGORIES) {
      return p.missionCategories().isPresent();
    }
    throw new IllegalArgumentException("not a fact of a professional: " + kind);
  }
}
