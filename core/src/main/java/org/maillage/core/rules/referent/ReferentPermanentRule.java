package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.core.rules.CalendarMonths;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code REFERENT-PERMANENT} (WARNING): the référent de proximité stays in place (<i>pérennité</i>, one of
 * the five qualities Cultiaux names, 004).
 *
 * <p>Scope: person-centred networks. For each professional with a designation in force on the date (once,
 * however many designations), fires on {@code network[..]/member[<référent>]} when their involvement in the
 * network or their designation ends on or before the date plus
 * {@link ValidationSettings#referentPermanenceMonths()} (3) calendar months:
 * <ul>
 *   <li>key {@code not-current}, no argument, when the référent is not a current member on the date (left
 *       already, or not yet joined);</li>
 *   <li>key {@code involvement-ends}, arguments {@code end} and {@code months}, when the involvement ends
 *       first (or on the same day as the designation);</li>
 *   <li>key {@code designation-ends}, arguments {@code end} and {@code months}, when the designation ends
 *       first.</li>
 * </ul>
 *
 * <p>Reading chosen: an end followed the next day by a new period (a renewed designation, a new involvement)
 * is not an end: the rule follows the chain of adjacent or overlapping periods from the date, and reports
 * the end of the chain. A social worker renewing a designation in time expects no warning.
 *
 * <p>Linear in the designations and in the référents' involvements, n log n at most: each référent's own
 * designations are read from the network's index ({@link Network#designationsOf}) and sorted, never looked for
 * among everyone's.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReferentPermanentRule extends CatalogueRule {
  private static final Comparator<Period> BY_START = Comparator.comparing(Period::start);

  /** Creates the rule. */
  public ReferentPermanentRule() {
    super("REFERENT-PERMANENT", Severity.WARNING, "Cultiaux", "pérennité du référent de proximité");
  }

  /**
   * Reports each référent in force whose involvement or designation ends within the setting's months.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per such référent, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    if (!network.isPersonCentred()) {
      return List.of();
    }
    LocalDate date = context.date();
    List<MemberId> referents = ReferentsInForce.of(network, context);
    if (referents.isEmpty()) {
      return List.of();
    }
    int months = context.settings().referentPermanenceMonths();
    LocalDate horizon = CalendarMonths.after(date, months);
    List<Finding> findings = List.of();
    for (int i = 0; i < referents.size(); i++) {
      @Nullable Finding finding = judge(network, context, referents.get(i), date, horizon, months);
      if (finding != null) {
        if (findings.isEmpty()) {
          findings = new ArrayList<>(referents.size() - i);
        }
        findings.add(finding);
      }
    }
    return findings;
  }

  private @Nullable Finding judge(Network network, RuleContext context, MemberId referent, LocalDate date,
      LocalDate horizon, int months) {
    Member member = network.member(referent).orElseThrow();
    if (!member.isCurrentOn(date)) {
      return context.finding(path(network, referent), key("not-current"));
    }
    // Involvements are recorded in date order without overlap (a structural invariant of every member).
    @Nullable LocalDate involvementEnd = chainEnd(member.involvements(), date);
    @Nullable LocalDate designationEnd = chainEnd(designationPeriods(network, referent), date);
    boolean involvementSoon = involvementEnd != null && !involvementEnd.isAfter(horizon);
    boolean designationSoon = designationEnd != null && !designationEnd.isAfter(horizon);
    if (involvementSoon && (!designationSoon || !designationEnd.isBefore(involvementEnd))) {
      return context.finding(path(network, referent), key("involvement-ends"),
          ImmutableMap.of("end", involvementEnd, "months", months));
    }
    if (designationSoon) {
      return context.finding(path(network, referent), key("designation-ends"),
          ImmutableMap.of("end", designationEnd, "months", months));
    }
    return null;
  }

  private static SubjectPath path(Network network, MemberId referent) {
    return SubjectPath.of(network.id()).member(referent);
  }

  /** Returns the periods of a référent's designations, sorted by start, read from the network's index. */
  private static List<Period> designationPeriods(Network network, MemberId referent) {
    ImmutableList<ReferentDesignation> designations = network.designationsOf(referent);
    if (designations.size() == 1) {
      return List.of(designations.get(0).period());
    }
    List<Period> periods = new ArrayList<>(designations.size());
    for (int i = 0; i < designations.size(); i++) {
      periods.add(designations.get(i).period());
    }
    periods.sort(BY_START);
    return periods;
  }

  /**
   * Returns the last day of the chain of adjacent or overlapping periods that contains the date.
   *
   * @param sorted periods sorted by start, one of which contains the date
   * @param date the date judged
   * @return the chain's last day, or null when the chain is open
   */
  private static @Nullable LocalDate chainEnd(List<Period> sorted, LocalDate date) {
    // Days are compared as epoch days, so that following the chain makes no LocalDate.
    long covered = date.toEpochDay() - 1;
    for (int i = 0; i < sorted.size(); i++) {
      Period period = sorted.get(i);
      if (period.start().toEpochDay() > covered + 1) {
        break;
      }
      if (period.isOpen()) {
        return null;
      }
      covered = Math.max(covered, period.end().orElseThrow().toEpochDay());
    }
    return LocalDate.ofEpochDay(covered);
  }
}
