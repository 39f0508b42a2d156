package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code GOV-ROTATING-FACILITATION} (WARNING): facilitation is shared in turn (<i>animation partagée en
 * alternance</i>, Dumoulin et al., 000), against the risk of one leader confiscating the network.
 *
 * <p>Scope: networks active on the date. The meetings held on or before the date are put in date order,
 * meetings of the same date by meeting id (so the order of the network's list never changes the result). A
 * run is a sequence of consecutive meetings led by the same facilitator; a meeting without a facilitator, or
 * led by someone else, ends it. Fires for each facilitator with a run longer than
 * {@link ValidationSettings#maxConsecutiveFacilitations()} (3).
 *
 * <p>Readings chosen: one finding per facilitator, not per run, about their longest run (the earliest of
 * equally long runs): arguments {@code meetings} (its length), {@code from} and {@code to} (the dates of its
 * first and last meetings) and {@code limit}. The subject is the facilitator: {@code network[..]/member[..]},
 * or {@code network[..]/person[..]} when the focal person facilitated. Every run held on or before the date
 * counts, not only the latest one, as DOMAIN.md §2 says "who led".
 *
 * <p>Linear in the meetings when they are recorded in date order, n log n otherwise (they are sorted once); each
 * facilitator's longest run is kept in a map, never searched for in a list.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class GovRotatingFacilitationRule extends CatalogueRule {

  /** Creates the rule. */
  public GovRotatingFacilitationRule() {
    super("GOV-ROTATING-FACILITATION", Severity.WARNING, "Dumoulin et al.", "animation partagée en alternance");
  }

  /**
   * Reports each facilitator who led more consecutive meetings than the setting allows.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return one finding per such facilitator, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    int limit = context.settings().maxConsecutiveFacilitations();
    if (network.meetings().size() <= limit || !network.isActiveOn(date)) {
      return List.of();
    }
    // One mutable run, restarted at each change of facilitator, and a map made only for a run too long.
    @Nullable Map<MemberId, Run> longest = null;
    Run run = new Run();
    List<Meeting> held = HeldMeetings.asOf(network, date);
    for (int i = 0; i < held.size(); i++) {
      Meeting meeting = held.get(i);
      @Nullable MemberId facilitator = meeting.facilitator().orElse(null);
      if (run.facilitator != null && run.facilitator.equals(facilitator)) {
        run.extend(meeting.date());
      } else {
        longest = keep(longest, run, limit);
        run.restart(facilitator, meeting.date());
      }
    }
    longest = keep(longest, run, limit);
    if (longest == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(longest.size());
    @Nullable MemberId person = network.focalPerson().map(p -> p.id()).orElse(null);
    for (Run r : longest.values()) {
      MemberId facilitator = Objects.requireNonNull(r.facilitator);
      SubjectPath path = facilitator.equals(person)
          ? SubjectPath.of(network.id()).person(facilitator)
          : SubjectPath.of(network.id()).member(facilitator);
      findings.add(context.finding(path, key("too-long"),
          ImmutableMap.of("meetings", r.length, "from", r.from, "to", r.to, "limit", limit)));
    }
    return findings;
  }

  /** Keeps a copy of the run when it is too long and the longest of its facilitator's so far. */
  private static @Nullable Map<MemberId, Run> keep(@Nullable Map<MemberId, Run> longest, Run run, int limit) {
    if (run.facilitator == null || run.length <= limit) {
      return longest;
    }
    Map<MemberId, Run> kept = longest == null ? new LinkedHashMap<>() : longest;
    Run previous = kept.get(run.facilitator);
    if (previous == null || run.length > previous.length) {
      kept.put(run.facilitator, run.copy());
    }
    return kept;
  }

  /**
   * A run of consecutive meetings led by one facilitator, or no run when the facilitator is null; local to
   * one check.
   */
  private static final class Run {
    @Nullable MemberId facilitator;
    LocalDate from = LocalDate.MIN;
    LocalDate to = LocalDate.MIN;
    int length;

    void restart(@Nullable MemberId by, LocalDate day) {
      facilitator = by;
      from = day;
      to = day;
      length = 1;
    }

    void extend(LocalDate day) {
      to = day;
      length++;
    }

    Run copy() {
      Run copy = new Run();
      copy.facilitator = facilitator;
      copy.from = from;
      copy.to = to;
      copy.length = length;
      return copy;
    }
  }
}
