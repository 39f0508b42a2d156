package org.maillage.core.sharing.fr;

import java.util.Objects;
import org.maillage.MemberId;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.member.Professional;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.Regime;
import org.maillage.sharing.fr.FrenchFact;
import org.maillage.sharing.fr.FrenchLaw;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.fr.SocialActionTrigger;

/**
 * <i>Social action</i> (CASF L121-6-2, DOMAIN.md §4, the third regime of step 0): when the record shows its
 * trigger on or before the flow's date, between professionals of social action (CASF L116-1) current in the
 * network, for social action. Its steps: necessity, then {@link #allowedWithAdvice}: allowed, informing the
 * person being advice, not a condition.
 *
 * <p>Stateless and thread-safe.
 */
final class SocialActionRegime implements PolicyRegime<FrenchFlowView> {
  static final SocialActionRegime INSTANCE = new SocialActionRegime();

  private SocialActionRegime() {}

  @Override
  public Regime regime() {
    return FrenchRegime.SOCIAL_ACTION;
  }

  /**
   * Applies when the trigger is recorded, to its professionals, for its purpose. A condition recorded as failed
   * means the regime does not apply, whatever else is not recorded; otherwise a party's social-action standing
   * not recorded leaves the entry open.
   */
  @Override
  public boolean applies(FrenchFlowView view, Grounds grounds) {
    SocialActionTrigger trigger = view.trigger();
    if (trigger == null) {
      grounds.reason("social-action.no-trigger");
      return false;
    }
    if (trigger.recorded().isAfter(view.date())) {
      grounds.reason("social-action.trigger-later", "recorded", trigger.recorded());
      return false;
    }
    if (!view.hasRecipient()) {
      grounds.reason("social-action.no-recipient");
      return false;
    }
    if (view.flow().sharedRecord().isPresent()) {
      // CASF L121-6-2 speaks of the professionals working with the person, not of a record open to categories
      grounds.reason("social-action.shared-record");
      return false;
    }
    boolean inScope = true;
    for (int i = 0; i < view.partyCount(); i++) {
      // a professional outside the network does not work with the person as the network records it
      Professional p = view.memberProfessional(i);
      if (Boolean.FALSE.equals(Standing.socialActionProfessional(view, i)) || p == null
          || !p.isCurrentOn(view.date())) {
        grounds.reason("social-action.member-out-of-scope", "member", view.party(i));
        inScope = false;
      }
    }
    Purpose purpose = view.purpose();
    boolean purposeInScope = purpose != null && purpose.kind() == PurposeKind.SOCIAL_ACTION;
    if (inScope && !purposeInScope) {
      grounds.reason("social-action.purpose-out-of-scope");
    }
    if (!inScope || !purposeInScope) {
      return false;
    }
    grounds.basis(FrenchLaw.CASF_L121_6_2);
    for (int i = 0; i < view.partyCount(); i++) {
      if (Standing.socialActionProfessional(view, i) == null) {
        view.unknown(FrenchFact.SOCIAL_ACTION_PROFESSIONAL, view.party(i));
        grounds.reason("social-action.standing-not-recorded", "member", view.party(i));
      }
    }
    if (!view.unknowns().isEmpty()) {
      return true;
    }
    grounds.basis(FrenchLaw.CASF_L116_1);
    grounds.reason("social-action.applies", "recorded", trigger.recorded());
    return true;
  }

  @Override
  public FrenchStep entry() {
    return FrenchStep.SOCIAL_ACTION_SCOPE;
  }

  @Override
  public Verdict decide(FrenchFlowView view, Grounds grounds) {
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(FrenchStep.SOCIAL_ACTION_NECESSITY);
    }
    return allowedWithAdvice(view, grounds);
  }

  /**
   * Allowed; the text gives no consent, no objection right and no duty to inform, so informing the person,
   * telling a designated coordinator and the mayor and département president are advice.
   */
  Verdict allowedWithAdvice(FrenchFlowView view, Grounds grounds) {
    grounds.reason("social-action.allowed");
    grounds.mark();
    if (grounds.isExplained()) {
      SocialActionTrigger trigger = Objects.requireNonNull(view.trigger(), "the regime applies on its trigger");
      if (!view.informed(view.about(), InformingSubject.NATURE_OF_INFORMATION)) {
        grounds.reason("social-action.advice-inform", "person", view.about());
      }
      MemberId coordinator = trigger.coordinator().orElse(null);
      if (coordinator != null && !view.isParty(coordinator)) {
        grounds.reason("social-action.advice-coordinator", "coordinator", coordinator);
      }
      if (!trigger.authoritiesInformed()) {
        grounds.reason("social-action.advice-authorities");
      }
    }
    return FrenchStep.SOCIAL_ACTION_ALLOWED.allowed();
  }
}
