package org.maillage.sharing;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.Disclosure;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;

/**
 * The key of one named step of a jurisdiction's sharing procedure (<i>étape</i>), such as
 * {@code "general.step4"} for the fourth step of the French general regime: the step that decided a flow
 * ({@link SharingDecision#decidingStep()}). The keys are listed by each
 * jurisdiction's procedure, with the step of DOMAIN.md §4 each one names.
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.2
 */
public final class StepKey {
  private final String value;

  private StepKey(String value) {
    this.value = value;
  }

  /**
   * Obtains a step key.
   *
   * @param value the key, such as {@code "general.step4"}
   * @return the key
   * @throws InvalidModelException if the value is blank
   */
  public static StepKey of(String value) {
    Objects.requireNonNull(value, "StepKey.value: is null; give the key of the step, such as general.step4");
    if (value.isBlank()) {
      throw new InvalidModelException(ModelProblem.of("StepKey", "value", QuotedInput.quote(value)
          + " is blank; give the key of the step, such as general.step4"));
    }
    return new StepKey(value);
  }

  /**
   * Returns the key.
   *
   * @return the key, such as {@code "general.step4"}
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StepKey k && k.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the key. */
  @Override
  public String toString() {
    return value;
  }
}
