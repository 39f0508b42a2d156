package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maillage.core.rules.CalendarMonths;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Evaluation;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code GOV-REVIEW-DUE} (WARNING): the network reviews its work regularly (<i>retours réguliers, évaluation
 * des pratiques</i>, Dumoulin et al., 000).
 *
 * <p>Scope: networks active on the date. The reference is the latest evaluation dated on or before the date,
 * else the network's creation. Fires once, on the network, when the reference is strictly before the date
 * minus {@link ValidationSettings#reviewMonths()} (6) calendar months: key {@code overdue} with arguments
 * {@code last} (the latest evaluation's date) and {@code months}, or, without any evaluation, key
 * {@code never} with arguments {@code created} and {@code months}.
 *
 * <p>Reading chosen: an evaluation dated after the date judged has not happened yet and is ignored; an
 * evaluation exactly 6 months old is not older than 6 months, so it is not due.
 *
 * <p>Linear in the status changes and the evaluations.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class GovReviewDueRule extends CatalogueRule {

  /** Creates the rule. */
  public GovReviewDueRule() {
    super("GOV-REVIEW-DUE", Severity.WARNING, "Dumoulin et al.", "évaluation des pratiques");
  }

  /**
   * Reports an active network whose last evaluation, or creation, is older than the setting.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    if (!network.isActiveOn(date)) {
      return List.of();
    }
    int months = context.settings().reviewMonths();
    LocalDate oldest = CalendarMonths.before(date, months);
    @Nullable LocalDate last = null;
    ImmutableList<Evaluation> evaluations = network.evaluations();
    for (int i = 0; i < evaluations.size(); i++) {
      LocalDate day = evaluations.get(i).date();
      if (!day.isAfter(date) && (last == null || day.isAfter(last))) {
        last = day;
      }
    }
    if (last != null) {
      return last.isBefore(oldest)
          ? List.of(context.finding(SubjectPath.of(network.id()), key("overdue"),
              ImmutableMap.of("last", last, "months", months)))
          : List.of();
    }
    return network.created().isBefore(oldest)
        ? List.of(context.finding(SubjectPath.of(network.id()), key("never"),
            ImmutableMap.of("created", network.created(), "months", months)))
        : List.of();
  }
}
