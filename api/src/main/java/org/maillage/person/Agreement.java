package org.maillage.person;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * An answer to the network (<i>accord, adhésion; refus</i>): an agreement, or a refusal, given by the person, a
 * legal representative or another relative.
 *
 * <p>An answer is in effect on a date when it was given on or before it and not withdrawn on or before it (a
 * withdrawn agreement is revoked; a withdrawn refusal no longer stands). When a party's answers in effect on a
 * date disagree, the latest given counts, a refusal winning over an agreement of the same day
 * ({@link Person#answerOn}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Agreement {
  Agreement() {}

  /**
   * Returns who answered: the person, one of their legal representatives, or another relative.
   *
   * @return the id of whoever answered
   */
  public abstract MemberId by();

  /**
   * Returns the day the answer was given.
   *
   * @return the date
   */
  public abstract LocalDate given();

  /**
   * Tells whether the answer is a refusal rather than an agreement.
   *
   * @return true for a refusal; false by default, an agreement
   * @since 0.2
   */
  @Value.Default
  public boolean refused() {
    return false;
  }

  /**
   * Returns the day the answer was withdrawn (an agreement revoked, a refusal lifted), if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> withdrawn();

  /**
   * Tells whether the answer is in effect on a date, whatever it says.
   *
   * @param date the date judged
   * @return true if given on or before the date and not withdrawn on or before it
   * @since 0.2
   */
  public final boolean isInEffectOn(LocalDate date) {
    if (given().isAfter(date)) {
      return false;
    }
    Optional<LocalDate> withdrawn = withdrawn();
    return withdrawn.isEmpty() || withdrawn.get().isAfter(date);
  }

  /**
   * Tells whether this is an agreement in effect on a date; another answer of the same party may still override
   * it ({@link Person#answerOn}).
   *
   * @param date the date judged
   * @return true if an agreement, given on or before the date and not withdrawn on or before it
   */
  public final boolean isInForceOn(LocalDate date) {
    return !refused() && isInEffectOn(date);
  }

  /**
   * Obtains a refusal that has not been withdrawn.
   *
   * @param by who refused
   * @param given the day of the refusal
   * @return the refusal
   * @since 0.2
   */
  public static Agreement refusal(MemberId by, LocalDate given) {
    return builder().by(by).given(given).refused(true).build();
  }

  /**
   * Obtains an agreement that has not been withdrawn.
   *
   * @param by who agreed
   * @param given the day it was given
   * @return the agreement
   */
  public static Agreement of(MemberId by, LocalDate given) {
    return builder().by(by).given(given).build();
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
    withdrawn().ifPresent(w -> {
      if (w.isBefore(given())) {
        throw new InvalidModelException(ModelProblem.of("Agreement", "withdrawn", QuotedInput.quote(w)
            + " is before given " + QuotedInput.quote(given()) + " for " + QuotedInput.quote(by())
            + "; a withdrawal must come on or after the agreement"));
      }
    });
  }

  /** Builds an {@link Agreement}; not thread-safe. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
