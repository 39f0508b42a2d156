package org.maillage.formats.pseudonym;

import java.time.LocalDate;
import java.util.Objects;
import org.maillage.network.Network;

/**
 * The result of the pseudonymising transform (<i>réseau pseudonymisé</i>): the network, the date to validate
 * it as of (the caller's date, treated as the network's dates were), and how many pseudonym collisions were met
 * and resolved.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param network the pseudonymised network
 * @param asOf the caller's date with the network's date treatment applied: shifted by the network's offset,
 *     coarsened to its month, or kept
 * @param collisionsResolved the number of times a pseudonym was already given to another id of the same kind
 *     and a new one was drawn; 0 in practice (the chance is about n²/2<sup>101</sup> for n ids)
 * @since 0.1
 */
public record Pseudonymised(Network network, LocalDate asOf, int collisionsResolved) {

  /**
   * Checks the parts.
   *
   * @param network the network
   * @param asOf the treated date
   * @param collisionsResolved the collisions resolved
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code collisionsResolved} is negative
   */
  public Pseudonymised {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(asOf, "asOf");
    if (collisionsResolved < 0) {
      throw new IllegalArgumentException("collisionsResolved is " + collisionsResolved + "; it counts, so 0 or more");
    }
  }
}
