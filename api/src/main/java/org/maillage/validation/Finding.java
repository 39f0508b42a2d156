package org.maillage.validation;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.Message;

/**
 * One finding of a validation rule (<i>constat</i>): the rule id, the severity, a structured subject path,
 * and a message key with named arguments, for example {@code professionals=9, limit=8}. Never rendered text:
 * rendering takes a {@link java.util.Locale} (see {@code org.maillage.core.Validator#render}).
 *
 * <p>This class is immutable and thread-safe, with value equality. Findings are ordered by rule id, then
 * subject path, then message key, then arguments, the order of a {@link ValidationReport}.
 *
 * @since 0.1
 */
public final class Finding implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
      .thenComparing(Finding::subject)
      .thenComparing(Finding::messageKey)
      .thenComparing(f -> f.message.arguments().toString())
      .thenComparing(Finding::severity);

  private final RuleId ruleId;
  private final Severity severity;
  private final SubjectPath subject;
  private final Message message;

  private Finding(RuleId ruleId, Severity severity, SubjectPath subject, Message message) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains a finding.
   *
   * @param ruleId the rule that found it
   * @param severity its severity
   * @param subject what it is about
   * @param message its message key and arguments
   * @return the finding
   */
  public static Finding of(RuleId ruleId, Severity severity, SubjectPath subject, Message message) {
    return new Finding(ruleId, severity, subject, message);
  }

  /**
   * Returns the id of the rule that found it.
   *
   * @return the rule id
   */
  public RuleId ruleId() {
    return ruleId;
  }

  /**
   * Returns the severity, after any override of the settings.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what the finding is about.
   *
   * @return the subject path
   */
  public SubjectPath subject() {
    return subject;
  }

  /**
   * Returns the message key and named arguments.
   *
   * @return the message
   */
  public Message message() {
    return message;
  }

  /**
   * Returns the message key.
   *
   * @return the key, such as {@code "PERSON-NOT-ENCLOSED.too-many"}
   */
  public String messageKey() {
    return message.key();
  }

  /**
   * Returns the named arguments of the message.
   *
   * @return the arguments, in rendering order
   */
  public ImmutableMap<String, Object> arguments() {
    return message.arguments();
  }

  /**
   * Returns a copy with another severity.
   *
   * @param newSeverity the severity
   * @return the copy, or this finding if the severity is the same
   */
  public Finding withSeverity(Severity newSeverity) {
    return newSeverity == severity ? this : new Finding(ruleId, newSeverity, subject, message);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return f.ruleId.equals(ruleId) && f.severity == severity && f.subject.equals(subject)
        && f.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, subject, message);
  }

  /** Returns rule, severity, subject and message key with arguments; ids only, never a name. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + subject + " " + message;
  }
}
