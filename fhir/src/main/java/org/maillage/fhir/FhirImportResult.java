package org.maillage.fhir;

import com.google.common.collect.ImmutableList;
import org.maillage.network.Network;

/**
 * What an import gives (<i>résultat d'import</i>): the network, and every element of the bundle the model could
 * not hold or had to default, by path; nothing is dropped without being listed here.
 *
 * <p>This class is immutable and thread-safe, with value equality; {@link #toString()} prints no personal data.
 *
 * @since 0.1
 */
public final class FhirImportResult {
  private final Network network;
  private final ImmutableList<FhirIssue> unmapped;

  FhirImportResult(Network network, ImmutableList<FhirIssue> unmapped) {
    this.network = network;
    this.unmapped = unmapped;
  }

  /**
   * Returns the network read.
   *
   * @return the network
   * @since 0.1
   */
  public Network network() {
    return network;
  }

  /**
   * Returns what could not be mapped, or was defaulted, each with its path.
   *
   * @return the issues, in document order, possibly empty
   * @since 0.1
   */
  public ImmutableList<FhirIssue> unmapped() {
    return unmapped;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FhirImportResult other && network.equals(other.network) && unmapped.equals(other.unmapped);
  }

  @Override
  public int hashCode() {
    return network.hashCode() * 31 + unmapped.hashCode();
  }

  @Override
  public String toString() {
    return "FhirImportResult{network=" + network.id() + ", " + unmapped.size() + " unmapped}";
  }
}
