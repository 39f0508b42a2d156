package org.maillage.core.sharing.fr;

import java.util.EnumMap;
import java.util.Map;
import org.maillage.core.sharing.Step;
import org.maillage.core.sharing.Verdict;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.Regime;
import org.maillage.sharing.Requirement;
import org.maillage.sharing.StepKey;
import org.maillage.sharing.fr.FrenchRegime;

/**
 * The named steps of the French procedure of DOMAIN.md §4 that can settle a flow, in the order of the text:
 * each with its key ({@link org.maillage.sharing.SharingDecision#decidingStep()}), its regime, and what the
 * regime requires once that step decides.
 *
 * <p>Immutable and thread-safe.
 */
enum FrenchStep implements Step {
  /** Reports: whether a report of abuse is about a person unable to protect themselves (CP 226-14 1°). */
  REPORT_SCOPE("report.scope", FrenchRegime.REPORT, Requirement.NONE),
  /** Reports: a flow carrying more than its purpose needs, or stating none. */
  REPORT_NECESSITY("report.necessity", FrenchRegime.REPORT, Requirement.NONE),
  /** Reports: a concern about a child to the CRIP (CASF L226-2-1), the parents informed beforehand. */
  REPORT_CHILD_CONCERN("report.child-concern", FrenchRegime.REPORT, Requirement.PRIOR_INFORMATION),
  /** Reports: deprivation or abuse of a minor or of a person unable to protect themselves (CP 226-14). */
  REPORT_ABUSE("report.abuse", FrenchRegime.REPORT, Requirement.NONE),
  /** Reports: to the judge who ordered a measure in progress, by a professional it mandates. */
  REPORT_TO_JUDGE("report.judge", FrenchRegime.REPORT, Requirement.NONE),
  /** Child protection: whether the regime applies (its people, its purposes), read by its "when". */
  CHILD_PROTECTION_SCOPE("child-protection.scope", FrenchRegime.CHILD_PROTECTION, Requirement.NONE),
  /** Child protection: only what is strictly necessary. */
  CHILD_PROTECTION_NECESSITY("child-protection.necessity", FrenchRegime.CHILD_PROTECTION, Requirement.NONE),
  /** Child protection: the parents, the guardian and the child by maturity informed beforehand. */
  CHILD_PROTECTION_INFORMATION("child-protection.information", FrenchRegime.CHILD_PROTECTION,
      Requirement.PRIOR_INFORMATION),
  /** Social action: whether the regime applies (its trigger, its professionals, its purpose). */
  SOCIAL_ACTION_SCOPE("social-action.scope", FrenchRegime.SOCIAL_ACTION, Requirement.NONE),
  /** Social action: only what is strictly necessary. */
  SOCIAL_ACTION_NECESSITY("social-action.necessity", FrenchRegime.SOCIAL_ACTION, Requirement.NONE),
  /** Social action: allowed among its professionals; informing the person is advice. */
  SOCIAL_ACTION_ALLOWED("social-action.allowed", FrenchRegime.SOCIAL_ACTION, Requirement.NONE),
  /** The general regime: only what is strictly necessary. */
  GENERAL_NECESSITY("general.necessity", FrenchRegime.SHARED_SECRECY, Requirement.NONE),
  /** The general regime, step 1: the closed list of CSP R1110-2. */
  GENERAL_STEP1_CLOSED_LIST("general.step1", FrenchRegime.SHARED_SECRECY, Requirement.NONE),
  /** The general regime, step 2: taking part in P's care or support. */
  GENERAL_STEP2_TAKING_PART("general.step2", FrenchRegime.SHARED_SECRECY, Requirement.NONE),
  /** The general regime, step 3: the purpose and the double limit of CSP R1110-1. */
  GENERAL_STEP3_DOUBLE_LIMIT("general.step3", FrenchRegime.SHARED_SECRECY, Requirement.NONE),
  /** The general regime, step 4: the objection. */
  GENERAL_STEP4_OBJECTION("general.step4", FrenchRegime.SHARED_SECRECY, Requirement.NONE),
  /** The general regime, step 5: an exchange, P informed beforehand. */
  GENERAL_STEP5_EXCHANGE("general.step5", FrenchRegime.SHARED_SECRECY, Requirement.PRIOR_INFORMATION),
  /** The general regime, step 6: a sharing inside a care team, P informed beforehand. */
  GENERAL_STEP6_CARE_TEAM("general.step6", FrenchRegime.SHARED_SECRECY, Requirement.PRIOR_INFORMATION),
  /** The general regime, step 7: a sharing outside a care team, P's prior consent. */
  GENERAL_STEP7_CONSENT("general.step7", FrenchRegime.SHARED_SECRECY, Requirement.CONSENT),
  /** The general regime, step 8: an urgency waives the prior information. */
  GENERAL_STEP8_URGENCY("general.step8", FrenchRegime.SHARED_SECRECY, Requirement.PRIOR_INFORMATION);
  // step 9 (who is informed and consents) names the addressees of steps 4 to 7 and decides nothing itself

  private static final Map<FrenchStep, Verdict> ALLOWED = new EnumMap<>(FrenchStep.class);

  static {
    for (FrenchStep step : values()) {
      ALLOWED.put(step, Verdict.allowedBy(step));
    }
  }

  private final StepKey key;
  private final Regime regime;
  private final Requirement requirement;

  FrenchStep(String key, Regime regime, Requirement requirement) {
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
    return Jurisdiction.FRANCE;
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
