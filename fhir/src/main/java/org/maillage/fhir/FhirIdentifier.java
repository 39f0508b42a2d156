package org.maillage.fhir;

import java.util.Objects;

/**
 * A FHIR identifier a caller supplies for the focal person (<i>identifiant</i>), such as the INS.
 *
 * <p>Its value is personal: it is never printed by {@link #toString()}. This class is immutable and
 * thread-safe, with value equality.
 *
 * @since 0.1
 */
public final class FhirIdentifier {
  private final String system;
  private final String value;

  private FhirIdentifier(String system, String value) {
    this.system = system;
    this.value = value;
  }

  /**
   * Obtains an identifier.
   *
   * @param system the namespace, a URI such as {@code urn:oid:1.2.250.1.213.1.4.8} (INS-NIR)
   * @param value the value in that namespace
   * @return the identifier
   * @throws IllegalArgumentException if the system or the value is blank
   * @since 0.1
   */
  public static FhirIdentifier of(String system, String value) {
    Objects.requireNonNull(system, "FhirIdentifier.system");
    Objects.requireNonNull(value, "FhirIdentifier.value");
    if (system.isBlank() || value.isBlank()) {
      throw new IllegalArgumentException("FhirIdentifier: the system or the value is blank; give both");
    }
    return new FhirIdentifier(system, value);
  }

  /**
   * Returns the namespace of the identifier.
   *
   * @return the system URI
   * @since 0.1
   */
  public String system() {
    return system;
  }

  /**
   * Returns the value of the identifier.
   *
   * @return the value; personal
   * @since 0.1
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FhirIdentifier other && system.equals(other.system) && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return 31 * system.hashCode() + value.hashCode();
  }

  @Override
  public String toString() {
    return "FhirIdentifier{system=" + system + "}";
  }
}
