package org.maillage.core.sharing.fr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.Owed;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.core.sharing.Verdict;
import org.maillage.member.Professional;
import org.maillage.member.ProfessionalProfile;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.ProfessionalCategory;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.SharedRecord;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchLaw;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * <i>The general regime of shared secrecy</i> (CSP L1110-4, DOMAIN.md §4, the last regime of step 0), which
 * applies to every flow no earlier regime took, in the nine steps of the text, in their order:
 * {@link #step1ClosedList}, {@link #step2TakingPart}, {@link #step3PurposeAndDoubleLimit},
 * {@link #step4Objection} (and {@link #step4RightToObject}), {@link #step5Exchange}, {@link #step6CareTeam},
 * {@link #step7Consent}, {@link #step8Urgency} (and {@link #step8UrgencyNeverWaivesConsent}),
 * {@link #step9WhoIsInformedAndConsents}. What several steps need is in the {@link FrenchFlowView view},
 * computed before step 1: step 9's addressees (read by steps 4 to 7) and whether a sharing stays inside a care
 * team (step 6, read by steps 4 and 7).
 *
 * <p>Stateless and thread-safe.
 */
final class SharedSecrecyRegime implements PolicyRegime<FrenchFlowView> {
  static final SharedSecrecyRegime INSTANCE = new SharedSecrecyRegime();

  private static final Set<PurposeKind> PURPOSES =
      EnumSet.of(PurposeKind.CARE_COORDINATION, PurposeKind.PREVENTION, PurposeKind.SOCIAL_FOLLOW_UP);

  private SharedSecrecyRegime() {}

  @Override
  public Regime regime() {
    return FrenchRegime.SHARED_SECRECY;
  }

  /** Applies to every flow: it is the regime of last resort. */
  @Override
  public boolean applies(FrenchFlowView view, Grounds grounds) {
    grounds.basis(FrenchLaw.CSP_L1110_4);
    grounds.reason("general.applies");
    return true;
  }

  /**
   * Steps 1 to 3 and step 4's objection are cumulative conditions: the first recorded as failed settles the
   * flow (DENY at that step), whatever an earlier step left open; when none failed and one turns on a fact not
   * recorded, the flow is incomplete at the first such step. The care team of step 6 not recorded leaves the flow incomplete at step 6,
   * once step 4 found no objection.
   */
  @Override
  public Verdict decide(FrenchFlowView view, Grounds grounds) {
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(FrenchStep.GENERAL_NECESSITY);
    }
    int openAt = -1;
    FrenchStep open = null;
    int before = grounds.count();
    Met closedList = step1ClosedList(view, grounds);
    if (closedList == Met.NO) {
      return Verdict.deny(FrenchStep.GENERAL_STEP1_CLOSED_LIST);
    }
    if (closedList == Met.UNKNOWN) {
      open = FrenchStep.GENERAL_STEP1_CLOSED_LIST;
      openAt = before;
    }
    if (!step2TakingPart(view, grounds)) {
      view.forgetUnknowns();
      return Verdict.deny(FrenchStep.GENERAL_STEP2_TAKING_PART);
    }
    before = grounds.count();
    Met doubleLimit = step3PurposeAndDoubleLimit(view, grounds);
    if (doubleLimit == Met.NO) {
      view.forgetUnknowns();
      return Verdict.deny(FrenchStep.GENERAL_STEP3_DOUBLE_LIMIT);
    }
    if (doubleLimit == Met.UNKNOWN && open == null) {
      open = FrenchStep.GENERAL_STEP3_DOUBLE_LIMIT;
      openAt = before;
    }
    // an objection recorded settles the flow whatever steps 1 to 3 left open: it refuses either way
    if (!step4Objection(view, grounds)) {
      view.forgetUnknowns();
      return Verdict.deny(FrenchStep.GENERAL_STEP4_OBJECTION);
    }
    if (open != null) {
      grounds.markAt(openAt);
      return Verdict.incomplete(open, view.unknowns());
    }
    Verdict verdict;
    if (view.flow().mode() == FlowMode.EXCHANGE) {
      step4RightToObject(view, grounds);
      step5Exchange(view, grounds);
      verdict = step8Urgency(view, grounds, FrenchStep.GENERAL_STEP5_EXCHANGE);
    } else if (view.careTeam() == CareTeam.UNKNOWN) {
      step6CareTeam(view, grounds);
      return Verdict.incomplete(FrenchStep.GENERAL_STEP6_CARE_TEAM, view.unknowns());
    } else if (view.careTeam().isInside()) {
      step4RightToObject(view, grounds);
      step6CareTeam(view, grounds);
      verdict = step8Urgency(view, grounds, FrenchStep.GENERAL_STEP6_CARE_TEAM);
    } else {
      step6CareTeam(view, grounds);
      verdict = step7Consent(view, grounds);
      if (verdict.outcome() == SharingOutcome.DENY) {
        return verdict;
      }
      step8UrgencyNeverWaivesConsent(view, grounds, verdict);
    }
    // the deciding step's reason is recorded; step 9's follow it
    grounds.mark();
    step9WhoIsInformedAndConsents(view, grounds);
    return verdict;
  }

  /** Whether a condition holds as the record shows it: yes, no (recorded as failed), or not recorded. */
  enum Met { YES, NO, UNKNOWN }

  /**
   * Step 1: the sender and every recipient belong to a category of the closed list of CSP R1110-2. A party who
   * is not a professional, or recorded off the list, fails it; a category not recorded leaves it open.
   */
  Met step1ClosedList(FrenchFlowView view, Grounds grounds) {
    grounds.basis(FrenchLaw.CSP_R1110_2);
    boolean listed = true;
    boolean open = false;
    for (int i = 0; i < view.partyCount(); i++) {
      ProfessionalProfile p = view.professional(i);
      RegulatoryCategory category = Standing.category(view, i);
      if (p == null) {
        grounds.reason("general.step1.not-professional", "member", view.party(i));
        listed = false;
      } else if (category == null) {
        open = true;
      } else if (!category.isOnClosedList()) {
        grounds.reason("general.step1.not-listed", "member", view.party(i));
        listed = false;
      }
    }
    if (!listed) {
      view.forgetUnknowns();
      return Met.NO;
    }
    if (open) {
      for (int i = 0; i < view.partyCount(); i++) {
        if (Standing.category(view, i) == null) {
          view.unknown(FrenchFact.REGULATORY_CATEGORY, view.party(i));
          grounds.reason("general.step1.not-recorded", "member", view.party(i));
        }
      }
      return Met.UNKNOWN;
    }
    grounds.reason("general.step1.listed");
    return Met.YES;
  }

  /** Step 2: both take part in P's care or support, current members on the flow's date; a recipient at least. */
  boolean step2TakingPart(FrenchFlowView view, Grounds grounds) {
    boolean intoRecord = view.flow().sharedRecord().isPresent();
    if (!view.hasRecipient() && !intoRecord) {
      grounds.reason("general.step2.no-recipient");
      return false;
    }
    if (intoRecord) {
      // who reads the record is for its own access rules: the step judges the sender and any named recipient
      grounds.reason("general.step2.shared-record");
    }
    LocalDate date = view.date();
    boolean current = true;
    for (int i = 0; i < view.partyCount(); i++) {
      // step 1 kept professionals only: members, whose records are at hand, and professionals outside
      Professional p = view.memberProfessional(i);
      if (p == null) {
        grounds.reason("general.step2.outside", "member", view.party(i));
        current = false;
      } else if (!p.isCurrentOn(date)) {
        grounds.reason("general.step2.not-current", "member", view.party(i), "date", date);
        current = false;
      }
    }
    if (current) {
      grounds.reason("general.step2.current");
    }
    return current;
  }

  /**
   * Step 3: a purpose of the general regime, and every category within the missions of the sender and of each
   * recipient (CSP R1110-1, the double limit). A purpose outside the regime, or a category outside a mission
   * recorded, fails it; a mission not recorded leaves it open.
   */
  Met step3PurposeAndDoubleLimit(FrenchFlowView view, Grounds grounds) {
    grounds.basis(FrenchLaw.CSP_R1110_1);
    PurposeKind purpose = Objects.requireNonNull(view.purpose(), "a necessary flow states its purpose").kind();
    if (!PURPOSES.contains(purpose)) {
      grounds.reason("general.step3.purpose-not-allowed");
      return Met.NO;
    }
    boolean within = true;
    boolean open = false;
    for (int i = 0; i < view.partyCount(); i++) {
      Set<InformationCategory> mission = Standing.mission(view, i);
      if (mission == null) {
        open = true;
        continue;
      }
      if (!grounds.isExplained()) {
        // the same answer without a reason per category: one bitwise test on enum sets
        within &= mission.containsAll(view.categories());
        continue;
      }
      for (InformationCategory category : view.categories()) {
        if (!mission.contains(category)) {
          grounds.reason("general.step3.outside-mission", "member", view.party(i), "category", category);
          within = false;
        }
      }
    }
    if (!within) {
      return Met.NO;
    }
    if (open) {
      for (int i = 0; i < view.partyCount(); i++) {
        if (Standing.mission(view, i) == null) {
          view.unknown(CommonFact.MISSION_CATEGORIES, view.party(i));
          grounds.reason("general.step3.mission-not-recorded", "member", view.party(i));
        }
      }
      return Met.UNKNOWN;
    }
    grounds.reason("general.step3.within");
    return Met.YES;
  }

  /** Step 4: no objection by P or a representative blocks the flow, even in an urgency. */
  boolean step4Objection(FrenchFlowView view, Grounds grounds) {
    Objection objection = view.blockingObjection();
    if (objection != null) {
      grounds.reason("general.step4.objection", "by", objection.by(), "date", objection.date());
      return false;
    }
    grounds.reason("general.step4.no-objection");
    return true;
  }

  /**
   * Step 4, for a flow that needs prior information (an exchange, a sharing inside a care team): whoever step
   * 9 names was told of the right to object; what is missing is owed with the information of steps 5 and 6.
   */
  void step4RightToObject(FrenchFlowView view, Grounds grounds) {
    if (oweToUninformed(view, grounds, InformingSubject.RIGHT_TO_OBJECT, "general.step4.right-to-object-owed")) {
      grounds.reason("general.step4.right-to-object-told");
    }
  }

  /**
   * Step 5: an exchange, allowed once P was informed beforehand (CSP R1110-3 I): the nature of the
   * information, and between a health professional and another, the recipients' identity and category.
   */
  void step5Exchange(FrenchFlowView view, Grounds grounds) {
    grounds.basis(FrenchLaw.CSP_R1110_3);
    boolean mixed = healthAndOther(view);
    List<MemberId> addressees = view.addressees();
    Owed owed = view.owed();
    boolean all = true;
    for (int i = 0; i < addressees.size(); i++) {
      MemberId addressee = addressees.get(i);
      if (!view.informed(addressee, InformingSubject.NATURE_OF_INFORMATION)) {
        owed.owe(addressee, InformingSubject.NATURE_OF_INFORMATION);
        grounds.reason("general.step5.nature-owed", "addressee", addressee);
        all = false;
      }
      if (mixed && !view.informed(addressee, InformingSubject.RECIPIENTS)) {
        owed.owe(addressee, InformingSubject.RECIPIENTS);
        grounds.reason("general.step5.recipients-owed", "addressee", addressee);
        all = false;
      }
    }
    if (all) {
      grounds.reason(mixed ? "general.step5.informed-mixed" : "general.step5.informed");
    }
  }

  /**
   * Step 6: a sharing, inside a care team (CSP L1110-12) or not, as the view read it; inside, allowed once P
   * was informed beforehand of the nature of the information (CSP R1110-3 II).
   */
  void step6CareTeam(FrenchFlowView view, Grounds grounds) {
    grounds.basis(FrenchLaw.CSP_L1110_12);
    CareTeam careTeam = view.careTeam();
    switch (careTeam) {
      case NO_BASIS -> {
        for (int i = 0; i < view.partyCount(); i++) {
          if (Standing.careTeam(view, i) == CareTeamBasis.NONE) {
            grounds.reason("general.step6.no-basis", "member", view.party(i));
          }
        }
      }
      case UNKNOWN -> {
        for (int i = 0; i < view.partyCount(); i++) {
          if (Standing.careTeam(view, i) == null) {
            view.unknown(FrenchFact.CARE_TEAM_BASIS, view.party(i));
            grounds.reason("general.step6.not-recorded", "member", view.party(i));
          }
        }
        // a formalised group whose health professional turns on a member's category not recorded
        for (MemberId member : view.groupCategoriesNotRecorded()) {
          view.unknown(FrenchFact.REGULATORY_CATEGORY, member);
          grounds.reason("general.step6.group-category-not-recorded", "member", member);
        }
        grounds.mark();
        return;
      }
      case MIXED_BASES -> grounds.reason("general.step6.mixed-bases");
      case DIFFERENT_STRUCTURES -> grounds.reason("general.step6.different-structures");
      case NO_HEALTH_PROFESSIONAL -> grounds.reason("general.step6.no-health-professional");
      case LISTED_STRUCTURE -> {
        grounds.basis(FrenchLaw.CSP_D1110_3_4);
        grounds.reason("general.step6.listed-structure", "institution", institution(view));
      }
      case SAME_ESTABLISHMENT -> grounds.reason("general.step6.same-establishment", "institution",
          institution(view));
      case RECOGNISED_BY_PERSON -> grounds.reason("general.step6.recognised", "person", view.about());
      case SHARED_RECORD -> grounds.reason("general.step6.shared-record");
      case FORMALISED_GROUP -> grounds.reason("general.step6.formalised-group");
      case NOT_A_SHARING -> throw new IllegalStateException("step 6 reads sharings only");
    }
    if (!careTeam.isInside()) {
      grounds.reason("general.step6.outside");
      return;
    }
    grounds.basis(FrenchLaw.CSP_R1110_3);
    if (oweToUninformed(view, grounds, InformingSubject.NATURE_OF_INFORMATION, "general.step6.nature-owed")) {
      grounds.reason("general.step6.informed");
    }
  }

  /**
   * Owes one subject of information to every addressee of step 9 not told of it beforehand, with a reason for
   * each (its key given, the addressee as argument).
   *
   * @return true if every addressee was told
   */
  private static boolean oweToUninformed(FrenchFlowView view, Grounds grounds, InformingSubject subject,
      String owedKey) {
    List<MemberId> addressees = view.addressees();
    Owed owed = view.owed();
    boolean all = true;
    for (int i = 0; i < addressees.size(); i++) {
      MemberId addressee = addressees.get(i);
      if (!view.informed(addressee, subject)) {
        owed.owe(addressee, subject);
        grounds.reason(owedKey, "addressee", addressee);
        all = false;
      }
    }
    return all;
  }

  /**
   * Step 7: a sharing outside a care team needs the consent in force of whoever step 9 names (CSP L1110-4 III,
   * D1110-3-1); a withdrawal with no consent given since is DENY.
   */
  Verdict step7Consent(FrenchFlowView view, Grounds grounds) {
    grounds.basis(FrenchLaw.CSP_D1110_3_1);
    List<MemberId> addressees = view.addressees();
    List<MemberId> withoutConsent = List.of();
    boolean withdrawn = false;
    for (int i = 0; i < addressees.size(); i++) {
      MemberId addressee = addressees.get(i);
      switch (consent(view, grounds, addressee)) {
        case IN_FORCE -> { }
        case WITHDRAWN -> {
          withdrawn = true;
          grounds.mark();
        }
        case MISSING -> {
          if (withoutConsent.isEmpty()) {
            withoutConsent = new ArrayList<>(addressees.size());
          }
          withoutConsent.add(addressee);
        }
      }
    }
    if (withdrawn) {
      return Verdict.deny(FrenchStep.GENERAL_STEP7_CONSENT);
    }
    if (withoutConsent.isEmpty()) {
      return FrenchStep.GENERAL_STEP7_CONSENT.allowed();
    }
    grounds.mark();
    return Verdict.of(SharingOutcome.REQUIRE_CONSENT, FrenchStep.GENERAL_STEP7_CONSENT, withoutConsent);
  }

  /**
   * Step 8: P unable to express their will waives the prior information owed under steps 4 to 6 (CSP R1110-3
   * III), P to be informed as soon as their state allows; the child's interest is no ground of this regime.
   */
  Verdict step8Urgency(FrenchFlowView view, Grounds grounds, FrenchStep informingStep) {
    Owed owed = view.owed();
    if (owed.isEmpty()) {
      return informingStep.allowed();
    }
    // the reason recorded for each person owed (InformationFlow.notInformedReasonFor): urgency waives theirs
    List<MemberId> owedTo = owed.addressees();
    List<MemberId> remaining = new ArrayList<>(owedTo.size());
    List<MemberId> waived = new ArrayList<>(owedTo.size());
    boolean otherReason = false;
    for (int i = 0; i < owedTo.size(); i++) {
      MemberId addressee = owedTo.get(i);
      NotInformedReason reason = view.flow().notInformedReasonFor(addressee).orElse(null);
      if (reason == NotInformedReason.URGENCY) {
        waived.add(addressee);
      } else {
        remaining.add(addressee);
        otherReason |= reason != null;
      }
    }
    if (remaining.isEmpty()) {
      grounds.reason("general.step8.urgency", "person", view.about());
      return FrenchStep.GENERAL_STEP8_URGENCY.allowed();
    }
    grounds.mark();
    for (MemberId addressee : waived) {
      grounds.reason("general.step8.urgency-for", "addressee", addressee);
    }
    if (otherReason) {
      grounds.reason("general.step8.child-interest-not-accepted");
    }
    return Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, informingStep, remaining);
  }

  /** Step 8, outside a care team: an urgency never waives the consent a sharing outside the care team needs. */
  void step8UrgencyNeverWaivesConsent(FrenchFlowView view, Grounds grounds, Verdict consent) {
    if (consent.outcome() == SharingOutcome.REQUIRE_CONSENT
        && view.flow().notInformedReason().orElse(null) == NotInformedReason.URGENCY) {
      grounds.reason("general.step8.urgency-consent");
    }
  }

  /**
   * Step 9: who is informed and consents, where P's capacity requires it (D1110-3-1): P and every recorded
   * legal representative; for a young child, the representatives only. The addressees are the view's; this
   * step records the reasons, after the deciding step's.
   */
  void step9WhoIsInformedAndConsents(FrenchFlowView view, Grounds grounds) {
    Person person = view.person();
    if (person == null || person.representatives().isEmpty()) {
      if (person != null && person.lifeStageOn(view.date()) == LifeStage.YOUNG_CHILD) {
        grounds.reason("general.step9.no-representative", "person", view.about());
      }
      return;
    }
    grounds.basis(FrenchLaw.CSP_D1110_3_1);
    if (person.lifeStageOn(view.date()) == LifeStage.YOUNG_CHILD) {
      grounds.reason("general.step9.young-child", "person", view.about());
    }
    for (LegalRepresentative r : person.representatives()) {
      grounds.reason("general.step9.representative", "representative", r.id());
    }
  }

  private enum ConsentState { IN_FORCE, WITHDRAWN, MISSING }

  /**
   * Step 7 for one addressee, with the reason recorded. A withdrawal counts as a refusal unless a consent in
   * force overlapping the categories was given on or after it.
   */
  private static ConsentState consent(FrenchFlowView view, Grounds grounds, MemberId by) {
    SharingRecord.ConsentReading read = view.record().consents(by, view.date(), view.categories(),
        recipientCategories(view));
    Consent inForce = read.inForce();
    if (inForce != null) {
      grounds.reason("general.step7.consent", "by", by, "given", inForce.given());
      return ConsentState.IN_FORCE;
    }
    Consent narrow = read.narrow();
    Consent incomplete = read.incomplete();
    LocalDate lastWithdrawal = read.lastWithdrawal();
    LocalDate lastGivenInForce = read.lastGivenInForce();
    if (lastWithdrawal != null && (lastGivenInForce == null || lastGivenInForce.isBefore(lastWithdrawal))) {
      grounds.reason("general.step7.withdrawn", "by", by, "withdrawn", lastWithdrawal);
      return ConsentState.WITHDRAWN;
    }
    if (incomplete != null) {
      grounds.reason("general.step7.incomplete", "by", by, "given", incomplete.given());
    } else if (narrow != null) {
      grounds.reason("general.step7.too-narrow", "by", by, "given", narrow.given());
    } else {
      grounds.reason("general.step7.missing", "addressee", by);
    }
    return ConsentState.MISSING;
  }

  /**
   * The regulatory category of each recipient, {@link RegulatoryCategory#NOT_LISTED} for a non-professional, and
   * every French category a shared record the sharing goes into is open to.
   */
  private static Set<RegulatoryCategory> recipientCategories(FrenchFlowView view) {
    Set<RegulatoryCategory> categories = EnumSet.noneOf(RegulatoryCategory.class);
    for (int i = 1; i < view.partyCount(); i++) {
      // step 1 found every category recorded before step 7 reads them
      categories.add(Objects.requireNonNull(Standing.category(view, i), "step 1 settled the categories"));
    }
    Optional<SharedRecord> record = view.flow().sharedRecord();
    if (record.isPresent()) {
      for (ProfessionalCategory category : record.get().professionalCategories()) {
        if (category instanceof RegulatoryCategory french) {
          categories.add(french);
        }
      }
    }
    return categories;
  }

  private static boolean healthAndOther(FrenchFlowView view) {
    boolean health = false;
    boolean other = false;
    for (int i = 0; i < view.partyCount(); i++) {
      if (Standing.category(view, i) == RegulatoryCategory.HEALTH_PROFESSIONAL) {
        health = true;
      } else {
        other = true;
      }
    }
    return health && other;
  }

  private static Object institution(FrenchFlowView view) {
    return Objects.requireNonNull(view.institution(), "one institution for this care team");
  }

}
