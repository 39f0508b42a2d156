package org.maillage.network;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * What a network itself rests on (<i>fondement du réseau</i>): the person's agreement, a court order or an
 * administrative decision, with its reference.
 *
 * <p>It is the network's recorded basis, not one member's mandate.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class NetworkBasis {
  NetworkBasis() {}

  /**
   * Returns the kind of basis.
   *
   * @return the kind
   */
  public abstract BasisKind kind();

  /**
   * Returns the reference of the order or decision.
   *
   * @return the reference, or empty
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract Optional<String> reference();

  /**
   * Obtains a basis.
   *
   * @param kind the kind
   * @param reference the reference of the order or decision
   * @return the basis
   */
  public static NetworkBasis of(BasisKind kind, String reference) {
    return ImmutableNetworkBasis.builder().kind(kind).reference(reference).build();
  }

  /**
   * Obtains a basis resting on the person's agreement.
   *
   * @return the basis
   */
  public static NetworkBasis agreement() {
    return ImmutableNetworkBasis.builder().kind(BasisKind.AGREEMENT).build();
  }
}
