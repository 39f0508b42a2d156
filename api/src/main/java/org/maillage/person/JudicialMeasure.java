package org.maillage.person;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.Period;

/**
 * A judicial measure in progress for the person (<i>mesure judiciaire en cours</i>): who ordered it and which
 * professionals it mandates.
 *
 * <p>A professional mandated by a measure may report to the ordering judge (DOMAIN.md §4, reports regime).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class JudicialMeasure {
  JudicialMeasure() {}

  /**
   * Returns the reference of the order, as the court gave it.
   *
   * @return the reference, for example a docket number; personal, so Maillage never writes it anywhere (it
   *     names the measure by its kind and start instead)
   */
  @Value.Redacted
  @Disclosure(Disclosure.Kind.PERSONAL)
  public abstract String reference();

  /**
   * Returns the kind of measure.
   *
   * @return the kind
   */
  public abstract MeasureKind kind();

  /**
   * Returns the judge who ordered the measure, when recorded as an individual.
   *
   * @return the judge's id, or empty
   */
  public abstract Optional<MemberId> judge();

  /**
   * Returns the period of the measure.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the professionals the measure mandates.
   *
   * @return their ids, possibly empty
   */
  public abstract ImmutableSet<MemberId> mandated();

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
    if (reference().isBlank()) {
      throw new InvalidModelException(ModelProblem.of("JudicialMeasure", "reference",
          "is blank; give the order's reference as the court wrote it"));
    }
  }

  /** Builds a {@link JudicialMeasure}; not thread-safe. */
  public static final class Builder extends ImmutableJudicialMeasure.Builder {
    Builder() {}
  }
}
