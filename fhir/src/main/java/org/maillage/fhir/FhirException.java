package org.maillage.fhir;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The one error of the FHIR mapping (<i>erreur de correspondance FHIR</i>): an export refused (a profile requires
 * what the record lacks, under {@link MissingDataPolicy#FAIL}), or a document the import cannot read as a network.
 * It carries every issue found, not the first.
 *
 * <p>Its message names the paths and keys only, never a name or a free text.
 *
 * @since 0.1
 */
public final class FhirException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The issues; an immutable list, serialisable. */
  @SuppressWarnings("serial")
  private final ImmutableList<FhirIssue> issues;

  /**
   * Creates the exception.
   *
   * @param issues every issue, at least one
   * @since 0.1
   */
  public FhirException(List<FhirIssue> issues) {
    super(summary(issues));
    this.issues = ImmutableList.copyOf(issues);
  }

  private static String summary(List<FhirIssue> issues) {
    StringBuilder s = new StringBuilder().append(issues.size()).append(" FHIR mapping issue(s)");
    int shown = 0;
    for (FhirIssue i : issues) {
      if (shown++ == 10) {
        s.append("; ...");
        break;
      }
      s.append(shown == 1 ? ": " : "; ").append(i.path()).append(' ').append(i.messageKey());
    }
    return s.toString();
  }

  /**
   * Returns every issue.
   *
   * @return the issues, at least one
   * @since 0.1
   */
  public ImmutableList<FhirIssue> issues() {
    return issues;
  }
}
