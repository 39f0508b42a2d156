package org.maillage.core.rules.referent;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.Period;
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
    Set<MemberId> referents = ReferentsInForce.of(network, date);
    if (referents.isEmpty()) {
      return List.of();
    }
    Map<MemberId, List<Period>> designations = new HashMap<>();
    for (ReferentDesignation designation : network.referents()) {
      if (referents.contains(designation.professional())) {
        designations.computeIfAbsent(designation.professional(), id -> new ArrayList<>()).add(designation.period());
      }
    }
    int months = context.settings().referentPermanenceMonths();
    LocalDate horizon = date.plusMonths(months);
    List<Finding> findings = List.of();
    for (MemberId referent : referents) {
      @Nullable Finding finding =
          judge(network, context, referent, designations.get(referent), date, horizon, months);
      if (finding != null) {
        if (findings.isEmpty()) {
          findings = new ArrayList<>();
        }
        findings.add(finding);
      }
    }
    return findings;
  }

  private @Nullable Finding judge(Network network, RuleContext context, MemberId referent,
      List<Period> designations, LocalDate date, LocalDate horizon, int months) {
    SubjectPath path = SubjectPath.of(network.id()).member(referent);
    Member member = network.member(referent).orElseThrow();
    if (!member.isCurrentOn(date)) {
      return context.finding(path, key("not-current"));
    }
    Optional<LocalDate> involvementEnd = chainEnd(member.involvements(), date);
    Optional<LocalDate> designationEnd = chainEnd(designations, date);
    boolean involvementSoon = involvementEnd.isPresent() && !involvementEnd.get().isAfter(horizon);
    boolean designationSoon = designationEnd.isPresent() && !designationEnd.get().isAfter(horizon);
    if (involvementSoon && (!designationSoon || !designationEnd.get().isBefore(involvementEnd.get()))) {
      return context.finding(path, key("involvement-ends"),
          ImmutableMap.of("end", involvementEnd.get(), "months", months));
    }
    if (designationSoon) {
      return context.finding(path, key("designation-ends"),
          ImmutableMap.of("end", designationEnd.get(), "months", months));
    }
    return null;
  }

  /**
   * Returns the last day of the chain of adjacent or overlapping periods that contains the date.
   *
   * @param periods periods, in any order, one of which contains the date
   * @param date the date judged
   * @return the chain's last day, or empty when the chain is open
   */
  private static Optional<LocalDate> chainEnd(List<Period> periods, LocalDate date) {
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(BY_START);
    LocalDate covered = date.minusDays(1);
    for (Period period : sorted) {
      if (period.start().isAfter(covered.plusDays(1))) {
        break;
      }
      if (period.end().isEmpty()) {
        return Optional.empty();
      }
      if (period.end().get().isAfter(covered)) {
        covered = period.end().get();
      }
    }
    return Optional.of(covered);
  }
}
