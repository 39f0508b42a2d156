package org.maillage.core.sharing.be;

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
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.BelgianRegime;
import org.maillage.sharing.be.BelgianSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Belgian information-sharing decision of DOMAIN.md §4 "Belgium" (<i>décision de partage, droit belge;
 * beslissing over informatiedeling, Belgisch recht</i>): may A pass these categories of information about P to B,
 * for this purpose, on this day? An ALLOW is "A may", never an obligation (unless a text of regime 1 obliges and
 * the record says so), and A's choice to keep silent is never a finding. The person's consent alone never lifts
 * the secret: it matters only inside a regime that asks for it.
 *
 * <p>The procedure answers from what the record shows as of the flow's date, as the French one does (informed,
 * agreed, refused and objected as recorded on or before the flow's date; a person present is informed of what is
 * passed); a flow carrying more than its purpose strictly needs is DENY under every regime.
 *
 * <h2>Step 0: the first regime that applies, in this order</h2>
 * <ol>
 *   <li>{@link BelgianRegime#TESTIMONY_OR_TEXT} (art. 458): {@link TestimonyOrTextRegime}, steps
 *       {@code testimony} and {@code textAllowsOrObliges}.</li>
 *   <li>{@link BelgianRegime#PROSECUTOR_REPORT} (art. 458bis): {@link ProsecutorReportRegime}, steps
 *       {@code lawyer} and {@code allowed}.</li>
 *   <li>{@link BelgianRegime#CASE_CONSULTATION} (art. 458ter): {@link CaseConsultationRegime}, steps
 *       {@code heardPassedOn} and {@code asTheInstrumentSays}.</li>
 *   <li>{@link BelgianRegime#STATE_OF_NECESSITY} (case law, art. 422bis): {@link StateOfNecessityRegime}, step
 *       {@code allowedOnOwnAssessment}.</li>
 *   <li>{@link BelgianRegime#YOUTH_AID}: {@link YouthAidRegime}, the FWB variant ({@code fwbBothBoundBySecrecy},
 *       {@code fwbNecessaryAndIndispensable}, {@code fwbInPersonsInterest}, {@code fwbInformedBeforehand}) and the
 *       Flemish one ({@code flandersWithinOneTeam}, {@code flandersTowardsMagistrate}, {@code flandersInInterest},
 *       {@code flandersAgreementSought}).</li>
 *   <li>{@link BelgianRegime#SHARED_SECRECY} (doctrine and codes): {@link SharedProfessionalSecrecyRegime}, steps
 *       {@code noRefusal}, {@code explicitAgreement}, {@code informedAndNotObjecting},
 *       {@code consentAloneTowardsNotBound}.</li>
 *   <li>{@link BelgianRegime#NO_JUSTIFICATION} (art. 458): {@link NoJustificationRegime}, DENY with the regimes
 *       that almost applied and the suggestion that the person pass the information themselves.</li>
 * </ol>
 *
 * <p><b>Readings</b> (DOMAIN.md §4, normative). A regime of cumulative conditions (2, 3, 4, 6) does not apply when
 * one condition is recorded as failed, and the next regime is tried; an objection or refusal under regime 6 is DENY
 * under regime 6; regime 5 applies by its "when", so its failed conditions are DENY under regime 5, and actors of
 * another community fall to regime 6. A regime whose entry is a record of its own (a text, testimony, a report, a
 * consultation, an assessment of danger) does not apply without it. A fact not recorded makes the decision
 * {@link SharingOutcome#INCOMPLETE}, naming it with the answer for each way of recording it, through the engine
 * every jurisdiction shares ({@link Deliberation}); a fact whose every recording gives the same answer leaves
 * nothing open.
 *
 * <p><b>Settings</b> ({@link BelgianSettings}): the agreement model of regime 6 (explicit by default), whether a
 * refusal blocks under art. 74 of the Flemish decree (yes by default), whether consent alone lets A tell someone
 * not bound by secrecy (no by default).
 *
 * <p>This class is immutable and thread-safe; decisions are deterministic. A decision takes time linear in the
 * flow's parties and categories and in what its addressees recorded; the Belgian facts of the network are indexed
 * once per reader. Logging is at DEBUG, with ids only.
 *
 * @since 0.2
 */
public final class BelgianSharingPolicy implements QuietSharingPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(BelgianSharingPolicy.class);
  private static final PolicyMessages MESSAGES = PolicyMessages.of("org.maillage.core.sharing.be.Messages",
      Jurisdiction.BELGIUM, "BelgianSharingPolicy");
  private static final BelgianSharingPolicy DEFAULT = new BelgianSharingPolicy(BelgianSettings.defaults());

  /** Belgium, DOMAIN.md §4, step 0: the regimes in the order they are tried; the last applies to every flow. */
  private static final List<PolicyRegime<BelgianFlowView>> REGIMES = List.of(TestimonyOrTextRegime.INSTANCE,
      ProsecutorReportRegime.INSTANCE, CaseConsultationRegime.INSTANCE, StateOfNecessityRegime.INSTANCE,
      YouthAidRegime.INSTANCE, SharedProfessionalSecrecyRegime.INSTANCE, NoJustificationRegime.INSTANCE);

  private final BelgianSettings settings;

  private BelgianSharingPolicy(BelgianSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns the Belgian policy with the default settings.
   *
   * @return the policy
   */
  public static BelgianSharingPolicy instance() {
    return DEFAULT;
  }

  /**
   * Returns the Belgian policy with settings.
   *
   * @param settings the settings
   * @return the policy
   */
  public static BelgianSharingPolicy of(BelgianSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return settings.equals(DEFAULT.settings) ? DEFAULT : new BelgianSharingPolicy(settings);
  }

  /**
   * Returns the policy's settings.
   *
   * @return the settings
   */
  public BelgianSettings settings() {
    return settings;
  }

  /**
   * Returns {@link Jurisdiction#BELGIUM}.
   *
   * @return Belgium
   */
  @Override
  public Jurisdiction jurisdiction() {
    return Jurisdiction.BELGIUM;
  }

  /**
   * Decides a flow against a record indexed once.
   *
   * @param record the network's indexed record
   * @param flow the flow
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
   * Returns a reader of quiet outcomes for the flows of one record, as the validation rules use it. Not
   * thread-safe: one reader per thread.
   *
   * @param record the network's indexed record
   * @return a new reader
   */
  @Override
  public FlowOutcomes outcomes(SharingRecord record) {
    Deliberation<BelgianFlowView> deliberation = deliberation(Objects.requireNonNull(record, "record"),
        Grounds.quiet());
    return flow -> deliberation.decide(Objects.requireNonNull(flow, "flow"));
  }

  /**
   * Tells whether the reason recorded for not informing the person is one the decision's regime accepts: Belgian
   * sharing texts have no "against the child's interest" exception; only the report to the prosecutor and the state
   * of necessity dispense with informing, whatever the reason.
   *
   * @param decision a decision of this policy for the flow
   * @param flow the flow
   * @return false when no reason is recorded
   */
  @Override
  public boolean acceptsNotInformedReason(SharingDecision decision, InformationFlow flow) {
    return flow.notInformedReason().isPresent() && (decision.regime() == BelgianRegime.PROSECUTOR_REPORT
        || decision.regime() == BelgianRegime.STATE_OF_NECESSITY);
  }

  /**
   * Renders one reason of a decision of this policy.
   *
   * @param reason a reason of a Belgian decision
   * @param locale the reader's locale; French for {@code fr}, Dutch for {@code nl}, else English
   * @return the text, every argument filled
   * @throws IllegalArgumentException if the reason's key is not one of this policy's
   */
  @Override
  public String render(Message reason, Locale locale) {
    return MESSAGES.render(reason, locale);
  }

  /**
   * Explains a decision of this policy, one line each: the outcome, the regime, the legal basis, whom to inform or
   * ask, the facts to record with each answer, then every reason on a line starting with "- ".
   *
   * @param decision a Belgian decision
   * @param locale the reader's locale
   * @return the lines joined by {@code '\n'}
   * @throws IllegalArgumentException if the decision is not Belgian or holds a reason of another policy
   */
  public String explain(SharingDecision decision, Locale locale) {
    return MESSAGES.explain(decision, locale);
  }

  /** Returns the jurisdiction and the settings, for example {@code BelgianSharingPolicy[BELGIUM, EXPLICIT, ...]}. */
  @Override
  public String toString() {
    return "BelgianSharingPolicy[BELGIUM, agreement " + settings.agreementModel() + ", refusal blocks "
        + settings.refusalBlocksYouthCare() + ", consent lets tell not bound " + settings.consentLetsTellNotBound()
        + "]";
  }

  /** The regimes of step 0, in the order they are tried. */
  static List<PolicyRegime<BelgianFlowView>> regimes() {
    return REGIMES;
  }

  private Deliberation<BelgianFlowView> deliberation(SharingRecord record, Grounds grounds) {
    return Deliberation.of(REGIMES, new BelgianFlowView(record, settings), grounds, g -> deliberation(record, g));
  }
}
