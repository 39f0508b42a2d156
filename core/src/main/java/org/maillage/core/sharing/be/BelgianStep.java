package org.maillage.core.sharing.be;

import java.util.EnumMap;
import java.util.Map;
import org.maillage.core.sharing.Step;
import org.maillage.core.sharing.Verdict;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Regime;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.StepKey;
import org.maillage.sharing.be.BelgianRegime;

/**
 * The named steps of the Belgian procedure of DOMAIN.md §4 "Belgium" that can settle a flow, in the order of the
 * text: each with its key ({@link org.maillage.sharing.SharingDecision#decidingStep()}), its regime, and what the
 * regime requires once that step decides.
 *
 * <p>Immutable and thread-safe.
 */
enum BelgianStep implements Step {
  /** Regime 1: testimony before a court or a parliamentary inquiry commission. */
  TESTIMONY("be.text.testimony", BelgianRegime.TESTIMONY_OR_TEXT, Requirement.NONE),
  /** Regime 1: a flow carrying more than its purpose needs. */
  TEXT_NECESSITY("be.text.necessity", BelgianRegime.TESTIMONY_OR_TEXT, Requirement.NONE),
  /** Regime 1: a text obliges or allows the flow, limited to that. */
  TEXT_ALLOWED("be.text.allowed", BelgianRegime.TESTIMONY_OR_TEXT, Requirement.NONE),
  /** Regime 2: whether the report meets art. 458bis (offence, victim, danger, A unable to protect alone). */
  REPORT_CONDITIONS("be.report.conditions", BelgianRegime.PROSECUTOR_REPORT, Requirement.NONE),
  /** Regime 2: a lawyer reporting a client who is the author. */
  REPORT_LAWYER("be.report.lawyer", BelgianRegime.PROSECUTOR_REPORT, Requirement.NONE),
  /** Regime 2: a flow carrying more than its purpose needs. */
  REPORT_NECESSITY("be.report.necessity", BelgianRegime.PROSECUTOR_REPORT, Requirement.NONE),
  /** Regime 2: the report allowed, no consent and no prior information. */
  REPORT_ALLOWED("be.report.allowed", BelgianRegime.PROSECUTOR_REPORT, Requirement.NONE),
  /** Regime 3: what was heard in a consultation passed on outside it. */
  CONSULTATION_HEARD("be.consultation.heard", BelgianRegime.CASE_CONSULTATION, Requirement.NONE),
  /** Regime 3: whether the consultation and the flow meet art. 458ter. */
  CONSULTATION_CONDITIONS("be.consultation.conditions", BelgianRegime.CASE_CONSULTATION, Requirement.NONE),
  /** Regime 3: a flow carrying more than its purpose needs. */
  CONSULTATION_NECESSITY("be.consultation.necessity", BelgianRegime.CASE_CONSULTATION, Requirement.NONE),
  /** Regime 3: allowed inside the consultation, its instrument asking nothing more. */
  CONSULTATION_ALLOWED("be.consultation.allowed", BelgianRegime.CASE_CONSULTATION, Requirement.NONE),
  /** Regime 3: the instrument asks that the person be informed. */
  CONSULTATION_INFORMATION("be.consultation.information", BelgianRegime.CASE_CONSULTATION,
      Requirement.PRIOR_INFORMATION),
  /** Regime 3: the instrument asks for the person's consent. */
  CONSULTATION_CONSENT("be.consultation.consent", BelgianRegime.CASE_CONSULTATION, Requirement.CONSENT),
  /** Regime 4: whether the assessment shows a danger only the recipient can avert. */
  DANGER_CONDITIONS("be.danger.conditions", BelgianRegime.STATE_OF_NECESSITY, Requirement.NONE),
  /** Regime 4: a flow carrying more than its purpose needs. */
  DANGER_NECESSITY("be.danger.necessity", BelgianRegime.STATE_OF_NECESSITY, Requirement.NONE),
  /** Regime 4: allowed on A's own assessment, the person told afterwards. */
  DANGER_ALLOWED("be.danger.allowed", BelgianRegime.STATE_OF_NECESSITY, Requirement.NONE),
  /** Regime 5: whether the regime applies (a minor, actors of the network's community). */
  YOUTH_SCOPE("be.youth.scope", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, FWB: both bound by secrecy. */
  FWB_SECRECY("be.youth.fwb.secrecy", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, FWB: made necessary by the aid's objectives, limited to the indispensable facts. */
  FWB_NECESSITY("be.youth.fwb.necessity", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, FWB: in the person's interest. */
  FWB_INTEREST("be.youth.fwb.interest", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, FWB: the person and the holders of parental authority informed beforehand. */
  FWB_INFORMATION("be.youth.fwb.information", BelgianRegime.YOUTH_AID, Requirement.PRIOR_INFORMATION),
  /** Regime 5, Flanders: only necessary data. */
  FLANDERS_NECESSITY("be.youth.flanders.necessity", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, Flanders, art. 73: colleagues of one team. */
  FLANDERS_TEAM("be.youth.flanders.team", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, Flanders, arts 75 and 75/1: basic data on a written request. */
  FLANDERS_WRITTEN_REQUEST("be.youth.flanders.written-request", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, Flanders, arts 75 and 75/1: the consent of the competent minor and of the parents. */
  FLANDERS_MAGISTRATE("be.youth.flanders.magistrate", BelgianRegime.YOUTH_AID, Requirement.CONSENT),
  /** Regime 5, Flanders, art. 74: in the interest of the people concerned. */
  FLANDERS_INTEREST("be.youth.flanders.interest", BelgianRegime.YOUTH_AID, Requirement.NONE),
  /** Regime 5, Flanders, art. 74: the agreement sought as far as possible. */
  FLANDERS_AGREEMENT("be.youth.flanders.agreement", BelgianRegime.YOUTH_AID, Requirement.PRIOR_INFORMATION),
  /** Regime 6: whether the cumulative conditions of shared secrecy hold. */
  SHARED_CONDITIONS("be.shared.conditions", BelgianRegime.SHARED_SECRECY, Requirement.NONE),
  /** Regime 6: strictly necessary to the mission. */
  SHARED_NECESSITY("be.shared.necessity", BelgianRegime.SHARED_SECRECY, Requirement.NONE),
  /** Regime 6: an objection or refusal covering the flow. */
  SHARED_OBJECTION("be.shared.objection", BelgianRegime.SHARED_SECRECY, Requirement.NONE),
  /** Regime 6: the explicit agreement (the default model, and health data to a non-health professional). */
  SHARED_EXPLICIT_AGREEMENT("be.shared.explicit", BelgianRegime.SHARED_SECRECY, Requirement.CONSENT),
  /** Regime 6: the no-objection model, the person informed beforehand. */
  SHARED_NO_OBJECTION("be.shared.no-objection", BelgianRegime.SHARED_SECRECY, Requirement.PRIOR_INFORMATION),
  /** Regime 6: the setting that lets consent alone open a flow to someone not bound by secrecy. */
  SHARED_CONSENT_NOT_BOUND("be.shared.consent-not-bound", BelgianRegime.SHARED_SECRECY, Requirement.CONSENT),
  /** Regime 7: no justification recorded. */
  NO_JUSTIFICATION("be.none", BelgianRegime.NO_JUSTIFICATION, Requirement.NONE);

  private static final Map<BelgianStep, Verdict> ALLOWED = new EnumMap<>(BelgianStep.class);

  static {
    for (BelgianStep step : values()) {
      ALLOWED.put(step, Verdict.allowedBy(step));
    }
  }

  private final StepKey key;
  private final Regime regime;
  private final Requirement requirement;

  BelgianStep(String key, Regime regime, Requirement requirement) {
    this.key = StepKey.of(key);
    this.regime = regime;
    this.requirement = requirement;
  }

  @Override
  public StepKey key() {
    return key;
  }

  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.BELGIUM;
  }

  @Override
  public Regime regime() {
    return regime;
  }

  @Override
  public Requirement requirement() {
    return requirement;
  }

  @Override
  public Verdict allowed() {
    return ALLOWED.get(this);
  }
}
