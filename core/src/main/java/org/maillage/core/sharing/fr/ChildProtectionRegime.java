package org.maillage.core.sharing.fr;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchLaw;
import org.maillage.sharing.fr.FrenchRegime;

/**
 * <i>Child protection</i> (CASF L226-2-2, DOMAIN.md §4, the second regime of step 0): when P is a minor, a
 * member of a minor's family or a young adult supported by child protection, between professionals bound by
 * secrecy who contribute to child-protection policy (CASF L112-3), to assess the situation or to decide and
 * carry out protection actions. Its steps: necessity, {@link #noConsentNoObjection}, and
 * {@link #holdersInformed} (the holders of parental authority, the guardian and the child by maturity
 * informed beforehand, unless against the child's interest).
 *
 * <p>Stateless and thread-safe.
 */
final class ChildProtectionRegime implements PolicyRegime<FrenchFlowView> {
  static final ChildProtectionRegime INSTANCE = new ChildProtectionRegime();

  private static final Set<PurposeKind> PURPOSES =
      EnumSet.of(PurposeKind.CHILD_SITUATION_ASSESSMENT, PurposeKind.CHILD_PROTECTION_ACTION);

  private ChildProtectionRegime() {}

  @Override
  public Regime regime() {
    return FrenchRegime.CHILD_PROTECTION;
  }

  /**
   * Applies by its "when": the child concerned, its professionals, its purposes. A condition recorded as failed
   * means the regime does not apply, whatever else is not recorded; otherwise a party's secrecy or contribution
   * not recorded leaves the entry open (the facts noted on the view).
   */
  @Override
  public boolean applies(FrenchFlowView view, Grounds grounds) {
    if (view.child() == null) {
      grounds.reason("child-protection.person-out-of-scope", "person", view.about());
      return false;
    }
    if (!view.hasRecipient()) {
      grounds.reason("child-protection.no-recipient");
      return false;
    }
    if (view.flow().sharedRecord().isPresent()) {
      // CASF L226-2-2 speaks of professionals sharing among themselves, not of a record open to categories
      grounds.reason("child-protection.shared-record");
      return false;
    }
    boolean inScope = true;
    for (int i = 0; i < view.partyCount(); i++) {
      Boolean bound = Standing.boundBySecrecy(view, i);
      Boolean contributor = Standing.childProtectionContributor(view, i);
      if (Boolean.FALSE.equals(bound) || Boolean.FALSE.equals(contributor)) {
        grounds.reason("child-protection.member-out-of-scope", "member", view.party(i));
        inScope = false;
      }
    }
    Purpose purpose = view.purpose();
    boolean purposeInScope = purpose != null && PURPOSES.contains(purpose.kind());
    if (inScope && !purposeInScope) {
      grounds.reason("child-protection.purpose-out-of-scope");
    }
    if (!inScope || !purposeInScope) {
      return false;
    }
    grounds.basis(FrenchLaw.CASF_L226_2_2);
    for (int i = 0; i < view.partyCount(); i++) {
      if (Standing.boundBySecrecy(view, i) == null) {
        view.unknown(CommonFact.SECRECY, view.party(i));
        grounds.reason("child-protection.secrecy-not-recorded", "member", view.party(i));
      }
      if (Standing.childProtectionContributor(view, i) == null) {
        view.unknown(FrenchFact.CHILD_PROTECTION_CONTRIBUTOR, view.party(i));
        grounds.reason("child-protection.contributor-not-recorded", "member", view.party(i));
      }
    }
    if (!view.unknowns().isEmpty()) {
      return true;
    }
    grounds.basis(FrenchLaw.CASF_L112_3);
    grounds.reason("child-protection.applies", "person", view.about());
    return true;
  }

  @Override
  public FrenchStep entry() {
    return FrenchStep.CHILD_PROTECTION_SCOPE;
  }

  @Override
  public Verdict decide(FrenchFlowView view, Grounds grounds) {
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(FrenchStep.CHILD_PROTECTION_NECESSITY);
    }
    noConsentNoObjection(view, grounds);
    return holdersInformed(view, grounds);
  }

  /** No consent, no right to object: an objection recorded does not bind this regime, and the reasons say so. */
  void noConsentNoObjection(FrenchFlowView view, Grounds grounds) {
    grounds.reason("child-protection.no-consent");
    Objection objection = view.blockingObjection();
    if (objection != null) {
      grounds.reason("child-protection.objection-not-applicable", "by", objection.by(), "date", objection.date());
    }
  }

  /**
   * The father, the mother, any other holder of parental authority, the guardian, and the child according to
   * age and maturity informed beforehand, unless against the child's interest; no urgency exception.
   */
  Verdict holdersInformed(FrenchFlowView view, Grounds grounds) {
    Person child = Objects.requireNonNull(view.child(), "the regime applies to a child");
    if (view.flow().notInformedReason().orElse(null) == NotInformedReason.AGAINST_CHILD_INTEREST) {
      grounds.reason("child-interest.waived", "person", child.id());
      return FrenchStep.CHILD_PROTECTION_INFORMATION.allowed();
    }
    // the holders of each child concerned, then the child by maturity; each once
    List<MemberId> addressees = new ArrayList<>();
    for (Person each : view.children()) {
      for (MemberId holder : each.holdersOfAuthorityOn(view.date())) {
        if (!addressees.contains(holder)) {
          addressees.add(holder);
        }
      }
      if (each.lifeStageOn(view.date()) != LifeStage.YOUNG_CHILD && !addressees.contains(each.id())) {
        addressees.add(each.id());
      }
    }
    if (addressees.isEmpty()) {
      grounds.reason("child-protection.no-holder", "person", child.id());
      grounds.mark();
      ReportRegime.urgencyNotAccepted(view, grounds);
      return Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.CHILD_PROTECTION_INFORMATION, List.of());
    }
    List<MemberId> missing = view.notInformed(addressees);
    if (missing.isEmpty()) {
      grounds.reason("child-protection.informed");
      return FrenchStep.CHILD_PROTECTION_INFORMATION.allowed();
    }
    List<MemberId> owed = ReportRegime.owedDespiteChildInterest(view, grounds, missing);
    if (owed.isEmpty()) {
      return FrenchStep.CHILD_PROTECTION_INFORMATION.allowed();
    }
    missing = owed;
    for (MemberId addressee : missing) {
      grounds.reason("child-protection.inform", "addressee", addressee);
    }
    grounds.mark();
    ReportRegime.urgencyNotAccepted(view, grounds);
    return Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, FrenchStep.CHILD_PROTECTION_INFORMATION, missing);
  }
}
