package org.maillage.validation;

import java.time.LocalDate;
import java.util.Map;
import org.maillage.Message;

/**
 * What a rule is given besides the network (<i>contexte d'exécution</i>): the settings, and the means to
 * make findings carrying the rule's id and effective severity.
 *
 * <p>Provided by the engine; one context serves one rule on one validation. Implementations are not required
 * to be thread-safe beyond that use.
 *
 * @since 0.1
 */
public interface RuleContext {

  /**
   * Returns the settings of this validation.
   *
   * @return the settings
   */
  ValidationSettings settings();

  /**
   * Returns the date as of which the network is judged; the same as {@code settings().date()}.
   *
   * @return the date
   */
  default LocalDate date() {
    return settings().date();
  }

  /**
   * Makes a finding of the running rule, with its effective severity.
   *
   * @param subject what the finding is about
   * @param messageKey the bundle key of its message
   * @param arguments the message's named arguments, in order
   * @return the finding
   * @throws IllegalArgumentException if an argument is not allowed; see {@link Message}
   */
  Finding finding(SubjectPath subject, String messageKey, Map<String, ?> arguments);

  /**
   * Makes a finding without arguments.
   *
   * @param subject what the finding is about
   * @param messageKey the bundle key of its message
   * @return the finding
   */
  default Finding finding(SubjectPath subject, String messageKey) {
    return finding(subject, messageKey, Map.of());
  }
}
