package org.maillage.fhir;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * What an export gives (<i>résultat d'export</i>): the transaction Bundle as JSON, and the warnings of the
 * mapping (elements omitted or filled with placeholders).
 *
 * <p>The JSON holds names and identifiers: it is personal data. {@link #toString()} prints only its length.
 * This class is immutable and thread-safe, with value equality.
 *
 * @since 0.1
 */
public final class FhirExportResult {
  private final String json;
  private final ImmutableList<FhirIssue> warnings;

  FhirExportResult(String json, ImmutableList<FhirIssue> warnings) {
    this.json = Objects.requireNonNull(json);
    this.warnings = warnings;
  }

  /**
   * Returns the Bundle, compact JSON in UTF-16 characters; the same network and options give the same text.
   *
   * @return the JSON
   * @since 0.1
   */
  public String json() {
    return json;
  }

  /**
   * Returns the warnings, in the order of the bundle.
   *
   * @return the warnings, possibly empty
   * @since 0.1
   */
  public ImmutableList<FhirIssue> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FhirExportResult other && json.equals(other.json) && warnings.equals(other.warnings);
  }

  @Override
  public int hashCode() {
    return json.hashCode() * 31 + warnings.hashCode();
  }

  @Override
  public String toString() {
    return "FhirExportResult{" + json.length() + " characters, " + warnings.size() + " warning(s)}";
  }
}
