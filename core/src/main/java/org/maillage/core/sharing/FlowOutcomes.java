package org.maillage.core.sharing;

import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;

/**
 * The outcomes of one network's flows under one policy, flow after flow (<i>issues des transmissions</i>): what
 * the sharing rules read. A flow allowed outright may get a decision without its grounds (no reason, no legal
 * basis, no report basis); any other flow gets the explained decision, so that a finding can name its basis
 * and its deciding step.
 *
 * <p>A reader is not thread-safe: use it from one thread, for the one network it was made for; the decisions
 * it returns are immutable values and stay valid after the next call.
 */
public interface FlowOutcomes {

  /**
   * Decides a flow of the reader's network.
   *
   * @param flow a flow of the network, recorded or about to be made
   * @return the decision; without its grounds only when the flow is allowed outright
   * @throws IllegalArgumentException if the flow's sender or a recipient is not an individual of the network
   */
  SharingDecision of(InformationFlow flow);

  /**
   * Returns a reader of a record's flows under a policy: the policy's quiet reader over that record when it has
   * one ({@link QuietSharingPolicy}), so that the record indexed once serves every rule of a validation; else
   * one that asks {@link SharingPolicy#decide} for each flow.
   *
   * @param policy the policy of the network's jurisdiction
   * @param record the network's record
   * @return a new reader
   */
  static FlowOutcomes of(SharingPolicy policy, SharingRecord record) {
    if (policy instanceof QuietSharingPolicy quiet) {
      return quiet.outcomes(record);
    }
    Network network = record.network();
    return flow -> policy.decide(network, flow);
  }
}
