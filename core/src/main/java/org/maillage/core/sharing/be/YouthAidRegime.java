package org.maillage.core.sharing.be;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.Necessity;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.Verdict;
import org.maillage.member.Professional;
import org.maillage.person.Person;
import org.maillage.sharing.Authority;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Regime;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.BelgianFact;
import org.maillage.sharing.be.BelgianFlowRecord;
import org.maillage.sharing.be.BelgianLaw;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.Community;
import org.maillage.sharing.be.SecrecyStanding;
import org.maillage.sharing.be.YouthAidRole;

/**
 * Regime 5, <i>youth aid</i> (DOMAIN.md §4 "Belgium"), when the person is a minor (or a young adult still
 * supported) and A and B all act under the youth-aid legislation of the network's community. It applies by that
 * "when": its failed conditions are then DENY under this regime, and actors of another community fall to shared
 * secrecy. Two variants, by the network's community:
 * <ul>
 *   <li>the Wallonia-Brussels Federation (Code of 18 January 2018 and its deontology code), in four steps:
 *       {@link #fwbBothBoundBySecrecy}, {@link #fwbNecessaryAndIndispensable}, {@link #fwbInPersonsInterest},
 *       {@link #fwbInformedBeforehand}; no consent required;</li>
 *   <li>Flanders (decree of 12 July 2013 on integrated youth care, arts 7 and 72 to 75/1; decree of 7 May 2004 on
 *       the minor's legal position): {@link #flandersWithinOneTeam} (art. 73), {@link #flandersTowardsMagistrate}
 *       (arts 75 and 75/1), else between youth-care actors (art. 74): necessity,
 *       {@link #flandersInInterest}, {@link #flandersAgreementSought}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class YouthAidRegime implements PolicyRegime<BelgianFlowView> {
  static final YouthAidRegime INSTANCE = new YouthAidRegime();

  /** The authorities arts 75 and 75/1 of the Flemish decree name. */
  private static final Set<Authority> FLEMISH_AUTHORITIES = EnumSet.of(Authority.YOUTH_MAGISTRATE,
      Authority.YOUTH_COURT_SOCIAL_SERVICE);
  /** The basic data identifying the parties and the care given (arts 75 and 75/1). */
  private static final Set<InformationCategory> BASIC_DATA = EnumSet.of(InformationCategory.IDENTITY,
      InformationCategory.ADMINISTRATIVE);

  private YouthAidRegime() {}

  @Override
  public Regime regime() {
    return BelgianRegime.YOUTH_AID;
  }

  /**
   * Applies when the person is a minor or a young adult still supported, and the sender and every recipient hold a
   * youth-aid role of the network's community (the Flemish youth magistrate and youth court's social service count
   * as recipients under Flemish law). A party recorded with no role, or with another community's, means it does
   * not apply; a role or the network's community not recorded leaves the entry open.
   */
  @Override
  public boolean applies(BelgianFlowView view, Grounds grounds) {
    if (!view.personIsMinorOrSupported()) {
      grounds.reason("be.youth.not-minor");
      return false;
    }
    if (view.flow().sharedRecord().isPresent()) {
      grounds.reason("be.youth.shared-record");
      return false;
    }
    Set<Authority> authorities = view.flow().authorities();
    if (!FLEMISH_AUTHORITIES.containsAll(authorities)) {
      grounds.reason("be.youth.authority");
      return false;
    }
    if (!view.hasRecipient() && authorities.isEmpty()) {
      grounds.reason("be.youth.no-recipient");
      return false;
    }
    Community community = view.community();
    boolean inScope = true;
    Set<Community> seen = EnumSet.noneOf(Community.class);
    for (int i = 0; i < view.partyCount(); i++) {
      YouthAidRole role = Standing.youthAidRole(view, i);
      if (role == null) {
        continue;
      }
      Community own = role.community().orElse(null);
      if (own == null) {
        grounds.reason("be.youth.no-role", "member", view.party(i));
        inScope = false;
      } else {
        seen.add(own);
        if (community != null && own != community) {
          grounds.reason("be.youth.other-community", "member", view.party(i), "community", own);
          inScope = false;
        }
      }
    }
    if (!authorities.isEmpty()) {
      seen.add(Community.FLANDERS);
      if (community == Community.WALLONIA_BRUSSELS) {
        grounds.reason("be.youth.authority");
        inScope = false;
      }
    }
    if (inScope && seen.size() > 1) {
      grounds.reason("be.youth.two-communities");
      inScope = false;
    }
    if (!inScope) {
      return false;
    }
    for (int i = 0; i < view.partyCount(); i++) {
      if (Standing.youthAidRole(view, i) == null) {
        view.unknown(BelgianFact.YOUTH_AID_ROLE, view.party(i));
      }
    }
    if (community == null) {
      view.unknown(BelgianFact.COMMUNITY, null);
    }
    if (!view.unknowns().isEmpty()) {
      grounds.reason("be.youth.open");
      return true;
    }
    grounds.reason("be.youth.applies", "community", community);
    return true;
  }

  @Override
  public BelgianStep entry() {
    return BelgianStep.YOUTH_SCOPE;
  }

  @Override
  public Verdict decide(BelgianFlowView view, Grounds grounds) {
    if (view.community() == Community.WALLONIA_BRUSSELS) {
      grounds.basis(BelgianLaw.FWB_CODE);
      grounds.basis(BelgianLaw.FWB_DEONTOLOGY);
      Verdict verdict = fwbBothBoundBySecrecy(view, grounds);
      if (verdict != null) {
        return verdict;
      }
      verdict = fwbNecessaryAndIndispensable(view, grounds);
      if (verdict != null) {
        return verdict;
      }
      verdict = fwbInPersonsInterest(view, grounds);
      return verdict != null ? verdict : fwbInformedBeforehand(view, grounds);
    }
    Verdict verdict = flandersWithinOneTeam(view, grounds);
    if (verdict != null) {
      return verdict;
    }
    verdict = flandersTowardsMagistrate(view, grounds);
    if (verdict != null) {
      return verdict;
    }
    grounds.basis(BelgianLaw.DIJ_74);
    if (!Necessity.isMet(view, grounds)) {
      return Verdict.deny(BelgianStep.FLANDERS_NECESSITY);
    }
    verdict = flandersInInterest(view, grounds);
    return verdict != null ? verdict : flandersAgreementSought(view, grounds);
  }

  /** FWB, step 1: the sender and every recipient bound by professional secrecy; null when they are. */
  @Nullable Verdict fwbBothBoundBySecrecy(BelgianFlowView view, Grounds grounds) {
    boolean failed = false;
    for (int i = 0; i < view.partyCount(); i++) {
      SecrecyStanding secrecy = Standing.secrecy(view, i);
      if (secrecy != null && !secrecy.isBound()) {
        grounds.reason("be.youth.fwb.not-bound", "member", view.party(i), "standing", secrecy);
        failed = true;
      }
    }
    if (failed) {
      grounds.mark();
      return Verdict.deny(BelgianStep.FWB_SECRECY);
    }
    for (int i = 0; i < view.partyCount(); i++) {
      if (Standing.secrecy(view, i) == null) {
        view.unknown(BelgianFact.SECRECY_STANDING, view.party(i));
      }
    }
    if (!view.unknowns().isEmpty()) {
      grounds.reason("be.youth.fwb.secrecy-open");
      grounds.mark();
      return Verdict.incomplete(BelgianStep.FWB_SECRECY, view.unknowns());
    }
    grounds.reason("be.youth.fwb.bound");
    return null;
  }

  /** FWB, step 2: made necessary by the aid's objectives and limited to the indispensable facts. */
  @Nullable Verdict fwbNecessaryAndIndispensable(BelgianFlowView view, Grounds grounds) {
    if (!Necessity.isMet(view, grounds)) {
      grounds.mark();
      return Verdict.deny(BelgianStep.FWB_NECESSITY);
    }
    return null;
  }

  /** FWB, step 3: in the person's interest. */
  @Nullable Verdict fwbInPersonsInterest(BelgianFlowView view, Grounds grounds) {
    return interest(view, grounds, BelgianStep.FWB_INTEREST);
  }

  /** FWB, step 4: the person and, where applicable, the holders of parental authority informed beforehand. */
  Verdict fwbInformedBeforehand(BelgianFlowView view, Grounds grounds) {
    List<MemberId> missing = view.notInformed(view.addressees());
    if (missing.isEmpty()) {
      grounds.reason("be.youth.fwb.informed");
      grounds.mark();
      return BelgianStep.FWB_INFORMATION.allowed();
    }
    grounds.reason("be.youth.fwb.inform-first");
    grounds.mark();
    return Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, BelgianStep.FWB_INFORMATION, missing);
  }

  /**
   * Flanders, art. 73: colleagues of one team of the access gate, one mandated service or one youth court's social
   * service (the same role of those three, in the same organisation, no authority): allowed once necessity is met.
   * Null when the flow is not within one team.
   */
  @Nullable Verdict flandersWithinOneTeam(BelgianFlowView view, Grounds grounds) {
    if (!view.flow().authorities().isEmpty() || !withinOneTeam(view)) {
      return null;
    }
    grounds.basis(BelgianLaw.DIJ_73);
    if (!Necessity.isMet(view, grounds)) {
      grounds.mark();
      return Verdict.deny(BelgianStep.FLANDERS_NECESSITY);
    }
    grounds.reason("be.youth.flanders.team", "role", Standing.youthAidRole(view, 0));
    grounds.mark();
    return BelgianStep.FLANDERS_TEAM.allowed();
  }

  /**
   * Flanders, arts 75 and 75/1: towards a youth magistrate or the youth court's social service, the consent of the
   * competent minor and of the parents, except the basic data identifying the parties and the care given, on
   * their written request. Null when the flow goes to neither.
   */
  @Nullable Verdict flandersTowardsMagistrate(BelgianFlowView view, Grounds grounds) {
    if (!towardsYouthCourt(view)) {
      return null;
    }
    grounds.basis(BelgianLaw.DIJ_75);
    grounds.basis(BelgianLaw.DIJ_75_1);
    if (!Necessity.isMet(view, grounds)) {
      grounds.mark();
      return Verdict.deny(BelgianStep.FLANDERS_NECESSITY);
    }
    BelgianFlowRecord record = view.flowRecord();
    boolean requested = record != null && record.writtenRequest().map(d -> !d.isAfter(view.date())).orElse(false);
    if (requested && BASIC_DATA.containsAll(view.categories())) {
      grounds.reason("be.youth.flanders.written-request");
      grounds.mark();
      return BelgianStep.FLANDERS_WRITTEN_REQUEST.allowed();
    }
    if (requested) {
      grounds.reason("be.youth.flanders.beyond-basic-data");
    }
    Boolean competent = view.minorCompetent();
    if (competent == null) {
      view.unknown(BelgianFact.MINOR_COMPETENCE, view.about());
      grounds.reason("be.youth.flanders.competence-open", "minor", view.about());
      grounds.mark();
      return Verdict.incomplete(BelgianStep.FLANDERS_MAGISTRATE, view.unknowns());
    }
    grounds.basis(BelgianLaw.DIJ_7);
    List<MemberId> whose = minorAndParents(view, competent);
    if (view.refused(whose)) {
      grounds.reason("be.youth.flanders.magistrate-refused");
      grounds.mark();
      return Verdict.deny(BelgianStep.FLANDERS_MAGISTRATE);
    }
    List<MemberId> missing = view.withoutAgreement(whose);
    grounds.reason(missing.isEmpty() ? "be.youth.flanders.magistrate-consented"
        : "be.youth.flanders.magistrate-consent-needed");
    grounds.mark();
    return missing.isEmpty() ? BelgianStep.FLANDERS_MAGISTRATE.allowed()
        : Verdict.of(SharingOutcome.REQUIRE_CONSENT, BelgianStep.FLANDERS_MAGISTRATE, missing);
  }

  /** Flanders, art. 74: in the interest of the people concerned. */
  @Nullable Verdict flandersInInterest(BelgianFlowView view, Grounds grounds) {
    return interest(view, grounds, BelgianStep.FLANDERS_INTEREST);
  }

  /**
   * Flanders, art. 74: the actor seeks as far as possible the agreement of the person the data concern (a minor of
   * 12 or more presumed competent; under 12, by maturity; when not competent, the parents). Recorded, ALLOW; not
   * yet sought, ALLOW_AFTER_INFORMING; refused, DENY unless the setting says a refusal does not block.
   */
  Verdict flandersAgreementSought(BelgianFlowView view, Grounds grounds) {
    Boolean competent = view.minorCompetent();
    if (competent == null) {
      view.unknown(BelgianFact.MINOR_COMPETENCE, view.about());
      grounds.reason("be.youth.flanders.competence-open", "minor", view.about());
      grounds.mark();
      return Verdict.incomplete(BelgianStep.FLANDERS_AGREEMENT, view.unknowns());
    }
    grounds.basis(BelgianLaw.DIJ_7);
    grounds.basis(BelgianLaw.MINOR_LEGAL_POSITION);
    List<MemberId> whose = competent ? List.of(view.about()) : parentsOrPerson(view);
    if (view.refused(whose)) {
      if (view.settings().refusalBlocksYouthCare()) {
        grounds.reason("be.youth.flanders.refused");
        grounds.mark();
        return Verdict.deny(BelgianStep.FLANDERS_AGREEMENT);
      }
      grounds.reason("be.youth.flanders.refusal-not-blocking");
      grounds.mark();
      return BelgianStep.FLANDERS_AGREEMENT.allowed();
    }
    List<MemberId> missing = view.withoutAgreement(whose);
    if (missing.isEmpty()) {
      grounds.reason("be.youth.flanders.agreed");
      grounds.mark();
      return BelgianStep.FLANDERS_AGREEMENT.allowed();
    }
    grounds.reason("be.youth.flanders.seek-agreement");
    grounds.mark();
    return Verdict.of(SharingOutcome.ALLOW_AFTER_INFORMING, BelgianStep.FLANDERS_AGREEMENT, missing);
  }

  /** In the person's interest: recorded no, DENY; not recorded, incomplete; null when recorded yes. */
  private static @Nullable Verdict interest(BelgianFlowView view, Grounds grounds, BelgianStep step) {
    BelgianFlowRecord record = view.flowRecord();
    Boolean interest = view.flowFact(BelgianFact.IN_PERSONS_INTEREST,
        record == null ? null : record.inPersonsInterest().orElse(null));
    if (interest == null) {
      view.unknown(BelgianFact.IN_PERSONS_INTEREST, view.party(0));
      grounds.reason("be.interest.open", "sender", view.party(0));
      grounds.mark();
      return Verdict.incomplete(step, view.unknowns());
    }
    if (!interest) {
      grounds.reason("be.interest.not");
      grounds.mark();
      return Verdict.deny(step);
    }
    grounds.reason("be.interest.met");
    return null;
  }

  private static boolean withinOneTeam(BelgianFlowView view) {
    YouthAidRole team = Standing.youthAidRole(view, 0);
    if (team == null || !team.isFlemishTeam() || !view.hasRecipient()) {
      return false;
    }
    OrganisationId organisation = null;
    for (int i = 0; i < view.partyCount(); i++) {
      Professional p = view.memberProfessional(i);
      OrganisationId own = p == null ? null : view.network().institutions().get(p.id());
      if (Standing.youthAidRole(view, i) != team || own == null || organisation != null && !organisation.equals(own)) {
        return false;
      }
      organisation = own;
    }
    return true;
  }

  private static boolean towardsYouthCourt(BelgianFlowView view) {
    if (!view.flow().authorities().isEmpty()) {
      return true;
    }
    for (int i = 1; i < view.partyCount(); i++) {
      if (Standing.youthAidRole(view, i) == YouthAidRole.FLEMISH_YOUTH_COURT_SOCIAL_SERVICE) {
        return true;
      }
    }
    return false;
  }

  /** The competent minor (or the young adult) and the holders of parental authority. */
  private static List<MemberId> minorAndParents(BelgianFlowView view, boolean competent) {
    List<MemberId> whose = new ArrayList<>(3);
    if (competent) {
      whose.add(view.about());
    }
    Person person = view.person();
    if (person != null) {
      whose.addAll(person.holdersOfAuthorityOn(view.date()));
    }
    if (whose.isEmpty()) {
      whose.add(view.about());
    }
    return whose;
  }

  /** The holders of parental authority, or the person when none is recorded. */
  private static List<MemberId> parentsOrPerson(BelgianFlowView view) {
    Person person = view.person();
    List<MemberId> holders = person == null ? List.of() : person.holdersOfAuthorityOn(view.date());
    return holders.isEmpty() ? List.of(view.about()) : holders;
  }
}
