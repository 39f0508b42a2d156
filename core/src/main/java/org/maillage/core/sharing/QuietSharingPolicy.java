package org.maillage.core.sharing;

import java.util.Objects;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;

/**
 * A sharing policy of the engine that can read a network's flows quietly (<i>politique à lecture
 * sobre</i>): it indexes the network's record once, keeps its working state from one flow to the next, and
 * spares the grounds of a flow allowed outright, which the validation rules would throw away.
 *
 * <p>Implementations are immutable and thread-safe; the readers they return are not.
 */
public interface QuietSharingPolicy extends SharingPolicy {

  /**
   * Decides a flow, indexing the network's record for this one call: {@code decide(SharingRecord.of(network),
   * flow)}.
   *
   * @param network the network of the person the flow is about
   * @param flow the flow, recorded or about to be made
   * @return the decision with its grounds
   * @throws IllegalArgumentException if the sender or a recipient is not an individual of the network, or the
   *     person the flow is about is neither an individual of the network nor a representative of its focal person
   */
  @Override
  default SharingDecision decide(Network network, InformationFlow flow) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(flow, "flow");
    return decide(SharingRecord.of(network), flow);
  }

  /**
   * Decides a flow against a record indexed once, to decide many flows of one network in linear time.
   *
   * @param record the network's indexed record
   * @param flow the flow, recorded or about to be made
   * @return the decision with its grounds
   * @throws IllegalArgumentException as {@link #decide(Network, InformationFlow)}
   */
  SharingDecision decide(SharingRecord record, InformationFlow flow);

  /**
   * Returns a reader of quiet outcomes for the flows of a record already indexed, such as the one the sharing
   * rules share within a validation.
   *
   * @param record the network's record
   * @return a new reader, for one thread
   */
  FlowOutcomes outcomes(SharingRecord record);
}
