package org.maillage.core.sharing.fr;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.maillage.Message;
import org.maillage.core.sharing.Deliberation;
import org.maillage.core.sharing.FlowOutcomes;
import org.maillage.core.sharing.Grounds;
import org.maillage.core.sharing.PolicyMessages;
import org.maillage.core.sharing.PolicyRegime;
import org.maillage.core.sharing.QuietSharingPolicy;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.person.LifeStage;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.Objection;
import org.maillage.sharing.Regime;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.CareTeamBasis;
import org.maillage.sharing.fr.FrenchLaw;
import org.maillage.sharing.fr.FrenchRegime;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The French information-sharing decision of DOMAIN.md §4 (<i>décision de partage, droit français</i>): may
 * A pass these categories of information about P to B, for this purpose, on this day?
 *
 * <p>The procedure answers from what the record shows, as of the flow's date: "informed beforehand" means an
 * {@link org.maillage.sharing.Informing} recorded on or before the flow's date that covers it, and the same
 * for consents ({@link Consent#isInForceOn}) and objections ({@link Objection#blocks}). The person being
 * present when the information is passed counts as informed of it (of its nature and of who receives it),
 * never of the right to object.
 *
 * <h2>Step 0: the regime</h2>
 * The first regime that applies, in this order; a regime applies when the flow falls within the
 * authorisation its article grants (its people, its subject and its purposes), since the French authorisations
 * are alternatives. A reason records why each earlier regime did not apply. Inside the regime chosen, a flow
 * carrying a category its purpose does not need, or stating no purpose, is {@link SharingOutcome#DENY}.
 * <ol>
 *   <li>{@link Regime#REPORT}, for a flow marked as a report:
 *     <ul>
 *       <li>{@link ReportKind#CHILD_CONCERN} (CASF L226-2-1) when P is the focal person and a minor. The holders
 *           of parental authority and the guardian (each of them) are informed beforehand, unless that is
 *           against the child's interest ({@link NotInformedReason#AGAINST_CHILD_INTEREST}: ALLOW with that
 *           reason); otherwise {@link SharingOutcome#ALLOW_AFTER_INFORMING} addressed to those not yet
 *           informed. The text names no urgency exception, so an urgency does not waive it.</li>
 *       <li>{@link ReportKind#ABUSE_REPORT} (Code pénal 226-14, 434-3) when P is a minor, or an adult the
 *           record shows unable to protect themselves: represented or assisted (guardianship, curatorship,
 *           family habilitation) or under an adult-protection measure in progress. ALLOW; a reason says
 *           whether the sender, bound by secrecy, keeps the choice (434-3) or must report.</li>
 *       <li>{@link ReportKind#REPORT_TO_JUDGE} when a measure in progress for P on the flow's date mandates the
 *           sender, and the flow goes to that measure's recorded judge (or to no member: an outside
 *           authority). ALLOW, on the article of the measure: Code civil 375-2 (educational assistance),
 *           375-3 (placement), Code de procédure civile 1183 (investigation), Code civil 416 (adult
 *           protection), else {@link FrenchLaw#ORDERING_JUDGE_DECISION}. Reasons name the measure by its kind and its
 *           start, never by its reference, which is personal.</li>
 *     </ul></li>
 *   <li>{@link Regime#CHILD_PROTECTION} (CASF L226-2-2, L112-3) when P is a minor or a young adult supported by
 *       child protection, or P is a family member (a primary member of the family group, or a representative)
 *       of a focal person who is a minor; the sender and every recipient are professionals bound by secrecy
 *       who implement or contribute to child-protection policy; and the purpose is to assess the situation
 *       or to decide and carry out protection actions. No consent, no right to object. The holders of
 *       parental authority, the guardian, and the child according to age and maturity ({@link
 *       LifeStage#MINOR}, not a {@link LifeStage#YOUNG_CHILD}; a young adult for themself) are informed
 *       beforehand, unless against the child's interest (then ALLOW with that reason).</li>
 *   <li>{@link Regime#SOCIAL_ACTION} (CASF L121-6-2, L116-1) when the trigger is recorded on or before the
 *       flow's date, the sender and every recipient are professionals of social action current in the network
 *       on that date, and the purpose is social action. ALLOW; informing the person is advice, not a
 *       condition, and reasons say so, and remind that a designated coordinator is to know what is shared and
 *       that the mayor and the département president are to be informed of the trigger.</li>
 *   <li>{@link Regime#SHARED_SECRECY} (CSP L1110-4) otherwise, in nine steps, stopping at the first refusal.</li>
 * </ol>
 *
 * <p><b>Standing, and unknown is not "no".</b> What the regimes read of a professional under French law (the
 * category of CSP R1110-2, the child-protection and social-action standings, the care-team basis) is their
 * {@link FrenchStanding}; with their secrecy and the categories their mission covers, each fact is recorded or
 * not ({@link Standing}). A condition recorded as failed settles its step (a regime's entry: the regime does not
 * apply; steps 1 to 4 of the general regime: DENY) whatever else is not recorded; otherwise a fact not recorded
 * that the step turns on makes the decision {@link SharingOutcome#INCOMPLETE}, naming it
 * ({@link SharingDecision#missingFacts()}) with the answer for each way of recording it; a fact whose every
 * recording gives the same answer leaves nothing open. The facts read, and where: the category (step 1; steps 5
 * and 7 read it once step 1 found it recorded), the mission's categories (step 3), the care-team basis (step 6),
 * secrecy and the child-protection contribution (the entry of child protection), the social-action standing (the
 * entry of social action), the sender's secrecy under an abuse report (a reason only, never the outcome).
 *
 * <h2>The general regime</h2>
 * <ol>
 *   <li>The sender and every recipient are professionals of a category of the closed list of CSP R1110-2
 *       ({@link RegulatoryCategory#isOnClosedList()}); anyone else (a relative, the person, a professional off
 *       the list) means DENY.</li>
 *   <li>They are current members of the network on the flow's date, and there is at least one recipient.</li>
 *   <li>The purpose is care coordination, prevention or social follow-up, and every category carried lies
 *       within the {@link Professional#missionCategories() missions} of the sender <em>and</em> of each
 *       recipient (CSP R1110-1); a mission not recorded leaves the step open.</li>
 *   <li>No objection by P or a representative blocks the flow (DENY, even in an urgency). Whoever step 9 names
 *       must have been told of the right to object; for steps 5 and 6, what is missing is owed.</li>
 *   <li>An {@link FlowMode#EXCHANGE}: the nature of the information is owed; between a health professional and
 *       a professional who is not one (R1110-3 I), the recipients' identity and category too.</li>
 *   <li>A {@link FlowMode#SHARING} inside a care team (CSP L1110-12; see below): the nature of the information
 *       is owed (R1110-3 II).</li>
 *   <li>A sharing outside a care team: consent in force on the flow's date is needed from whoever step 9
 *       names, covering every category carried and every recipient's regulatory category, and recording the
 *       media and the security measures the person was told of (D1110-3-1); a consent lacking one of them
 *       does not count. A withdrawn consent overlapping the categories, with none in force, means DENY;
 *       otherwise a missing consent means {@link SharingOutcome#REQUIRE_CONSENT}. The right to object is not
 *       owed here: consent governs.</li>
 *   <li>An urgency ({@link NotInformedReason#URGENCY}) waives what is owed under steps 4 to 6, with a reason to
 *       inform P as soon as their state allows; never a consent nor an objection already made. The child's
 *       interest is not a ground of this regime.</li>
 *   <li>Who is informed and consents: P, and every recorded legal representative of P (the holders of
 *       parental authority each, a guardian, a curator, ...), as the agreement to the network is; for a
 *       {@link LifeStage#YOUNG_CHILD young child}, the representatives only (the child when none is
 *       recorded). Information owed and consent are owed to each of them; a consent by one does not stand for
 *       another's.</li>
 * </ol>
 * Anything owed and not waived gives {@link SharingOutcome#ALLOW_AFTER_INFORMING}, addressed to whoever is
 * owed something; otherwise ALLOW.
 *
 * <p><b>Care team reading</b> (step 6). The {@link FrenchStanding#careTeam() care-team basis} is read on the
 * sender and on every recipient; the flow is inside a care team when all of them record the same basis and
 * its condition holds: {@link CareTeamBasis#SAME_ESTABLISHMENT} or {@link CareTeamBasis#LISTED_STRUCTURE}
 * (also citing CSP D1110-3-4) with one and the same institution ({@link Network#institutionOf}) for all;
 * {@link CareTeamBasis#RECOGNISED_BY_PERSON} for all; {@link CareTeamBasis#FORMALISED_GROUP} for all, the
 * group counting at least one health professional current on the flow's date (the model records one such
 * group per network; a health professional of it is one recorded as such). A party recorded in no care team
 * ({@link CareTeamBasis#NONE}), or two different bases, means outside a care team; otherwise a party whose basis
 * is not recorded leaves step 6 open.
 *
 * <p>When P is not the focal person, P is taken as an adult without a recorded representative or measure,
 * since the model records those for the focal person only.
 *
 * <p><b>Structure</b>. France is the ordered list of its regimes, one class each, as the text names them:
 * {@link ReportRegime} (<i>reports the law requires or permits</i>), {@link ChildProtectionRegime}
 * (<i>child protection</i>), {@link SocialActionRegime} (<i>social action</i>) and {@link SharedSecrecyRegime}
 * (<i>the general regime of shared secrecy</i>), whose nine steps are the methods {@code step1ClosedList} to
 * {@code step9WhoIsInformedAndConsents}, in the order of the text. Each regime says why it applies or not and
 * decides over a {@link FrenchFlowView}, where what several steps need (step 9's addressees, the care team of
 * step 6) is computed before the steps. What every jurisdiction shares is in {@code org.maillage.core.sharing}:
 * the {@link SharingRecord record}, the view, necessity, who is owed information, the collector of grounds
 * ({@link Grounds}: quiet, keeping nothing, for {@link #outcomes}; explained for {@link #decide}) and the one
 * path of a decision ({@link Deliberation}). The steps that can settle a flow, with their keys and requirements,
 * are {@link FrenchStep}.
 *
 * <p>This class is immutable and thread-safe; decisions are deterministic (the same network and flow give
 * equal decisions). A decision takes time linear in the flow's parties and categories and in the informations
 * recorded for the flow, times the logarithm of what its addressees recorded; what does not depend on the flow
 * (the informations for flows in general, the formalised care group, the objections and consents of each
 * addressee, the person's measures) is summarised once per {@link SharingRecord}, so deciding many flows of
 * one network against one record adds no reading of the whole record per flow (for consents, one test per
 * distinct scope of the addressee's consents; see {@link SharingRecord}). Logging is at DEBUG and TRACE, with ids only.
 */
public final class FrenchSharingPolicy implements QuietSharingPolicy {
  private static final PolicyMessages MESSAGES = PolicyMessages.of("org.maillage.core.sharing.fr.Messages",
      Jurisdiction.FRANCE, "FrenchSharingPolicy");
  private static final Logger LOG = LoggerFactory.getLogger(FrenchSharingPolicy.class);
  private static final FrenchSharingPolicy INSTANCE = new FrenchSharingPolicy();

  /** France, DOMAIN.md §4, step 0: the regimes in the order they are tried; the last applies to every flow. */
  private static final List<PolicyRegime<FrenchFlowView>> REGIMES = List.of(ReportRegime.INSTANCE,
      ChildProtectionRegime.INSTANCE, SocialActionRegime.INSTANCE, SharedSecrecyRegime.INSTANCE);

  private FrenchSharingPolicy() {}

  /**
   * Returns the French policy.
   *
   * @return the one instance
   */
  public static FrenchSharingPolicy instance() {
    return INSTANCE;
  }

  /**
   * Returns {@link Jurisdiction#FRANCE}.
   *
   * @return France
   */
  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.FRANCE;
  }

  /**
   * Decides a flow against a record indexed once, to decide many flows of one network in linear time.
   *
   * @param record the network's indexed record
   * @param flow the flow, recorded or about to be made
   * @return the decision with its grounds
   * @throws IllegalArgumentException as {@link #decide(Network, InformationFlow)}
   */
  @Override
  public SharingDecision decide(SharingRecord record, InformationFlow flow) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(flow, "flow");
    return deliberation(record, Grounds.explained()).decideAndLog(flow, LOG);
  }

  /**
   * Decides a flow, sparing the work of its grounds when it is allowed outright: the validation rules use it
   * on every save, where most flows are allowed and their reasons would be thrown away. A flow allowed
   * outright (ALLOW, nobody to inform) gets a shared constant with the regime and no legal basis or reason;
   * any other flow gets the decision of {@link #decide(SharingRecord, InformationFlow)}, grounds included,
   * so that a finding can name its legal basis.
   *
   * @param record the network's indexed record
   * @param flow the flow
   * @return the shared "allowed" constant of the regime, or the explained decision
   * @throws IllegalArgumentException as {@link #decide(Network, InformationFlow)}
   */
  public SharingDecision outcome(SharingRecord record, InformationFlow flow) {
    return outcomes(record).of(flow);
  }

  /**
   * Returns a reader of quiet outcomes for the flows of one record: each answer is the one of
   * {@link #outcome(SharingRecord, InformationFlow)}, and the reader keeps its working lists from one flow to
   * the next, so that deciding the flows of a network allocates almost nothing for a flow allowed outright.
   * The validation rules make one per validation.
   *
   * <p>A reader is not thread-safe: use it from one thread, for the one record it was made for; the
   * decisions it returns are immutable values and stay valid after the next call.
   *
   * @param record the network's indexed record
   * @return a new reader
   */
  @Override
  public Outcomes outcomes(SharingRecord record) {
    return new Outcomes(deliberation(Objects.requireNonNull(record, "record"), Grounds.quiet()));
  }

  /**
   * Returns a reader of quiet outcomes for the flows of one network, indexing its record once: the same as
   * {@code outcomes(SharingRecord.of(network))}.
   *
   * @param network the network
   * @return a new reader
   */
  public Outcomes outcomes(Network network) {
    return outcomes(SharingRecord.of(network));
  }

  /**
   * Quiet outcomes of one record's flows, made one after the other with the same working lists (see
   * {@link FrenchSharingPolicy#outcomes(SharingRecord)}). Not thread-safe.
   */
  public static final class Outcomes implements FlowOutcomes {
    private final Deliberation<FrenchFlowView> deliberation;

    private Outcomes(Deliberation<FrenchFlowView> deliberation) {
      this.deliberation = deliberation;
    }

    /**
     * Decides a flow, sparing the grounds of a flow allowed outright, as
     * {@link FrenchSharingPolicy#outcome(SharingRecord, InformationFlow)}.
     *
     * @param flow a flow of the record's network, recorded or about to be made
     * @return the shared "allowed" constant of the regime, or the explained decision
     * @throws IllegalArgumentException as {@link FrenchSharingPolicy#decide(Network, InformationFlow)}
     */
    @Override
    public SharingDecision of(InformationFlow flow) {
      return deliberation.decide(Objects.requireNonNull(flow, "flow"));
    }

    /**
     * Returns a description naming the network only.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "FrenchSharingPolicy.Outcomes{network=" + deliberation.view().network().id() + "}";
    }
  }

  /**
   * Tells whether the reason recorded for not informing the person beforehand is one the decision's regime
   * accepts: the child's interest under the reports and child-protection regimes (CASF L226-2-1, L226-2-2);
   * an urgency under every regime but child protection and a concern about a child, whose texts name only the
   * child's interest.
   *
   * @param decision a decision of this policy for the flow
   * @param flow the flow
   * @return false when no reason is recorded
   */
  @Override
  public boolean acceptsNotInformedReason(SharingDecision decision, InformationFlow flow) {
    if (flow.notInformedReason().isEmpty()) {
      return false;
    }
    boolean childText = decision.regime() == FrenchRegime.CHILD_PROTECTION
        || decision.regime() == FrenchRegime.REPORT && flow.report().orElse(null) == ReportKind.CHILD_CONCERN;
    return switch (flow.notInformedReason().get()) {
      case URGENCY -> !childText;
      case AGAINST_CHILD_INTEREST -> decision.regime() == FrenchRegime.REPORT
          || decision.regime() == FrenchRegime.CHILD_PROTECTION;
    };
  }

  /**
   * Renders one reason of a decision of this policy.
   *
   * @param reason a reason of a French decision
   * @param locale the reader's locale; French for {@code fr}, Dutch for {@code nl}, else English
   * @return the text, every argument filled
   * @throws IllegalArgumentException if the reason's key is not one of this policy's
   */
  @Override
  public String render(Message reason, Locale locale) {
    return MESSAGES.render(reason, locale);
  }

  /**
   * Explains a decision of this policy, one line each: the outcome, the regime, the legal basis, whom to
   * inform or ask (when anyone), for an incomplete decision each fact to record with what each way of recording
   * it would give, then every reason in order, each on its own line starting with "- ".
   *
   * @param decision a French decision
   * @param locale the reader's locale
   * @return the lines joined by {@code '\n'}
   * @throws IllegalArgumentException if the decision is not French or holds a reason of another policy
   */
  public String explain(SharingDecision decision, Locale locale) {
    return MESSAGES.explain(decision, locale);
  }

  /** Returns the jurisdiction, for example {@code FrenchSharingPolicy[FRANCE]}. */
  @Override
  public String toString() {
    return "FrenchSharingPolicy[FRANCE]";
  }

  /** The regimes of step 0, in the order they are tried. */
  static List<PolicyRegime<FrenchFlowView>> regimes() {
    return REGIMES;
  }

  private static Deliberation<FrenchFlowView> deliberation(SharingRecord record, Grounds grounds) {
    return Deliberation.of(REGIMES, new FrenchFlowView(record), grounds, g -> deliberation(record, g));
  }
}
