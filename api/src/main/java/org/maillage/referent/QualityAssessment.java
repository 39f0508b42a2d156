package org.maillage.referent;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.MemberId;

/**
 * A recorded assessment of one quality of a référent (<i>évaluation d'une qualité</i>), such as flexibility
 * or proactivity, which cannot be computed from the network's structure.
 *
 * <p>This class is immutable and thread-safe; the evidence is left out of {@code toString()}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class QualityAssessment {
  QualityAssessment() {}

  /**
   * Returns the référent assessed.
   *
   * @return the professional's id
   */
  public abstract MemberId referent();

  /**
   * Returns the quality assessed.
   *
   * @return the quality
   */
  public abstract ReferentQuality quality();

  /**
   * Returns the level found.
   *
   * @return the level
   */
  public abstract QualityLevel level();

  /**
   * Returns who assessed.
   *
   * @return the assessor's id
   */
  public abstract MemberId assessedBy();

  /**
   * Returns the day of the assessment.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the evidence, in the assessor's words.
   *
   * @return the evidence, redacted from {@code toString()}
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.FREE_TEXT)
  public abstract Optional<String> evidence();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualityAssessment}; not thread-safe. */
  public static final class Builder extends ImmutableQualityAssessment.Builder {
    Builder() {}
  }
}
