package org.maillage.validation;

/**
 * Thrown when a caller asks for an acceptable network and the report has an error (<i>réseau non
 * conforme</i>); see {@link ValidationReport#orThrow()}.
 *
 * <p>The message holds counts and rule ids only, never personal data; the whole report is available.
 *
 * @since 0.1
 */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The report; transient because findings are not serialisable. */
  private final transient ValidationReport report;

  /**
   * Creates the exception.
   *
   * @param report the unacceptable report
   */
  public ValidationException(ValidationReport report) {
    super("Network " + org.maillage.QuotedInput.quote(report.network()) + " is not acceptable as of " + report.date() + ": "
        + report.count(Severity.ERROR) + " error(s) from " + report.withSeverity(Severity.ERROR).stream()
            .map(f -> f.ruleId().value()).distinct().toList());
    this.report = report;
  }

  /**
   * Returns the report.
   *
   * @return the report, or null after deserialisation
   */
  @org.jspecify.annotations.Nullable
  public ValidationReport report() {
    return report;
  }
}
