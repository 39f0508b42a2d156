package org.maillage.core.sharing;

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
   * Returns a reader of quiet outcomes for the flows of a record already indexed, such as the one the sharing
   * rules share within a validation.
   *
   * @param record the network's record
   * @return a new reader, for one thread
   */
  FlowOutcomes outcomes(SharingRecord record);
}
