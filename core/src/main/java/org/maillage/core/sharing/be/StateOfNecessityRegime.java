package org.maillage.core.sharing.be;

import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.sharing.Regime;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.DangerAssessment;

/**
 * Regime 4, <i>danger: the state of necessity</i> (case law; Code pénal 422bis, the duty to help; DOMAIN.md §4
 * "Belgium"): A records a serious, actual and imminent danger to the physical or psychological integrity of the
 * person or of someone else, that no other means can avert it, and that B can. Its steps: necessity, then
 * {@link #allowedOnOwnAssessment}: allowed, labelled as A's own assessment that a court may review, prior
 * information not required, the person told afterwards. Its entry is a record of its own (the assessment); a
 * condition recorded as failed means it does not apply.
 *
 * <p>Stateless and thread-safe.
 */
final class StateOfNecessityRegime implements PolicyRegime<BelgianFlowView> {
  static final StateOfNecessityRegime INSTANCE = new StateOfNecessityRegime();

  private StateOfNecessityRegime() {}

  @Override
  public Regime regime() {
    return BelgianRegime.STATE_OF_NECESSITY;
  }

  @Override
  public boolean applies(BelgianFlowView view, Grounds grounds) {
    BelgianFlowRecord record = view.flowRecord();
    DangerAssessment danger = record == null ? null : record.danger().orElse(null);
    if (danger == null) {
      grounds.reason("be.danger.none");
      return false;
    }
    Boolean serious = view.flowFact(BelgianFact.DANGER_SERIOUS_AND_IMMINENT, danger.seriousAndImminent().orElse(null));
    Boolean noOther = view.flowFact(BelgianFact.NO_OTHER_MEANS, danger.noOtherMeans().orElse(null));
    Boolean canAvert = view.flowFact(BelgianFact.RECIPIENT_CAN_AVERT, danger.recipientCanAvert().orElse(null));
    boolean failed = false;
    if (Boolean.FALSE.equals(serious)) {
      grounds.reason("be.danger.not-serious");
      failed = true;
    }
    if (Boolean.FALSE.equals(noOther)) {
      grounds.reason("be.danger.other-means");
      failed = true;
    }
    if (Boolean.FALSE.equals(canAvert)) {
      grounds.reason("be.danger.recipient-cannot");
      failed = true;
    }
    if (failed) {
      view.nearMiss(BelgianRegime.STATE_OF_NECESSITY);
      return false;
    }
    grounds.basis(BelgianLaw.STATE_OF_NECESSITY);
    grounds.basis(BelgianLaw.CP_422BIS);
    if (serious == null) {
      view.unknown(BelgianFact.DANGER_SERIOUS_AND_IMMINENT, view.party(0));
    }
    if (noOther == null) {
      view.unknown(BelgianFact.NO_OTHER_MEANS, view.party(0));
    }
    if (canAvert == null) {
      view.unknown(BelgianFact.RECIPIENT_CAN_AVERT, view.party(0));
    }
    grounds.reason(view.unknowns().isEmpty() ? "be.danger.applies" : "be.danger.open");
    return true;
  }

  @Override
  public BelgianStep entry() {
    return BelgianStep.DANGER_CONDITIONS;
  }

  @Override
  public Verdict decide(BelgianFlowView view, Grounds grounds) {
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(BelgianStep.DANGER_NECESSITY);
    }
    return allowedOnOwnAssessment(view, grounds);
  }

  /** Allowed on A's own assessment, which a court may review; the person is told afterwards. */
  Verdict allowedOnOwnAssessment(BelgianFlowView view, Grounds grounds) {
    grounds.reason("be.danger.allowed");
    grounds.mark();
    grounds.reason("be.danger.tell-afterwards", "person", view.about());
    return BelgianStep.DANGER_ALLOWED.allowed();
  }
}
