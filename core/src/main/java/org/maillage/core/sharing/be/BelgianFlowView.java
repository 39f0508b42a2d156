package org.maillage.core.sharing.be;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.FlowId;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.core.sharing.FlowView;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.sharing.FactKind;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.JurisdictionFact;
import org.maillage.sharing.Recording;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.BelgianSettings;
import org.maillage.sharing.be.CaseConsultation;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.DangerBranch;
import org.maillage.sharing.be.MinorCompetence;
import org.maillage.sharing.be.OffenceCategory;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.VictimVulnerability;
import org.maillage.sharing.be.YouthAidCommunity;
import org.maillage.sharing.be.YouthAidRole;

/**
 * A flow as the Belgian regimes read it: the {@link FlowView}, the policy's settings, and what the network records
 * under Belgian law, indexed once per record (the community, the flow records by flow, the case consultations by
 * code, the competence assessments by minor); for the flow, its Belgian record and whom to inform or ask.
 *
 * <p>It also keeps, for the flow, the regimes that almost applied (their own record present, a condition failed),
 * which the last regime names. Not thread-safe, as any view.
 */
final class BelgianFlowView extends FlowView {
  private static final List<Recording> YES_NO = List.of(Recording.YES, Recording.NO);
  private static final List<SecrecyStanding> SECRECY = List.of(SecrecyStanding.values());
  private static final List<YouthAidRole> ROLES = List.of(YouthAidRole.values());
  private static final List<Community> COMMUNITIES = List.of(Community.values());
  private static final List<OffenceCategory> OFFENCES = List.of(OffenceCategory.values());
  private static final List<VictimVulnerability> GROUNDS = List.of(VictimVulnerability.values());
  private static final List<DangerBranch> BRANCHES = List.of(DangerBranch.values());
  /** The age from which a minor is presumed competent (Flemish decree of 7 May 2004). */
  private static final int AGE_OF_PRESUMED_COMPETENCE = 12;

  private final BelgianSettings settings;
  private final @Nullable Community community;
  private final Map<FlowId, BelgianFlowRecord> flowRecords = new HashMap<>();
  private final Map<String, CaseConsultation> consultations = new HashMap<>();
  private final Map<MemberId, List<MinorCompetence>> competences = new HashMap<>();
  private @Nullable BelgianFlowRecord flowRecord;
  private List<MemberId> addressees = List.of();
  private final List<BelgianRegime> nearMisses = new ArrayList<>(4);

  BelgianFlowView(SharingRecord record, BelgianSettings settings) {
    super(record);
    this.settings = settings;
    YouthAidCommunity recorded = network().jurisdictionFact(YouthAidCommunity.class).orElse(null);
    this.community = recorded == null ? null : recorded.community();
    for (JurisdictionFact fact : network().jurisdictionFacts()) {
      if (fact instanceof BelgianFlowRecord r) {
        flowRecords.putIfAbsent(r.flow(), r);
      } else if (fact instanceof CaseConsultation c) {
        consultations.putIfAbsent(c.code(), c);
      } else if (fact instanceof MinorCompetence m) {
        competences.computeIfAbsent(m.minor(), k -> new ArrayList<>()).add(m);
      }
    }
  }

  @Override
  public void retarget(InformationFlow next, boolean explained) {
    super.retarget(next, explained);
    this.flowRecord = flowRecords.get(next.id());
    Person person = person();
    if (person == null) {
      this.addressees = List.of(about());
    } else {
      ImmutableList<MemberId> all = person.personAndRepresentatives().asList();
      boolean youngChild = person.lifeStageOn(date()) == LifeStage.YOUNG_CHILD;
      this.addressees = youngChild && all.size() > 1 ? all.subList(1, all.size()) : all;
    }
    nearMisses.clear();
  }

  /** The policy's settings. */
  BelgianSettings settings() {
    return settings;
  }

  /** The flow's Belgian record, or null when none is recorded for it. */
  @Nullable BelgianFlowRecord flowRecord() {
    return flowRecord;
  }

  /** The case consultation recorded under a code, or null. */
  @Nullable CaseConsultation consultation(String code) {
    return consultations.get(code);
  }

  /** The community whose youth-aid legislation governs the network, or null when not recorded. */
  @Nullable Community community() {
    Labelled way = networkHypothesis(BelgianFact.COMMUNITY);
    return way != null ? (Community) way : community;
  }

  /**
   * Whom to inform or ask: the person the flow is about and every recorded representative (the holders of
   * parental authority, a guardian, an administrator); for a young child, the representatives only (the child
   * when none is recorded).
   */
  List<MemberId> addressees() {
    return addressees;
  }

  /** Whether the person is a minor, or a young adult still supported, on the flow's date. */
  boolean personIsMinorOrSupported() {
    Person person = person();
    if (person == null) {
      return false;
    }
    LifeStage stage = person.lifeStageOn(date());
    return stage.isMinor() || stage == LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION;
  }

  /**
   * Whether the person, a minor, is competent to agree (Flemish decree of 7 May 2004): the latest assessment
   * recorded on or before the flow's date; without one, a minor of 12 or more (by date of birth) is presumed
   * competent, and an adult or young adult is; a young child is not. Otherwise, null: not recorded.
   */
  @Nullable Boolean minorCompetent() {
    Person person = person();
    if (person == null) {
      return Boolean.TRUE;
    }
    Labelled way = hypothesis(BelgianFact.MINOR_COMPETENCE, person.id());
    if (way != null) {
      return way == Recording.YES;
    }
    MinorCompetence latest = null;
    for (MinorCompetence m : competences.getOrDefault(person.id(), List.of())) {
      if (!m.assessed().isAfter(date()) && (latest == null || m.assessed().isAfter(latest.assessed()))) {
        latest = m;
      }
    }
    if (latest != null) {
      return latest.competent();
    }
    LifeStage stage = person.lifeStageOn(date());
    if (!stage.isMinor()) {
      return Boolean.TRUE;
    }
    LocalDate birth = person.birthDate().orElse(null);
    if (birth != null && ChronoUnit.YEARS.between(birth, date()) >= AGE_OF_PRESUMED_COMPETENCE) {
      return Boolean.TRUE;
    }
    return stage == LifeStage.YOUNG_CHILD ? Boolean.FALSE : null;
  }

  /** A yes-or-no fact of the flow, recorded by the sender: the hypothesis first, then the record. */
  @Nullable Boolean flowFact(BelgianFact kind, @Nullable Boolean recorded) {
    Labelled way = hypothesis(kind, party(0));
    return way != null ? Boolean.valueOf(way == Recording.YES) : recorded;
  }

  /** A fact of the flow recorded as a category, by the sender: the hypothesis first, then the record. */
  <T extends Labelled> @Nullable T flowCategory(BelgianFact kind, Class<T> type, @Nullable T recorded) {
    Labelled way = hypothesis(kind, party(0));
    return way != null ? type.cast(way) : recorded;
  }

  /**
   * Whether someone's agreement to the flow is recorded: a consent in force on the flow's date covering every
   * category the flow carries. Belgian law asks no media nor security measures of it, and the consent's categories
   * of professionals say what the person was told; they are not read.
   */
  boolean agreed(MemberId who) {
    SharingRecord.ConsentReading reading = record().consents(who, date(), categories(), Set.of());
    return reading.inForce() != null || reading.incomplete() != null;
  }

  /** Those of the people given whose agreement is not recorded, in the order given. */
  List<MemberId> withoutAgreement(List<MemberId> people) {
    List<MemberId> missing = new ArrayList<>(people.size());
    for (MemberId who : people) {
      if (!agreed(who)) {
        missing.add(who);
      }
    }
    return missing;
  }

  /**
   * Whether a refusal covers the flow: an objection by the person or a representative that blocks it, or a
   * consent covering its categories withdrawn on or before its date with none in force since.
   */
  boolean refused(List<MemberId> people) {
    if (blockingObjection() != null) {
      return true;
    }
    for (MemberId who : people) {
      SharingRecord.ConsentReading reading = record().consents(who, date(), categories(), Set.of());
      if (reading.lastWithdrawal() != null && reading.inForce() == null && reading.incomplete() == null) {
        return true;
      }
    }
    return false;
  }

  /** Notes that a regime almost applied: its own record is present, a condition of it recorded as failed. */
  void nearMiss(BelgianRegime regime) {
    if (!nearMisses.contains(regime)) {
      nearMisses.add(regime);
    }
  }

  /** The regimes that almost applied to the flow, in the order tried. */
  List<BelgianRegime> nearMisses() {
    return nearMisses;
  }

  /** The ways of recording a missing fact: its categories, else yes or no. */
  @Override
  public List<? extends Labelled> waysOf(FactKind kind) {
    if (kind == BelgianFact.SECRECY_STANDING) {
      return SECRECY;
    }
    if (kind == BelgianFact.YOUTH_AID_ROLE) {
      return ROLES;
    }
    if (kind == BelgianFact.COMMUNITY) {
      return COMMUNITIES;
    }
    if (kind == BelgianFact.OFFENCE_CATEGORY) {
      return OFFENCES;
    }
    if (kind == BelgianFact.VICTIM_VULNERABILITY) {
      return GROUNDS;
    }
    if (kind == BelgianFact.DANGER_BRANCH) {
      return BRANCHES;
    }
    return YES_NO;
  }
}
