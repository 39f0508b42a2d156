package org.maillage.sharing;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.maillage.InvalidModelException;
import org.maillage.ModelProblem;

/**
 * The basis on which a report stands (<i>fondement du signalement</i>): the kind of report the law requires or
 * permits, and the articles that lift secrecy for it, for a decision under a report regime.
 *
 * <p>This class is immutable and thread-safe, with value equality.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class ReportBasis {
  ReportBasis() {}

  /**
   * Returns the kind of report.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ReportKind kind();

  /**
   * Returns the articles the report stands on, in the order the decision cites them.
   *
   * @return the articles, never empty
   */
  @Value.Parameter
  public abstract ImmutableList<LegalReference> articles();

  @Value.Check
  void check() {
    if (articles().isEmpty()) {
      throw new InvalidModelException(ModelProblem.of("ReportBasis", "articles",
          "is empty for a report of kind " + kind() + "; give the article the report stands on"));
    }
  }

  /**
   * Obtains a report basis.
   *
   * @param kind the kind of report
   * @param articles the articles it stands on, at least one
   * @return the basis
   * @throws InvalidModelException if no article is given
   */
  public static ReportBasis of(ReportKind kind, Iterable<? extends LegalReference> articles) {
    return ImmutableReportBasis.of(kind, articles);
  }
}
