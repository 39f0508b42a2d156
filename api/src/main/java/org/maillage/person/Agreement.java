package org.maillage.person;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * An agreement to the network given by the person or by a legal representative (<i>accord, adhésion</i>).
 *
 * <p>An agreement is in force on a date when it was given on or before it and not withdrawn on or before it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Agreement {
  Agreement() {}

  /**
   * Returns who agreed: the person or one of their legal representatives.
   *
   * @return the id of whoever agreed
   */
  public abstract MemberId by();

  /**
   * Returns the day the agreement was given.
   *
   * @return the date
   */
  public abstract LocalDate given();

  /**
   * Returns the day the agreement was withdrawn, if it was.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> withdrawn();

  /**
   * Tells whether the agreement is in force on a date.
   *
   * @param date the date judged
   * @return true if given on or before the date and not withdrawn on or before it
   */
  public final boolean isInForceOn(LocalDate date) {
    if (given().isAfter(date)) {
      return false;
    }
    Optional<LocalDate> withdrawn = withdrawn();
    return withdrawn.isEmpty() || withdrawn.get().isAfter(date);
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
