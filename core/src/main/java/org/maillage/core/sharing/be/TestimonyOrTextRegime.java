package org.maillage.core.sharing.be;

import java.util.Set;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.sharing.Authority;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.Regime;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;

/**
 * Regime 1, <i>testimony, or a text that obliges or allows</i> (Code pénal 458; DOMAIN.md §4 "Belgium"): A
 * testifies before a court or a parliamentary inquiry commission, the flow's one recipient ({@link #testimony});
 * or a law, decree or ordinance named in the record obliges or allows this flow ({@link #textAllowsOrObliges}),
 * limited to that, informing the person being advice. A text that has its own regime (art. 458bis, art. 458ter,
 * the youth-aid decrees) is judged under that regime, never here. Its entry is a record of its own: without a
 * testimony or a text recorded, it does not apply.
 *
 * <p>Stateless and thread-safe.
 */
final class TestimonyOrTextRegime implements PolicyRegime<BelgianFlowView> {
  static final TestimonyOrTextRegime INSTANCE = new TestimonyOrTextRegime();

  /** The texts that have a regime of their own below. */
  private static final Set<LegalReference> OWN_REGIME = Set.of(BelgianLaw.CP_458BIS, BelgianLaw.CP_458TER,
      BelgianLaw.FWB_CODE, BelgianLaw.FWB_DEONTOLOGY, BelgianLaw.DIJ_7, BelgianLaw.DIJ_73, BelgianLaw.DIJ_74,
      BelgianLaw.DIJ_75, BelgianLaw.DIJ_75_1, BelgianLaw.MINOR_LEGAL_POSITION);

  private TestimonyOrTextRegime() {}

  @Override
  public Regime regime() {
    return BelgianRegime.TESTIMONY_OR_TEXT;
  }

  /** Applies to testimony (a court or commission the one recipient) or to a flow a recorded text covers. */
  @Override
  public boolean applies(BelgianFlowView view, Grounds grounds) {
    if (isTestimony(view)) {
      grounds.basis(BelgianLaw.CP_458);
      grounds.reason("be.text.testimony-applies");
      return true;
    }
    BelgianFlowRecord record = view.flowRecord();
    LegalReference text = record == null ? null : record.enablingText().orElse(null);
    if (text == null) {
      grounds.reason("be.text.none");
      return false;
    }
    if (OWN_REGIME.contains(text)) {
      grounds.reason("be.text.own-regime", "text", text.label());
      return false;
    }
    grounds.basis(BelgianLaw.CP_458);
    grounds.basis(text);
    grounds.reason(record.textObliges() ? "be.text.obliges" : "be.text.allows", "text", text.label());
    return true;
  }

  @Override
  public Verdict decide(BelgianFlowView view, Grounds grounds) {
    if (isTestimony(view)) {
      return testimony(grounds);
    }
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(BelgianStep.TEXT_NECESSITY);
    }
    return textAllowsOrObliges(view, grounds);
  }

  /** Testimony before a court or a parliamentary inquiry commission: A may speak. */
  Verdict testimony(Grounds grounds) {
    grounds.reason("be.text.testimony");
    grounds.mark();
    return BelgianStep.TESTIMONY.allowed();
  }

  /** A text obliges or allows the flow: allowed (or owed, when it obliges), limited to it; informing is advice. */
  Verdict textAllowsOrObliges(BelgianFlowView view, Grounds grounds) {
    BelgianFlowRecord record = view.flowRecord();
    grounds.reason(record != null && record.textObliges() ? "be.text.obliged" : "be.text.allowed");
    grounds.mark();
    if (grounds.isExplained() && !view.informed(view.about(), InformingSubject.NATURE_OF_INFORMATION)) {
      grounds.reason("be.text.advice-inform", "person", view.about());
    }
    return BelgianStep.TEXT_ALLOWED.allowed();
  }

  /** Testimony: the flow goes to a court or commission alone. */
  private static boolean isTestimony(BelgianFlowView view) {
    return !view.hasRecipient() && view.flow().authorities().equals(Set.of(Authority.COURT))
        && view.flow().sharedRecord().isEmpty();
  }
}
