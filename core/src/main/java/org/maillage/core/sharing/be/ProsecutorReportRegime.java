package org.maillage.core.sharing.be;

import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.sharing.Authority;
import org.maillage.sharing.Regime;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.DangerBranch;
import org.maillage.sharing.be.OffenceCategory;
import org.maillage.sharing.be.ProsecutorReport;
import org.maillage.sharing.be.VictimVulnerability;

/**
 * Regime 2, <i>report to the public prosecutor</i> (Code pénal 458bis; DOMAIN.md §4 "Belgium"): the flow goes to
 * the <i>procureur du Roi</i> and its report records an offence of the article's list, a victim who is a minor or
 * vulnerable on a ground of the article, a branch of danger (serious and imminent for the victim, or real for
 * others), and that A cannot protect the person alone or with the help of others. Its steps: {@link #lawyer} (a
 * lawyer reporting a client who is the author: DENY), necessity, then {@link #allowed}: no consent and no prior
 * information required. Its entry is a record of its own (the report); a condition recorded as failed means it
 * does not apply, and the next regime is tried.
 *
 * <p>Stateless and thread-safe.
 */
final class ProsecutorReportRegime implements PolicyRegime<BelgianFlowView> {
  static final ProsecutorReportRegime INSTANCE = new ProsecutorReportRegime();

  private ProsecutorReportRegime() {}

  @Override
  public Regime regime() {
    return BelgianRegime.PROSECUTOR_REPORT;
  }

  /**
   * Applies to a report recorded for a flow to the prosecutor whose four conditions hold; a condition recorded as
   * failed settles it (does not apply) whatever else is not recorded.
   */
  @Override
  public boolean applies(BelgianFlowView view, Grounds grounds) {
    BelgianFlowRecord record = view.flowRecord();
    ProsecutorReport report = record == null ? null : record.report().orElse(null);
    if (report == null) {
      grounds.reason("be.report.none");
      return false;
    }
    if (!view.flow().authorities().contains(Authority.PUBLIC_PROSECUTOR)) {
      grounds.reason("be.report.not-to-prosecutor");
      view.nearMiss(BelgianRegime.PROSECUTOR_REPORT);
      return false;
    }
    OffenceCategory offence = view.flowCategory(BelgianFact.OFFENCE_CATEGORY, OffenceCategory.class,
        report.offence().orElse(null));
    VictimVulnerability victim = view.flowCategory(BelgianFact.VICTIM_VULNERABILITY, VictimVulnerability.class,
        report.vulnerability().orElse(null));
    DangerBranch danger = view.flowCategory(BelgianFact.DANGER_BRANCH, DangerBranch.class,
        report.danger().orElse(null));
    Boolean alone = view.flowFact(BelgianFact.UNABLE_TO_PROTECT_ALONE, report.unableToProtectAlone().orElse(null));
    boolean failed = false;
    if (offence == OffenceCategory.NOT_ON_LIST) {
      grounds.reason("be.report.offence-not-listed");
      failed = true;
    }
    if (victim == VictimVulnerability.NONE) {
      grounds.reason("be.report.victim-not-vulnerable");
      failed = true;
    }
    if (danger == DangerBranch.NONE) {
      grounds.reason("be.report.no-danger");
      failed = true;
    }
    if (Boolean.FALSE.equals(alone)) {
      grounds.reason("be.report.can-protect");
      failed = true;
    }
    if (failed) {
      view.nearMiss(BelgianRegime.PROSECUTOR_REPORT);
      return false;
    }
    grounds.basis(BelgianLaw.CP_458BIS);
    if (offence == null) {
      view.unknown(BelgianFact.OFFENCE_CATEGORY, view.party(0));
    }
    if (victim == null) {
      view.unknown(BelgianFact.VICTIM_VULNERABILITY, view.party(0));
    }
    if (danger == null) {
      view.unknown(BelgianFact.DANGER_BRANCH, view.party(0));
    }
    if (alone == null) {
      view.unknown(BelgianFact.UNABLE_TO_PROTECT_ALONE, view.party(0));
    }
    if (!view.unknowns().isEmpty()) {
      grounds.reason("be.report.open");
      return true;
    }
    grounds.reason("be.report.applies", "offence", offence, "victim", victim, "danger", danger);
    return true;
  }

  @Override
  public BelgianStep entry() {
    return BelgianStep.REPORT_CONDITIONS;
  }

  @Override
  public Verdict decide(BelgianFlowView view, Grounds grounds) {
    BelgianFlowRecord record = view.flowRecord();
    if (record != null && record.report().map(ProsecutorReport::lawyerReportingClient).orElse(false)) {
      return lawyer(grounds);
    }
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(BelgianStep.REPORT_NECESSITY);
    }
    return allowed(grounds);
  }

  /** A lawyer reporting a client who is the author: DENY (Constitutional Court 127/2013). */
  Verdict lawyer(Grounds grounds) {
    grounds.reason("be.report.lawyer");
    grounds.mark();
    return Verdict.deny(BelgianStep.REPORT_LAWYER);
  }

  /** The report allowed: A may report; no consent, no prior information. */
  Verdict allowed(Grounds grounds) {
    grounds.reason("be.report.allowed");
    grounds.mark();
    return BelgianStep.REPORT_ALLOWED.allowed();
  }
}
