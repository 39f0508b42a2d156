package org.maillage.core.sharing.be;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;
import org.maillage.MemberId;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.sharing.Recording;
import org.maillage.sharing.Regime;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.CaseConsultation;

/**
 * Regime 3, <i>case consultation</i> (Code pénal 458ter, law of 6 July 2017; DOMAIN.md §4 "Belgium"). What was
 * heard in a consultation and passed on outside it is refused ({@link #heardPassedOn}), before regime 4 is tried.
 * Otherwise the flow happens inside a consultation recorded with its founding instrument (a text, or the
 * prosecutor's reasoned authorisation with reference and date), a purpose of the article (the integrity of the
 * person or of others, terrorism, a criminal organisation), its modalities set, and the sender and every recipient
 * among its named participants; then necessity, and {@link #asTheInstrumentSays}: allowed, unless the instrument
 * itself asks for information or consent. Its entry is a record of its own (the consultation); a condition
 * recorded as failed means it does not apply.
 *
 * <p>Stateless and thread-safe.
 */
final class CaseConsultationRegime implements PolicyRegime<BelgianFlowView> {
  static final CaseConsultationRegime INSTANCE = new CaseConsultationRegime();

  private CaseConsultationRegime() {}

  @Override
  public Regime regime() {
    return BelgianRegime.CASE_CONSULTATION;
  }

  @Override
  public boolean applies(BelgianFlowView view, Grounds grounds) {
    BelgianFlowRecord record = view.flowRecord();
    String heard = record == null ? null : record.heardInConsultation().orElse(null);
    if (heard != null) {
      grounds.basis(BelgianLaw.CP_458TER);
      grounds.reason("be.consultation.heard-applies", "consultation", heard);
      return true;
    }
    String code = record == null ? null : record.insideConsultation().orElse(null);
    if (code == null) {
      grounds.reason("be.consultation.none");
      return false;
    }
    CaseConsultation consultation = view.consultation(code);
    if (consultation == null) {
      grounds.reason("be.consultation.not-recorded", "consultation", code);
      return false;
    }
    boolean failed = false;
    if (!consultation.hasInstrument()) {
      grounds.reason("be.consultation.no-instrument", "consultation", code);
      failed = true;
    }
    if (!consultation.purpose().isCovered()) {
      grounds.reason("be.consultation.purpose", "consultation", code);
      failed = true;
    }
    Boolean modalities = modalitiesSet(view, consultation);
    if (Boolean.FALSE.equals(modalities)) {
      grounds.reason("be.consultation.no-modalities", "consultation", code);
      failed = true;
    }
    if (!view.hasRecipient() || !view.flow().authorities().isEmpty() || view.flow().sharedRecord().isPresent()) {
      grounds.reason("be.consultation.not-participants", "consultation", code);
      failed = true;
    }
    for (int i = 0; i < view.partyCount(); i++) {
      if (!consultation.participants().contains(view.party(i))) {
        grounds.reason("be.consultation.not-participant", "member", view.party(i), "consultation", code);
        failed = true;
      }
    }
    if (failed) {
      view.nearMiss(BelgianRegime.CASE_CONSULTATION);
      return false;
    }
    grounds.basis(BelgianLaw.CP_458TER);
    if (modalities == null) {
      view.unknown(BelgianFact.CONSULTATION_MODALITIES, null);
      grounds.reason("be.consultation.open", "consultation", code);
      return true;
    }
    grounds.reason("be.consultation.applies", "consultation", code, "purpose", consultation.purpose());
    return true;
  }

  @Override
  public BelgianStep entry() {
    return BelgianStep.CONSULTATION_CONDITIONS;
  }

  @Override
  public Verdict decide(BelgianFlowView view, Grounds grounds) {
    BelgianFlowRecord record = view.flowRecord();
    if (record != null && record.heardInConsultation().isPresent()) {
      return heardPassedOn(grounds);
    }
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(BelgianStep.CONSULTATION_NECESSITY);
    }
    return asTheInstrumentSays(view, grounds);
  }

  /** What was heard in a consultation, passed on outside it: its participants are bound to secrecy about it. */
  Verdict heardPassedOn(Grounds grounds) {
    grounds.reason("be.consultation.heard");
    grounds.mark();
    return Verdict.deny(BelgianStep.CONSULTATION_HEARD);
  }

  /** Allowed inside the consultation, unless its instrument asks for information or consent (then as it says). */
  Verdict asTheInstrumentSays(BelgianFlowView view, Grounds grounds) {
    BelgianFlowRecord record = view.flowRecord();
    CaseConsultation consultation = record == null ? null
        : view.consultation(record.insideConsultation().orElse(""));
    if (consultation == null) {
      throw new IllegalStateException("CaseConsultationRegime: decided without its consultation");
    }
    switch (consultation.instrumentRequires()) {
      case PRIOR_INFORMATION -> {
        List<MemberId> missing = view.notInformed(view.addressees());
        grounds.reason(missing.isEmpty() ? "be.consultation.informed" : "be.consultation.inform-first");
        grounds.mark();
        return missing.isEmpty() ? BelgianStep.CONSULTATION_INFORMATION.allowed()
            : Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, BelgianStep.CONSULTATION_INFORMATION, missing);
      }
      case CONSENT -> {
        if (view.refused(view.addressees())) {
          grounds.reason("be.consultation.refused");
          grounds.mark();
          return Verdict.deny(BelgianStep.CONSULTATION_CONSENT);
        }
        List<MemberId> missing = view.withoutAgreement(view.addressees());
        grounds.reason(missing.isEmpty() ? "be.consultation.consented" : "be.consultation.consent-needed");
        grounds.mark();
        return missing.isEmpty() ? BelgianStep.CONSULTATION_CONSENT.allowed()
            : Verdict.of(SharingOutcome.REQUIRE_CONSENT, BelgianStep.CONSULTATION_CONSENT, missing);
      }
      default -> {
        grounds.reason("be.consultation.allowed");
        grounds.mark();
        return BelgianStep.CONSULTATION_ALLOWED.allowed();
      }
    }
  }

  private static @Nullable Boolean modalitiesSet(BelgianFlowView view, CaseConsultation consultation) {
    Labelled way = view.networkHypothesis(BelgianFact.CONSULTATION_MODALITIES);
    return way != null ? Boolean.valueOf(way == Recording.YES)
        : consultation.modalitiesSet().orElse(null);
  }
}
