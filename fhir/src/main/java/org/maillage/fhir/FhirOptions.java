package org.maillage.fhir;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.maillage.person.Person;

/**
 * How a network is exported to FHIR (<i>options d'export FHIR</i>): what to do when a profile requires what the
 * record lacks, what to do with a network that has no focal person, which identifiers the focal person's Patient
 * carries, and the placeholders declared for {@link MissingDataPolicy#PLACEHOLDER}.
 *
 * <pre>{@code
 * FhirOptions options = FhirOptions.builder()
 *     .missingData(MissingDataPolicy.PLACEHOLDER)
 *     .patientIdentifiers(person -> List.of(FhirIdentifier.of("urn:oid:1.2.250.1.213.1.4.8", ins(person))))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the identifier function is.
 *
 * @since 0.1
 */
public final class FhirOptions {
  /** The family name written by default under {@link MissingDataPolicy#PLACEHOLDER}. */
  public static final String DEFAULT_PLACEHOLDER_FAMILY = "NON-RENSEIGNE";
  /** The telecom value written by default under {@link MissingDataPolicy#PLACEHOLDER} (system {@code other}). */
  public static final String DEFAULT_PLACEHOLDER_TELECOM = "non-renseigne";

  private static final FhirOptions DEFAULTS = builder().build();

  private final MissingDataPolicy missingData;
  private final NoFocalPersonPolicy noFocalPerson;
  private final Function<Person, List<FhirIdentifier>> patientIdentifiers;
  private final String placeholderFamily;
  private final String placeholderTelecom;

  private FhirOptions(Builder b) {
    this.missingData = b.missingData;
    this.noFocalPerson = b.noFocalPerson;
    this.patientIdentifiers = b.patientIdentifiers;
    this.placeholderFamily = b.placeholderFamily;
    this.placeholderTelecom = b.placeholderTelecom;
  }

  /**
   * Returns the defaults: fail on missing data, a plain care team without a focal person, no identifier
   * supplied.
   *
   * @return the default options
   * @since 0.1
   */
  public static FhirOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder holding the defaults.
   *
   * @return the builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what the export does when a profile requires what the record lacks.
   *
   * @return the policy; {@link MissingDataPolicy#FAIL} by default
   * @since 0.1
   */
  public MissingDataPolicy missingData() {
    return missingData;
  }

  /**
   * Returns what the export does with a network that has no focal person.
   *
   * @return the policy; {@link NoFocalPersonPolicy#PLAIN_CARE_TEAM} by default
   * @since 0.1
   */
  public NoFocalPersonPolicy noFocalPerson() {
    return noFocalPerson;
  }

  /**
   * Returns the identifiers of a focal person, as the caller supplies them (the INS, a local file number).
   *
   * @param person the focal person
   * @return the identifiers, possibly empty
   * @since 0.1
   */
  public ImmutableList<FhirIdentifier> patientIdentifiers(Person person) {
    return ImmutableList.copyOf(patientIdentifiers.apply(person));
  }

  /**
   * Returns the family name written for a related person whose record has none, under
   * {@link MissingDataPolicy#PLACEHOLDER}.
   *
   * @return the placeholder
   * @since 0.1
   */
  public String placeholderFamily() {
    return placeholderFamily;
  }

  /**
   * Returns the telecom value (system {@code other}) written for a related person, under
   * {@link MissingDataPolicy#PLACEHOLDER}.
   *
   * @return the placeholder
   * @since 0.1
   */
  public String placeholderTelecom() {
    return placeholderTelecom;
  }

  @Override
  public String toString() {
    return "FhirOptions{missingData=" + missingData + ", noFocalPerson=" + noFocalPerson + "}";
  }

  /** Builds {@link FhirOptions}; not thread-safe. */
  public static final class Builder {
    private MissingDataPolicy missingData = MissingDataPolicy.FAIL;
    private NoFocalPersonPolicy noFocalPerson = NoFocalPersonPolicy.PLAIN_CARE_TEAM;
    private Function<Person, List<FhirIdentifier>> patientIdentifiers = p -> List.of();
    private String placeholderFamily = DEFAULT_PLACEHOLDER_FAMILY;
    private String placeholderTelecom = DEFAULT_PLACEHOLDER_TELECOM;

    private Builder() {}

    /**
     * Sets what the export does when a profile requires what the record lacks.
     *
     * @param policy the policy
     * @return this builder
     * @since 0.1
     */
    public Builder missingData(MissingDataPolicy policy) {
      this.missingData = Objects.requireNonNull(policy, "FhirOptions.missingData");
      return this;
    }

    /**
     * Sets what the export does with a network that has no focal person.
     *
     * @param policy the policy
     * @return this builder
     * @since 0.1
     */
    public Builder noFocalPerson(NoFocalPersonPolicy policy) {
      this.noFocalPerson = Objects.requireNonNull(policy, "FhirOptions.noFocalPerson");
      return this;
    }

    /**
     * Sets the function that gives the focal person's identifiers; it must be thread-safe and must not return
     * null. A pseudonymised export never calls it.
     *
     * @param identifiers the function
     * @return this builder
     * @since 0.1
     */
    public Builder patientIdentifiers(Function<Person, List<FhirIdentifier>> identifiers) {
      this.patientIdentifiers = Objects.requireNonNull(identifiers, "FhirOptions.patientIdentifiers");
      return this;
    }

    /**
     * Declares the family name written under {@link MissingDataPolicy#PLACEHOLDER}.
     *
     * @param family a non-blank text that no real name holds
     * @return this builder
     * @throws IllegalArgumentException if blank
     * @since 0.1
     */
    public Builder placeholderFamily(String family) {
      this.placeholderFamily = nonBlank(family, "placeholderFamily");
      return this;
    }

    /**
     * Declares the telecom value written under {@link MissingDataPolicy#PLACEHOLDER}.
     *
     * @param telecom a non-blank text that no real telecom holds
     * @return this builder
     * @throws IllegalArgumentException if blank
     * @since 0.1
     */
    public Builder placeholderTelecom(String telecom) {
      this.placeholderTelecom = nonBlank(telecom, "placeholderTelecom");
      return this;
    }

    private static String nonBlank(String s, String name) {
      Objects.requireNonNull(s, "FhirOptions." + name);
      if (s.isBlank() || !s.strip().equals(s)) {
        throw new IllegalArgumentException("FhirOptions." + name + ": is blank or has surrounding spaces; give a "
            + "visible text");
      }
      return s;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @since 0.1
     */
    public FhirOptions build() {
      return new FhirOptions(this);
    }
  }
}
