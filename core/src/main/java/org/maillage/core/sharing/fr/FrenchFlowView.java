package org.maillage.core.sharing.fr;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.core.sharing.FlowView;
import org.maillage.core.sharing.Presence;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.member.Member;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.member.RelationGroup;
import org.maillage.member.SecrecyBasis;
import org.maillage.network.Network;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.sharing.fr.SocialActionTrigger;

/**
 * A flow as the French regimes read it: the {@link FlowView} and, computed when the view is pointed at the
 * flow (before any step, never read ahead by one), what several steps need: who is informed and consents
 * (step 9 of the general regime, read by steps 4 to 7), whether a sharing stays inside a care team (step 6,
 * read by steps 4 and 7), and the child the child-protection regime is about.
 *
 * <p>Not thread-safe, as any view.
 */
final class FrenchFlowView extends FlowView {
  private static final List<RegulatoryCategory> CATEGORIES = List.of(RegulatoryCategory.values());
  private static final List<CareTeamBasis> BASES = List.of(CareTeamBasis.values());
  /** Who is informed and consents for a flow about the focal person, read once (empty without one). */
  private final List<MemberId> focalAddressees;
  private List<MemberId> addressees = List.of();
  private @Nullable Person child;
  /** The minors the child-protection regime is about: the child, or the minors of the person's family. */
  private List<Person> children = List.of();
  private CareTeam careTeam = CareTeam.NOT_A_SHARING;
  private @Nullable OrganisationId institution;
  /** The network's social-action trigger (CASF L121-6-2), read once: it does not depend on the flow. */
  private final @Nullable SocialActionTrigger trigger;
  /** Read once, on first need, by {@link #formalisedGroupHealth()}. */
  private @Nullable Presence formalisedGroupHealth;
  /** Read once, on first need, by {@link #formalisedGroupOpen()}. */
  private @Nullable Presence formalisedGroupOpen;
  private List<MemberId> groupOpen = List.of();
  /**
   * What the record shows of each party, in the order of {@link #party(int)}: null where the party is no
   * professional. Read from the professional's value once per view (each optional accessor of a value allocates
   * on every call, and the same professionals take part in many flows), then reused for every flow.
   */
  private @Nullable PartyFacts[] facts = new PartyFacts[4];
  /** What each professional's value records, read once per view: the same professionals send many flows. */
  private final IdentityHashMap<ProfessionalProfile, PartyFacts> read = new IdentityHashMap<>();

  /** What one professional's value records of the facts the steps read; a field is null where not recorded. */
  private static final class PartyFacts {
    final @Nullable RegulatoryCategory category;
    final @Nullable CareTeamBasis careTeam;
    final @Nullable Boolean contributor;
    final @Nullable Boolean socialAction;
    final @Nullable SecrecyBasis secrecy;
    final @Nullable Set<InformationCategory> mission;

    PartyFacts(ProfessionalProfile p) {
      FrenchStanding standing = FrenchStanding.of(p);
      this.category = standing.regulatoryCategory().orElse(null);
      this.careTeam = standing.careTeam().orElse(null);
      this.contributor = standing.childProtectionContributor().orElse(null);
      this.socialAction = standing.socialActionProfessional().orElse(null);
      this.secrecy = p.secrecy().orElse(null);
      this.mission = p.missionCategories().orElse(null);
    }
  }

  FrenchFlowView(SharingRecord record) {
    super(record);
    Person focal = focal();
    // without a date of birth the stage is the stated one, the same for every flow: read once
    this.focalAddressees = focal == null ? List.of() : addresseesOf(focal, focal.lifeStage());
    this.trigger = network().jurisdictionFact(SocialActionTrigger.class).orElse(null);
  }

  @Override
  public void retarget(InformationFlow next, boolean explained) {
    super.retarget(next, explained);
    readParties();
    Person person = person();
    this.addressees = person == null ? List.of(about())
        : person.birthDate().isPresent() ? addresseesOf(person, person.lifeStageOn(date())) : focalAddressees;
    this.children = childrenConcerned();
    this.child = children.isEmpty() ? null : children.get(0);
    this.institution = null;
    this.groupOpen = List.of();
    this.careTeam = next.mode() != FlowMode.SHARING ? CareTeam.NOT_A_SHARING
        : next.sharedRecord().isPresent() ? CareTeam.SHARED_RECORD : readCareTeam();
  }

  /** Points each party at what the record shows of it, read from its value on the party's first flow. */
  private void readParties() {
    int n = partyCount();
    if (facts.length < n) {
      facts = new PartyFacts[n];
    }
    for (int i = 0; i < n; i++) {
      ProfessionalProfile p = professional(i);
      facts[i] = p == null ? null : read.computeIfAbsent(p, PartyFacts::new);
    }
  }

  /** The party's category of CSP R1110-2 as recorded, or null. */
  @Nullable RegulatoryCategory recordedCategory(int party) {
    PartyFacts f = facts[party];
    return f == null ? null : f.category;
  }

  /** The party's care-team basis as recorded, or null. */
  @Nullable CareTeamBasis recordedCareTeam(int party) {
    PartyFacts f = facts[party];
    return f == null ? null : f.careTeam;
  }

  /** Whether the party contributes to child-protection policy, as recorded, or null. */
  @Nullable Boolean recordedContributor(int party) {
    PartyFacts f = facts[party];
    return f == null ? null : f.contributor;
  }

  /** Whether the party is a professional of social action, as recorded, or null. */
  @Nullable Boolean recordedSocialAction(int party) {
    PartyFacts f = facts[party];
    return f == null ? null : f.socialAction;
  }

  /** The party's secrecy as recorded, or null. */
  @Nullable SecrecyBasis recordedSecrecy(int party) {
    PartyFacts f = facts[party];
    return f == null ? null : f.secrecy;
  }

  /** The categories the party's mission covers, as recorded, or null. */
  @Nullable Set<InformationCategory> recordedMission(int party) {
    PartyFacts f = facts[party];
    return f == null ? null : f.mission;
  }

  /**
   * Step 9 of the general regime: who is informed and consents, the person first (unless a young child with a
   * representative), then each representative; a person other than the focal one for themself.
   */
  List<MemberId> addressees() {
    return addressees;
  }

  /** The first child the child-protection regime is about, when the person falls within it, else null. */
  @Nullable Person child() {
    return child;
  }

  /**
   * The children the child-protection regime is about: the person when a minor or a young adult it supports; for
   * an adult person, the minors of their family recorded ({@link Person#minorsConcerned()}) who are minors on the
   * flow's date; for a relative or representative of a focal minor, the focal minor. Empty when none.
   */
  List<Person> children() {
    return children;
  }

  /** Whether the flow, a sharing, stays inside a care team (step 6). */
  CareTeam careTeam() {
    return careTeam;
  }

  /**
   * Whether the formalised care group counts a health professional current on the flow's date: recorded so, yes;
   * otherwise a current member of the group whose category is not recorded leaves it open (noted in
   * {@link #groupCategoriesNotRecorded()}). Read from the summaries once per record; under a hypothesis, from the
   * network's professionals afresh (the deliberation of an incomplete decision only).
   */
  private CareTeam readGroupHealth() {
    groupOpen = List.of();
    if (!hasHypotheses()) {
      if (formalisedGroupHealth().covers(date())) {
        return CareTeam.FORMALISED_GROUP;
      }
      if (!formalisedGroupOpen().covers(date())) {
        return CareTeam.NO_HEALTH_PROFESSIONAL;
      }
    }
    List<MemberId> open = new ArrayList<>();
    for (Professional p : network().professionals()) {
      if (!p.isCurrentOn(date())) {
        continue;
      }
      Labelled basisWay = hypothesis(FrenchFact.CARE_TEAM_BASIS, p.id());
      CareTeamBasis basis = basisWay != null ? (CareTeamBasis) basisWay : FrenchStanding.of(p).careTeam().orElse(null);
      if (basis != CareTeamBasis.FORMALISED_GROUP) {
        continue;
      }
      Labelled categoryWay = hypothesis(FrenchFact.REGULATORY_CATEGORY, p.id());
      RegulatoryCategory category = categoryWay != null ? (RegulatoryCategory) categoryWay
          : FrenchStanding.of(p).regulatoryCategory().orElse(null);
      if (category == RegulatoryCategory.HEALTH_PROFESSIONAL) {
        return CareTeam.FORMALISED_GROUP;
      }
      if (category == null) {
        open.add(p.id());
      }
    }
    if (open.isEmpty()) {
      return CareTeam.NO_HEALTH_PROFESSIONAL;
    }
    groupOpen = open;
    return CareTeam.UNKNOWN;
  }

  /** The current members of the formalised care group whose category is not recorded, when step 6 is open. */
  List<MemberId> groupCategoriesNotRecorded() {
    return groupOpen;
  }

  /** The days on which a member of the formalised group with a category not recorded is current, read once. */
  private Presence formalisedGroupOpen() {
    Presence presence = formalisedGroupOpen;
    if (presence == null) {
      List<Period> involvements = new ArrayList<>();
      for (Professional p : network().professionals()) {
        FrenchStanding standing = FrenchStanding.of(p);
        if (standing.careTeam().orElse(null) == CareTeamBasis.FORMALISED_GROUP
            && standing.regulatoryCategory().isEmpty()) {
          involvements.addAll(p.involvements());
        }
      }
      presence = Presence.of(involvements);
      formalisedGroupOpen = presence;
    }
    return presence;
  }

  /** {@link #formalisedGroupHealth(Network)} of the network, read on the first sharing that needs it. */
  private Presence formalisedGroupHealth() {
    Presence presence = formalisedGroupHealth;
    if (presence == null) {
      presence = formalisedGroupHealth(network());
      formalisedGroupHealth = presence;
    }
    return presence;
  }

  /**
   * The days on which a network's formalised care group (CSP L1110-12 3°) counts a current health
   * professional: the involvements of the professionals whose standing records both the formalised-group basis
   * and the health-professional category. Linear in the professionals, n log n in those involvements.
   */
  static Presence formalisedGroupHealth(Network network) {
    List<Period> involvements = new ArrayList<>();
    for (Professional p : network.professionals()) {
      if (Standing.recordedHealthInFormalisedGroup(p)) {
        involvements.addAll(p.involvements());
      }
    }
    return Presence.of(involvements);
  }

  /** The social-action trigger recorded on the network, or null. */
  @Nullable SocialActionTrigger trigger() {
    return trigger;
  }

  /** The one institution of the parties, for a care team of one establishment or listed structure. */
  @Nullable OrganisationId institution() {
    return institution;
  }

  private static List<MemberId> addresseesOf(Person focal, LifeStage stage) {
    ImmutableList<MemberId> all = focal.personAndRepresentatives().asList();
    return stage != LifeStage.YOUNG_CHILD || all.size() == 1 ? all : all.subList(1, all.size());
  }

  private List<Person> childrenConcerned() {
    Person person = person();
    if (person != null) {
      LifeStage stage = person.lifeStageOn(date());
      if (stage.isMinor() || stage == LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION) {
        return List.of(person);
      }
      // an adult who is a member of a minor's family (CASF L226-2-2)
      return person.minorsConcerned().isEmpty() ? List.of() : person.minorsOfFamilyOn(date());
    }
    Person focalChild = focalChildConcerned();
    return focalChild == null ? List.of() : List.of(focalChild);
  }

  private @Nullable Person focalChildConcerned() {
    Person focal = focal();
    if (focal == null || !focal.lifeStageOn(date()).isMinor()) {
      return null;
    }
    MemberId about = about();
    Member member = network().member(about).orElse(null);
    boolean family = focal.representative(about).isPresent()
        || member instanceof PrimaryMember pm && pm.relation().group() == RelationGroup.FAMILY;
    return family ? focal : null;
  }

  /**
   * Step 6's reading of the parties' care-team bases: a party recorded with none, or two different bases, put
   * the sharing outside whatever else is not recorded; otherwise a party whose basis is not recorded leaves it
   * {@link CareTeam#UNKNOWN}.
   */
  private CareTeam readCareTeam() {
    CareTeamBasis shared = null;
    boolean same = true;
    boolean recorded = true;
    for (int i = 0; i < partyCount(); i++) {
      CareTeamBasis b = Standing.careTeam(this, i);
      if (b == CareTeamBasis.NONE) {
        return CareTeam.NO_BASIS;
      }
      if (b == null) {
        recorded = false;
      } else if (shared == null) {
        shared = b;
      } else if (shared != b) {
        same = false;
      }
    }
    if (!same) {
      return CareTeam.MIXED_BASES;
    }
    if (!recorded || shared == null) {
      return CareTeam.UNKNOWN;
    }
    return switch (shared) {
      case SAME_ESTABLISHMENT, LISTED_STRUCTURE -> {
        institution = sameInstitution();
        if (institution == null) {
          yield CareTeam.DIFFERENT_STRUCTURES;
        }
        yield shared == CareTeamBasis.LISTED_STRUCTURE ? CareTeam.LISTED_STRUCTURE : CareTeam.SAME_ESTABLISHMENT;
      }
      case RECOGNISED_BY_PERSON -> CareTeam.RECOGNISED_BY_PERSON;
      case FORMALISED_GROUP -> readGroupHealth();
      case NONE -> CareTeam.NO_BASIS;
    };
  }

  /**
   * The ways of recording a missing fact: every category of the closed list (and off it), every care-team
   * basis (and none), else yes or no.
   */
  @Override
  public List<? extends Labelled> waysOf(FactKind kind) {
    if (kind == FrenchFact.REGULATORY_CATEGORY) {
      return CATEGORIES;
    }
    if (kind == FrenchFact.CARE_TEAM_BASIS) {
      return BASES;
    }
    return super.waysOf(kind);
  }

  private @Nullable OrganisationId sameInstitution() {
    OrganisationId found = null;
    for (int i = 0; i < partyCount(); i++) {
      // a professional outside the network has no institution the network records: not the same one
      Professional p = memberProfessional(i);
      OrganisationId own = p == null ? null : network().institutions().get(p.id());
      if (own == null || found != null && !found.equals(own)) {
        return null;
      }
      found = own;
    }
    return found;
  }
}
