package org.maillage.partnership;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * A partnership convention (<i>convention</i>): the operational terms the partners signed, a more elaborate
 * formalisation than a charter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Convention {
  Convention() {}

  /**
   * Returns the convention's reference.
   *
   * @return the reference
   */
  @Value.Parameter
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract String reference();

  /**
   * Returns the day it was signed.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate signed();

  /**
   * Obtains a convention.
   *
   * @param reference its reference
   * @param signed the day it was signed
   * @return the convention
   * @throws InvalidModelException if the reference is blank
   */
  public static Convention of(String reference, LocalDate signed) {
    return ImmutableConvention.of(reference, signed);
  }

  @Value.Check
  void check() {
    if (reference().isBlank()) {
      throw new InvalidModelException(ModelProblem.of("Convention", "reference", "is blank; give the convention's reference"));
    }
  }
}
