package org.maillage.validation;

import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;
/**
 * The stable identifier of a validation rule (<i>identifiant de règle</i>), such as {@code FORM-PAIRING}.
 *
 * <p>Upper-case letters, digits and hyphens, starting with a letter, at most 64 characters. The ids of the
 * standard catalogue are those of DOMAIN.md §2 and never change; custom rules should use a prefix of their
 * own, such as {@code ACME-...}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id
 * @since 0.1
 */
public record RuleId(String value) implements Comparable<RuleId> {

  /**
   * Checks the id.
   *
   * @param value the id
   * @throws InvalidModelException if the id is malformed
   */
  public RuleId {
    if (value.length() > 64 || !value.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
      throw new InvalidModelException(ModelProblem.of("RuleId", "", QuotedInput.quote(value)
          + " is not a rule id; use upper-case words joined by '-', e.g. 'FORM-PAIRING' (at most 64)"));
    }
  }

  /**
   * Obtains a rule id.
   *
   * @param value the id, such as {@code "FORM-PAIRING"}
   * @return the rule id
   * @throws InvalidModelException if the id is malformed
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id itself. */
  @Override
  public String toString() {
    return value;
  }
}
