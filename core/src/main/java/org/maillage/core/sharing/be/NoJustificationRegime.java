package org.maillage.core.sharing.be;

import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.sharing.Regime;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;

/**
 * Regime 7, <i>otherwise</i> (Code pénal 458; DOMAIN.md §4 "Belgium"): no justification is recorded for revealing
 * a secret, so DENY, with {@link #deniedWithNearMisses}: the regimes that almost applied (their own record present,
 * or shared secrecy with one condition failed), each reason above saying what they still need, and the suggestion
 * that the person pass the information themselves. It applies to every flow.
 *
 * <p>Stateless and thread-safe.
 */
final class NoJustificationRegime implements PolicyRegime<BelgianFlowView> {
  static final NoJustificationRegime INSTANCE = new NoJustificationRegime();

  private NoJustificationRegime() {}

  @Override
  public Regime regime() {
    return BelgianRegime.NO_JUSTIFICATION;
  }

  @Override
  public boolean applies(BelgianFlowView view, Grounds grounds) {
    return true;
  }

  @Override
  public Verdict decide(BelgianFlowView view, Grounds grounds) {
    return deniedWithNearMisses(view, grounds);
  }

  /** DENY: the secret holds; the regimes that almost applied, and the person may pass the information. */
  Verdict deniedWithNearMisses(BelgianFlowView view, Grounds grounds) {
    grounds.basis(BelgianLaw.CP_458);
    grounds.reason("be.none.deny");
    grounds.mark();
    if (grounds.isExplained()) {
      for (BelgianRegime regime : view.nearMisses()) {
        grounds.reason("be.none.almost", "regime", regime);
      }
      grounds.reason("be.none.suggest-person", "person", view.about());
    }
    return Verdict.deny(BelgianStep.NO_JUSTIFICATION);
  }
}
