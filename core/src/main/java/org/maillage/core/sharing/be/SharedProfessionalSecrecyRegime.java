package org.maillage.core.sharing.be;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.member.Professional;
import org.maillage.sharing.CommonFact;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Regime;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.AgreementModel;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.SecrecyStanding;

/**
 * Regime 6, <i>shared professional secrecy</i> (doctrine and professional codes; DOMAIN.md §4 "Belgium"), all
 * cumulative: A and B both bound by professional secrecy; the same mission for the same person (current members
 * of the person's network, the information within the missions of both); exclusively in the person's interest;
 * these read by {@link #applies}, a condition recorded as failed sending the flow to regime 7. Then its steps:
 * strictly necessary to the mission (necessity), {@link #noRefusal} (a recorded objection or refusal: DENY until
 * withdrawn), and the agreement as the setting reads it: {@link #explicitAgreement} (the default, and health data
 * to a professional who is not a health professional) or {@link #informedAndNotObjecting}. When the setting lets
 * consent alone open a flow to someone not bound by secrecy and the recipients' secrecy is the one condition
 * failed, {@link #consentAloneTowardsNotBound} decides.
 *
 * <p>Stateless and thread-safe.
 */
final class SharedProfessionalSecrecyRegime implements PolicyRegime<BelgianFlowView> {
  static final SharedProfessionalSecrecyRegime INSTANCE = new SharedProfessionalSecrecyRegime();
  private static final Set<InformationCategory> HEALTH_DATA = Set.of(InformationCategory.HEALTH,
      InformationCategory.MENTAL_HEALTH);

  private SharedProfessionalSecrecyRegime() {}

  @Override
  public Regime regime() {
    return BelgianRegime.SHARED_SECRECY;
  }

  /**
   * Applies when its cumulative conditions hold as far as the record shows; a condition recorded as failed means
   * it does not apply (the flow goes to regime 7), unless the consent-alone setting covers the recipients' secrecy,
   * the one condition failed.
   */
  @Override
  public boolean applies(BelgianFlowView view, Grounds grounds) {
    int failedGroups = 0;
    boolean identified = view.hasRecipient() && view.flow().authorities().isEmpty()
        && view.flow().sharedRecord().isEmpty();
    if (!identified) {
      grounds.reason("be.shared.not-identified");
      failedGroups++;
    }
    boolean senderNotBound = false;
    boolean recipientNotBound = false;
    for (int i = 0; i < view.partyCount(); i++) {
      SecrecyStanding secrecy = Standing.secrecy(view, i);
      if (secrecy != null && !secrecy.isBound()) {
        grounds.reason("be.shared.not-bound", "member", view.party(i), "standing", secrecy);
        if (i == 0) {
          senderNotBound = true;
        } else {
          recipientNotBound = true;
        }
      }
    }
    if (senderNotBound || recipientNotBound) {
      failedGroups++;
    }
    boolean missionFailed = false;
    for (int i = 0; i < view.partyCount(); i++) {
      Professional p = view.memberProfessional(i);
      if (p == null || !p.isCurrentOn(view.date())) {
        grounds.reason("be.shared.not-in-network", "member", view.party(i));
        missionFailed = true;
        continue;
      }
      Set<InformationCategory> mission = Standing.mission(view, i);
      if (mission != null && !mission.containsAll(view.categories())) {
        grounds.reason("be.shared.outside-mission", "member", view.party(i));
        missionFailed = true;
      }
    }
    if (missionFailed) {
      failedGroups++;
    }
    Boolean interest = interest(view);
    if (Boolean.FALSE.equals(interest)) {
      grounds.reason("be.interest.not");
      failedGroups++;
    }
    boolean consentAlone = failedGroups == 1 && recipientNotBound && !senderNotBound
        && view.settings().consentLetsTellNotBound();
    if (failedGroups > 0 && !consentAlone) {
      if (failedGroups == 1 && identified) {
        view.nearMiss(BelgianRegime.SHARED_SECRECY);
      }
      return false;
    }
    grounds.basis(BelgianLaw.SHARED_SECRECY_DOCTRINE);
    for (int i = 0; i < view.partyCount(); i++) {
      if (Standing.secrecy(view, i) == null) {
        view.unknown(BelgianFact.SECRECY_STANDING, view.party(i));
      }
      if (view.memberProfessional(i) != null && Standing.mission(view, i) == null) {
        view.unknown(CommonFact.MISSION_CATEGORIES, view.party(i));
      }
    }
    if (interest == null) {
      view.unknown(BelgianFact.IN_PERSONS_INTEREST, view.party(0));
    }
    if (!view.unknowns().isEmpty()) {
      grounds.reason("be.shared.open");
      return true;
    }
    grounds.reason(consentAlone ? "be.shared.applies-consent-alone" : "be.shared.applies");
    return true;
  }

  @Override
  public BelgianStep entry() {
    return BelgianStep.SHARED_CONDITIONS;
  }

  @Override
  public Verdict decide(BelgianFlowView view, Grounds grounds) {
    if (!Necessity.isMet(view, grounds)) {
      grounds.mark();
      return Verdict.deny(BelgianStep.SHARED_NECESSITY);
    }
    Verdict refused = noRefusal(view, grounds);
    if (refused != null) {
      return refused;
    }
    if (recipientNotBound(view)) {
      return consentAloneTowardsNotBound(view, grounds);
    }
    if (view.settings().agreementModel() == AgreementModel.EXPLICIT) {
      grounds.reason("be.shared.model-explicit");
      return explicitAgreement(view, grounds);
    }
    if (carriesHealthData(view)) {
      boolean open = false;
      for (int i = 1; i < view.partyCount(); i++) {
        Boolean health = Standing.healthProfessional(view, i);
        if (Boolean.FALSE.equals(health)) {
          grounds.reason("be.shared.health-to-non-health", "member", view.party(i));
          return explicitAgreement(view, grounds);
        }
        if (health == null) {
          view.unknown(BelgianFact.HEALTH_PROFESSIONAL, view.party(i));
          open = true;
        }
      }
      if (open) {
        grounds.reason("be.shared.health-open");
        grounds.mark();
        return Verdict.incomplete(BelgianStep.SHARED_NO_OBJECTION, view.unknowns());
      }
    }
    return informedAndNotObjecting(view, grounds);
  }

  /** A recorded objection or refusal covering the flow: DENY until withdrawn; null when none. */
  @Nullable Verdict noRefusal(BelgianFlowView view, Grounds grounds) {
    if (view.refused(view.addressees())) {
      grounds.reason("be.shared.refused");
      grounds.mark();
      return Verdict.deny(BelgianStep.SHARED_OBJECTION);
    }
    return null;
  }

  /** The explicit agreement: recorded, ALLOW; otherwise REQUIRE_CONSENT from those who have not agreed. */
  Verdict explicitAgreement(BelgianFlowView view, Grounds grounds) {
    List<MemberId> missing = view.withoutAgreement(view.addressees());
    grounds.reason(missing.isEmpty() ? "be.shared.agreed" : "be.shared.agreement-needed");
    grounds.mark();
    return missing.isEmpty() ? BelgianStep.SHARED_EXPLICIT_AGREEMENT.allowed()
        : Verdict.of(SharingOutcome.REQUIRE_CONSENT, BelgianStep.SHARED_EXPLICIT_AGREEMENT, missing);
  }

  /** No objection: informed and not objecting, ALLOW; not yet informed, ALLOW_AFTER_INFORMING. */
  Verdict informedAndNotObjecting(BelgianFlowView view, Grounds grounds) {
    grounds.reason("be.shared.model-no-objection");
    List<MemberId> missing = view.notInformed(view.addressees());
    grounds.reason(missing.isEmpty() ? "be.shared.informed" : "be.shared.inform-first");
    grounds.mark();
    return missing.isEmpty() ? BelgianStep.SHARED_NO_OBJECTION.allowed()
        : Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, BelgianStep.SHARED_NO_OBJECTION, missing);
  }

  /** The setting's reading: the person's consent alone lets A tell a recipient not bound by secrecy. */
  Verdict consentAloneTowardsNotBound(BelgianFlowView view, Grounds grounds) {
    List<MemberId> missing = view.withoutAgreement(view.addressees());
    grounds.reason(missing.isEmpty() ? "be.shared.consent-alone-given" : "be.shared.consent-alone-needed");
    grounds.mark();
    return missing.isEmpty() ? BelgianStep.SHARED_CONSENT_NOT_BOUND.allowed()
        : Verdict.of(SharingOutcome.REQUIRE_CONSENT, BelgianStep.SHARED_CONSENT_NOT_BOUND, missing);
  }

  private static @Nullable Boolean interest(BelgianFlowView view) {
    BelgianFlowRecord record = view.flowRecord();
    return view.flowFact(BelgianFact.IN_PERSONS_INTEREST,
        record == null ? null : record.inPersonsInterest().orElse(null));
  }

  private static boolean recipientNotBound(BelgianFlowView view) {
    for (int i = 1; i < view.partyCount(); i++) {
      SecrecyStanding secrecy = Standing.secrecy(view, i);
      if (secrecy != null && !secrecy.isBound()) {
        return true;
      }
    }
    return false;
  }

  private static boolean carriesHealthData(BelgianFlowView view) {
    for (InformationCategory category : view.categories()) {
      if (HEALTH_DATA.contains(category)) {
        return true;
      }
    }
    return false;
  }
}
