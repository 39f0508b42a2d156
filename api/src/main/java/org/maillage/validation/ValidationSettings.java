package org.maillage.validation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.sharing.Jurisdiction;

/**
 * What a validation is judged against (<i>paramètres de validation</i>): the date as of which time-based
 * rules are judged, every threshold of DOMAIN.md §2 with its default, the rules disabled and the severities
 * overridden.
 *
 * <p>The date is required: the engine never reads the wall clock. Thresholds are the literature's defaults
 * and can be tuned per service.
 *
 * <pre>{@code
 * ValidationSettings settings = ValidationSettings.builder()
 *     .date(LocalDate.of(2026, 12, 1))
 *     .maxProfessionals(10)
 *     .addDisabledRule(RuleId.of("RISK-CLOSURE"))
 *     .putSeverityOverride(RuleId.of("GOV-REVIEW-DUE"), Severity.INFO)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ValidationSettings {
  ValidationSettings() {}

  /**
   * Returns the date as of which the network is judged.
   *
   * <p>Any date a {@link LocalDate} can hold is accepted, {@link LocalDate#MIN} and {@link LocalDate#MAX}
   * included. Where a rule counts months from this date (a review due after 6 months, a référent's end within
   * 3 months), the count saturates at the bounds of the calendar: a date moved past {@code LocalDate.MAX} stays
   * at {@code LocalDate.MAX}, one moved before {@code LocalDate.MIN} stays at {@code LocalDate.MIN}. So as of
   * {@code LocalDate.MIN} nothing is older than 12 months, and as of {@code LocalDate.MAX} every end is within
   * 3 months; no rule fails for the date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the number of professionals above which the person is enclosed ({@code PERSON-NOT-ENCLOSED}).
   *
   * @return 8 by default
   */
  @Value.Default
  public int maxProfessionals() {
    return 8;
  }

  /**
   * Returns the number of life spheres from which needs are multiple ({@code PERSON-MULTIPLE-NEEDS}).
   *
   * @return 2 by default
   */
  @Value.Default
  public int multipleNeedsSpheres() {
    return 2;
  }

  /**
   * Returns the number of professionals from which the project must be complete ({@code PROJECT-COMPLETE}).
   *
   * @return 2 by default
   */
  @Value.Default
  public int projectMinProfessionals() {
    return 2;
  }

  /**
   * Returns how many professionals per mobilised primary member are tolerated ({@code PRIMARY-SUPPORTED}:
   * fires when P &gt; ratio × M).
   *
   * @return 3 by default
   */
  @Value.Default
  public int primaryRatio() {
    return 3;
  }

  /**
   * Returns the number of professionals from which an informal network should consider formalising
   * ({@code SECONDARY-INFORMAL-PERSISTENT}).
   *
   * @return 2 by default
   */
  @Value.Default
  public int informalMinProfessionals() {
    return 2;
  }

  /**
   * Returns the age in months beyond which an informal network should consider formalising
   * ({@code SECONDARY-INFORMAL-PERSISTENT}).
   *
   * @return 12 by default
   */
  @Value.Default
  public int informalMonths() {
    return 12;
  }

  /**
   * Returns the months after which a review is due ({@code GOV-REVIEW-DUE}).
   *
   * @return 6 by default
   */
  @Value.Default
  public int reviewMonths() {
    return 6;
  }

  /**
   * Returns how many consecutive meetings one facilitator may lead ({@code GOV-ROTATING-FACILITATION}).
   *
   * @return 3 by default
   */
  @Value.Default
  public int maxConsecutiveFacilitations() {
    return 3;
  }

  /**
   * Returns the number of institutions from which colonisation is looked for ({@code RISK-COLONISATION}).
   *
   * @return 2 by default
   */
  @Value.Default
  public int colonisationMinInstitutions() {
    return 2;
  }

  /**
   * Returns the number of last meetings that one institution facilitating all of them is colonisation
   * ({@code RISK-COLONISATION}).
   *
   * @return 6 by default
   */
  @Value.Default
  public int colonisationMeetings() {
    return 6;
  }

  /**
   * Returns the months without any join or leave after which a network is closed on itself
   * ({@code RISK-CLOSURE}).
   *
   * @return 12 by default
   */
  @Value.Default
  public int closureMonths() {
    return 12;
  }

  /**
   * Returns the number of professionals from which a référent must be designated
   * ({@code REFERENT-DESIGNATED}).
   *
   * @return 3 by default
   */
  @Value.Default
  public int referentMinProfessionals() {
    return 3;
  }

  /**
   * Returns the months ahead within which a référent's end threatens permanence ({@code REFERENT-PERMANENT}).
   *
   * @return 3 by default
   */
  @Value.Default
  public int referentPermanenceMonths() {
    return 3;
  }

  /**
   * Returns the rules not to run.
   *
   * @return the disabled rules' ids
   */
  public abstract ImmutableSet<RuleId> disabledRules();

  /**
   * Returns the severities that replace rules' defaults.
   *
   * @return the overrides by rule id
   */
  public abstract ImmutableMap<RuleId, Severity> severityOverrides();

  /**
   * Tells whether a rule runs.
   *
   * @param rule the rule's id
   * @return false if disabled
   */
  public final boolean isEnabled(RuleId rule) {
    return !disabledRules().contains(rule);
  }

  /**
   * Returns the severity a rule's findings carry.
   *
   * @param rule the rule's id
   * @param defaultSeverity the rule's default
   * @return the override, or the default
   */
  public final Severity severityOf(RuleId rule, Severity defaultSeverity) {
    Severity override = severityOverrides().get(rule);
    return override == null ? defaultSeverity : override;
  }

  /**
   * Returns the jurisdiction under which the sharing rules decide the flows of a network that records none
   * ({@link org.maillage.network.Network#jurisdiction()}).
   *
   * <p>None unless set: a network that records no jurisdiction, validated without a default, has no law to
   * decide its flows under, and the sharing rules report each of its flows as incomplete ({@code
   * SHARE-RECORD-INCOMPLETE}, naming the jurisdiction) instead of judging it under French law by default.
   *
   * @return the default jurisdiction, or empty (the default)
   * @since 0.2 (France unless set, before issue 10)
   */
  public abstract Optional<Jurisdiction> defaultJurisdiction();

  /**
   * Obtains the default settings for a date.
   *
   * @param date the date as of which networks are judged
   * @return the settings
   */
  public static ValidationSettings asOf(LocalDate date) {
    return builder().date(date).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    positive("maxProfessionals", maxProfessionals(), 0);
    positive("multipleNeedsSpheres", multipleNeedsSpheres(), 1);
    positive("projectMinProfessionals", projectMinProfessionals(), 0);
    positive("primaryRatio", primaryRatio(), 0);
    positive("informalMinProfessionals", informalMinProfessionals(), 0);
    positive("informalMonths", informalMonths(), 0);
    positive("reviewMonths", reviewMonths(), 0);
    positive("maxConsecutiveFacilitations", maxConsecutiveFacilitations(), 1);
    positive("colonisationMinInstitutions", colonisationMinInstitutions(), 2);
    positive("colonisationMeetings", colonisationMeetings(), 1);
    positive("closureMonths", closureMonths(), 0);
    positive("referentMinProfessionals", referentMinProfessionals(), 0);
    positive("referentPermanenceMonths", referentPermanenceMonths(), 0);
  }

  private static void positive(String field, int value, int min) {
    if (value < min) {
      throw new InvalidModelException(ModelProblem.of("ValidationSettings", field, value
          + " is below the smallest meaningful value " + min + "; give " + min + " or more"));
    }
  }

  /** Builds {@link ValidationSettings}; not thread-safe. */
  public static final class Builder extends ImmutableValidationSettings.Builder {
    Builder() {}
  }
}
