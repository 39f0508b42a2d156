package org.maillage.network;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A shared ethics charter of the network (<i>charte déontologique commune</i>), which says how members
 * communicate about the person.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EthicsCharter {
  EthicsCharter() {}

  /**
   * Returns the day it was adopted.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate adopted();

  /**
   * Tells whether it covers communication between members and with the person.
   *
   * @return true if it covers communication
   */
  @Value.Parameter
  public abstract boolean coversCommunication();

  /**
   * Obtains a charter.
   *
   * @param adopted the day it was adopted
   * @param coversCommunication whether it covers communication
   * @return the charter
   */
  public static EthicsCharter of(LocalDate adopted, boolean coversCommunication) {
    return ImmutableEthicsCharter.of(adopted, coversCommunication);
  }
}
