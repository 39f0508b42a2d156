package org.maillage.network;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.Period;

/**
 * What a network itself rests on (<i>fondement du réseau</i>): the person's agreement, a court order or an
 * administrative decision, with its reference and, where recorded, the period it is in force (an order for a
 * time, a decision renewed or not).
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
   * Returns the period the basis is in force (<i>durée de validité</i>): a court order or an administrative
   * decision is given for a time.
   *
   * @return the period, or empty when not recorded (then taken as in force, as before 0.2)
   * @since 0.2
   */
  public abstract Optional<Period> period();

  /**
   * Tells whether the basis is in force on a date: its period contains the date, or no period is recorded.
   *
   * @param date the day judged
   * @return false only for a recorded period that does not contain the date (expired, or not begun)
   * @since 0.2
   */
  public final boolean isInForceOn(LocalDate date) {
    return period().map(p -> p.contains(date)).orElse(true);
  }

  /**
   * Returns this basis in force for a period.
   *
   * @param inForce the period the order or decision is in force
   * @return a copy with that period
   * @since 0.2
   */
  public final NetworkBasis inForce(Period inForce) {
    return ImmutableNetworkBasis.builder().from(this).period(inForce).build();
  }

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
