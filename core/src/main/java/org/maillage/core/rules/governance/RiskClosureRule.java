package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.maillage.Period;
import org.maillage.core.rules.CalendarMonths;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code RISK-CLOSURE} (INFO): the network stays open (<i>entre-soi, sélectivité, verrouillage</i>, Dumoulin
 * et al., 000): no one joining or leaving for a long time is a sign that it is closing in on itself.
 *
 * <p>Scope: networks active on the date. A movement is the start of a member's involvement (a join) or its
 * end (a leave), dated on or before the date; the network's creation counts as a join, so founding members
 * count and a network created within the window is never reported. Fires once, on the network, when no
 * movement falls within the last {@link ValidationSettings#closureMonths()} (12) calendar months: arguments
 * {@code months} and {@code last} (the date of the latest movement, the creation at the earliest).
 *
 * <p>Reading chosen for the window: from the date minus 12 months to the date, both <em>included</em>, for
 * consistency with DOMAIN.md §2's "older than N months means strictly before the date minus N months": a
 * movement exactly 12 months ago is not older than 12 months, so it keeps the network open. A leave is dated
 * by the last day of the involvement; a planned join or leave after the date does not count.
 *
 * <p>Linear in the members' involvements, each read once, and in the status changes.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RiskClosureRule extends CatalogueRule {

  /** Creates the rule. */
  public RiskClosureRule() {
    super("RISK-CLOSURE", Severity.INFO, "Dumoulin et al.", "entre-soi, verrouillage");
  }

  /**
   * Reports an active network in which no member joined or left within the window.
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
    int months = context.settings().closureMonths();
    LocalDate since = CalendarMonths.before(date, months);
    LocalDate last = network.created();
    if (!last.isBefore(since)) {
      return List.of();
    }
    ImmutableList<Member> members = network.members();
    for (int m = 0; m < members.size(); m++) {
      ImmutableList<Period> involvements = members.get(m).involvements();
      for (int i = 0; i < involvements.size(); i++) {
        Period involvement = involvements.get(i);
        LocalDate start = involvement.start();
        if (!start.isAfter(date)) {
          if (!start.isBefore(since)) {
            return List.of();
          }
          if (start.isAfter(last)) {
            last = start;
          }
        }
        Optional<LocalDate> end = involvement.end();
        if (end.isPresent() && !end.get().isAfter(date)) {
          if (!end.get().isBefore(since)) {
            return List.of();
          }
          if (end.get().isAfter(last)) {
            last = end.get();
          }
        }
      }
    }
    return List.of(context.finding(SubjectPath.of(network.id()), key("closed"),
        ImmutableMap.of("months", months, "last", last)));
  }
}
