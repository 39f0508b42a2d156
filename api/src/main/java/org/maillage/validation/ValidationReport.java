package org.maillage.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.NetworkId;

/**
 * The result of validating one network as of one date (<i>rapport de validation</i>): its findings in a
 * deterministic order, with filters and counts.
 *
 * <p>A report is acceptable when it has no {@link Severity#ERROR}. {@link #orThrow()} turns an unacceptable
 * report into a {@link ValidationException} carrying it.
 *
 * <p>This class is immutable and thread-safe, with value equality; its {@code toString()} holds counts and
 * ids, never personal data.
 *
 * @since 0.1
 */
public final class ValidationReport {
  private final NetworkId network;
  private final LocalDate date;
  private final ImmutableList<Finding> findings;

  private ValidationReport(NetworkId network, LocalDate date, ImmutableList<Finding> findings) {
    this.network = network;
    this.date = date;
    this.findings = findings;
  }

  /**
   * Obtains a report; the findings are sorted into the report's order and duplicates are kept.
   *
   * @param network the network judged
   * @param date the date it was judged as of
   * @param findings the findings, in any order
   * @return the report
   */
  public static ValidationReport of(NetworkId network, LocalDate date, Collection<Finding> findings) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(date, "date");
    return new ValidationReport(network, date,
        findings.isEmpty() ? ImmutableList.of() : ImmutableList.sortedCopyOf(findings));
  }

  /**
   * Returns the network judged.
   *
   * @return its id
   */
  public NetworkId network() {
    return network;
  }

  /**
   * Returns the date the network was judged as of.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns every finding, ordered by rule id, subject, message key and arguments.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether the report has no error.
   *
   * @return true if no finding has severity {@link Severity#ERROR}
   */
  public boolean isAcceptable() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the report has no finding at all.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity
   * @return the findings, in report order
   */
  public ImmutableList<Finding> withSeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings of one rule.
   *
   * @param rule the rule's id
   * @return the findings, in report order
   */
  public ImmutableList<Finding> ofRule(RuleId rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings about a subject or anything under it.
   *
   * @param subject a subject path, such as a member's
   * @return the findings whose path starts with {@code subject}, in report order
   */
  public ImmutableList<Finding> about(SubjectPath subject) {
    return findings.stream().filter(f -> f.subject().startsWith(subject))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of findings.
   *
   * @return the count
   */
  public int count() {
    return findings.size();
  }

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the number of findings per rule.
   *
   * @return the counts, by rule id in order
   */
  public ImmutableSortedMap<RuleId, Integer> countsByRule() {
    Map<RuleId, Integer> counts = new java.util.TreeMap<>();
    findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * Returns this report if it is acceptable, else throws.
   *
   * @return this report
   * @throws ValidationException if the report has an error
   */
  public ValidationReport orThrow() {
    if (!isAcceptable()) {
      throw new ValidationException(this);
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ValidationReport)) {
      return false;
    }
    ValidationReport r = (ValidationReport) o;
    return r.network.equals(network) && r.date.equals(date) && r.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(network, date, findings);
  }

  /** Returns the network id, the date, the counts by severity and by rule; never a name. */
  @Override
  public String toString() {
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, count(s));
    }
    return "ValidationReport{network=" + network + ", date=" + date + ", " + bySeverity + ", rules="
        + countsByRule() + "}";
  }
}
