package org.maillage.member;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * A formal delegation by their institution to a professional taking part in a formal network (<i>délégation
 * formelle</i>), as Dumont describes formal secondary networks (002).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FormalDelegation {
  FormalDelegation() {}

  /**
   * Returns the reference of the delegation (a service note, a decision).
   *
   * @return the reference
   */
  @Value.Parameter
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract String reference();

  /**
   * Returns the day it was given.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate given();

  /**
   * Obtains a delegation.
   *
   * @param reference its reference
   * @param given the day it was given
   * @return the delegation
   * @throws InvalidModelException if the reference is blank
   */
  public static FormalDelegation of(String reference, LocalDate given) {
    return ImmutableFormalDelegation.of(reference, given);
  }

  @Value.Check
  void check() {
    if (reference().isBlank()) {
      throw new InvalidModelException(ModelProblem.of("FormalDelegation", "reference",
          "is blank; give the note or decision"));
    }
  }
}
