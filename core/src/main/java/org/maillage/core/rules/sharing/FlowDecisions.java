package org.maillage.core.rules.sharing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maillage.core.sharing.FlowOutcomes;
import org.maillage.core.sharing.SharingRecord;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;

/**
 * The decisions of one network's recorded flows within one validation (<i>décisions de la validation</i>): each
 * flow decided at most once, by the first sharing rule that asks, and read again by the others. Four rules of
 * the family read the decision of the same flow ({@code SHARE-DECISION}, {@code SHARE-RECORD-INCOMPLETE}, and
 * {@code SHARE-WITHIN-SECRECY} and {@code SHARE-WITH-NOT-ABOUT} for some flows); deciding it once per
 * validation instead of once per rule is what keeps the family's cost one decision per flow.
 *
 * <p>Shared through {@code RuleContext.derived}, whose values other rules read: the memo belongs to the thread
 * that made it (the one running the validation, as the engine does), and a rule asking from another thread gets
 * the decision made afresh by a reader of its own, never the memo's working state; the decisions are immutable
 * values. They are those of the policy asked first; asked under another policy (which one validation never
 * does: its jurisdiction and settings are fixed), the memo starts again for that policy.
 *
 * <p>It also keeps which flows the family's rules judge ({@link #isJudged}): three rules ask it of every flow, and
 * the answer looks the sender up among the network's members.
 */
final class FlowDecisions {
  private final Network network;
  private final List<InformationFlow> flows;
  private final Thread owner = Thread.currentThread();
  private @Nullable SharingPolicy policy;
  private @Nullable FlowOutcomes reader;
  private @Nullable SharingDecision[] decided;
  /** Whether each flow is judged as of {@link #judgedOn}: 0 not yet read, 1 judged, 2 not judged. */
  private byte[] judged;
  private @Nullable LocalDate judgedOn;

  /**
   * Makes the empty memo of a network's flows.
   *
   * @param network the network under validation
   */
  FlowDecisions(Network network) {
    this.network = network;
    this.flows = network.flows();
    this.decided = new SharingDecision[0];
    this.judged = new byte[0];
  }

  /**
   * Tells whether the sharing rules judge the network's flow at a position as of a date, as
   * {@link SharingRules#isJudgedProfessionalFlow} says, read once per flow and date.
   *
   * @param position the flow's position in {@link Network#flows()}
   * @param date the validation date
   * @return true if the flow is judged
   */
  boolean isJudged(int position, LocalDate date) {
    if (Thread.currentThread() != owner) {
      return SharingRules.isJudgedProfessionalFlow(network, flows.get(position), date);
    }
    if (!date.equals(judgedOn)) {
      judgedOn = date;
      judged = new byte[flows.size()];
    }
    byte known = judged[position];
    if (known == 0) {
      known = SharingRules.isJudgedProfessionalFlow(network, flows.get(position), date) ? (byte) 1 : (byte) 2;
      judged[position] = known;
    }
    return known == 1;
  }

  /**
   * Returns the decision of the network's flow at a position, made once under the policy.
   *
   * @param policy the policy of the network's jurisdiction
   * @param record the network's sharing record, shared by the validation
   * @param position the flow's position in {@link Network#flows()}
   * @return its decision, as {@link FlowOutcomes#of} gives it
   */
  SharingDecision of(SharingPolicy policy, SharingRecord record, int position) {
    if (Thread.currentThread() != owner) {
      return FlowOutcomes.of(policy, record).of(flows.get(position));
    }
    FlowOutcomes outcomes = reader;
    if (outcomes == null || policy != this.policy) {
      outcomes = FlowOutcomes.of(policy, record);
      this.policy = policy;
      this.reader = outcomes;
      this.decided = new SharingDecision[flows.size()];
    }
    @Nullable SharingDecision decision = decided[position];
    if (decision == null) {
      decision = outcomes.of(flows.get(position));
      decided[position] = decision;
    }
    return decision;
  }
}
