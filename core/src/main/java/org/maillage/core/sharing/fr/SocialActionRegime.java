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

  /** Applies when the trigger is recorded, to its professionals, for its purpose. */
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
    boolean inScope = true;
    for (int i = 0; i < view.partyCount(); i++) {
      Professional p = view.professional(i);
      if (!Standing.socialActionProfessional(p) || !p.isCurrentOn(view.date())) {
        grounds.reason("social-action.member-out-of-scope", "member", view.party(i));
        inScope = false;
      }
    }
    if (!inScope) {
      return false;
    }
    Purpose purpose = view.purpose();
    if (purpose == null || purpose.kind() != PurposeKind.SOCIAL_ACTION) {
      grounds.reason("social-action.purpose-out-of-scope");
      return false;
    }
    grounds.basis(FrenchLaw.CASF_L121_6_2);
    grounds.basis(FrenchLaw.CASF_L116_1);
    grounds.reason("social-action.applies", "recorded", trigger.recorded());
    return true;
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
