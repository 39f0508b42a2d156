package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.core.rules.CatalogueRule;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleContext;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/**
 * {@code RISK-COLONISATION} (WARNING): no institution takes the network over (<i>colonisation, reprise par
 * une institution</i>, Dumoulin et al., 000).
 *
 * <p>Scope: networks active on the date whose current professionals come from at least
 * {@link ValidationSettings#colonisationMinInstitutions()} (2) institutions
 * ({@link Network#institutionOf(Professional)}; professionals without an organisation belong to none). Fires,
 * on {@code network[..]/organisation[<institution>]}:
 * <ul>
 *   <li>key {@code majority}, for the institution that holds more than half of the current professionals
 *       (all of them, with or without an organisation, count in the whole): arguments {@code professionals}
 *       (the institution's) and {@code total};</li>
 *   <li>key {@code facilitation}, for the institution whose professionals facilitated each of the last
 *       {@link ValidationSettings#colonisationMeetings()} (6) meetings held on or before the date, when at
 *       least that many were held: arguments {@code meetings} (the setting) and {@code since} (the date of the
 *       first of those meetings).</li>
 * </ul>
 *
 * <p>Readings chosen: the two conditions are two findings with their own keys, since they call for different
 * remedies; at most one institution can meet each. Meetings are ordered by date, then id. A meeting without a
 * facilitator, or facilitated by someone who is not a professional of the network or has no organisation,
 * belongs to no institution and breaks the sequence. A facilitator's institution is judged whether or not
 * they are still current.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RiskColonisationRule extends CatalogueRule {

  /** Creates the rule. */
  public RiskColonisationRule() {
    super("RISK-COLONISATION", Severity.WARNING, "Dumoulin et al.", "colonisation par une institution");
  }

  /**
   * Reports an institution that holds most of the professionals or facilitated all the last meetings.
   *
   * @param network the network, structurally valid
   * @param context the settings and the finding factory
   * @return up to two findings, or an empty list
   */
  @Override
  public List<Finding> check(Network network, RuleContext context) {
    LocalDate date = context.date();
    if (!network.isActiveOn(date)) {
      return List.of();
    }
    ValidationSettings settings = context.settings();
    List<Professional> professionals = network.professionalsOn(date);
    if (professionals.size() < settings.colonisationMinInstitutions()) {
      return List.of();
    }
    Map<OrganisationId, Integer> counts = new LinkedHashMap<>();
    for (Professional professional : professionals) {
      Optional<OrganisationId> institution = network.institutionOf(professional);
      if (institution.isPresent()) {
        counts.merge(institution.get(), 1, Integer::sum);
      }
    }
    if (counts.size() < settings.colonisationMinInstitutions()) {
      return List.of();
    }
    List<Finding> findings = List.of();
    int total = professionals.size();
    for (Map.Entry<OrganisationId, Integer> e : counts.entrySet()) {
      if (e.getValue() * 2 > total) {
        findings = new ArrayList<>(2);
        findings.add(context.finding(SubjectPath.of(network.id()).organisation(e.getKey()), key("majority"),
            ImmutableMap.of("professionals", e.getValue(), "total", total)));
      }
    }
    int last = settings.colonisationMeetings();
    if (network.meetings().size() >= last) {
      List<Meeting> held = HeldMeetings.asOf(network, date);
      if (held.size() >= last) {
        List<Meeting> lastMeetings = held.subList(held.size() - last, held.size());
        @Nullable OrganisationId institution = facilitatingInstitution(network, lastMeetings);
        if (institution != null) {
          if (findings.isEmpty()) {
            findings = new ArrayList<>(1);
          }
          findings.add(context.finding(SubjectPath.of(network.id()).organisation(institution),
              key("facilitation"), ImmutableMap.of("meetings", last, "since", lastMeetings.get(0).date())));
        }
      }
    }
    return findings;
  }

  /** Returns the one institution whose professionals facilitated every meeting given, or null. */
  private static @Nullable OrganisationId facilitatingInstitution(Network network, List<Meeting> meetings) {
    @Nullable OrganisationId institution = null;
    for (Meeting meeting : meetings) {
      Optional<MemberId> facilitator = meeting.facilitator();
      if (facilitator.isEmpty()) {
        return null;
      }
      Optional<Member> member = network.member(facilitator.get());
      if (member.isEmpty() || !(member.get() instanceof Professional)) {
        return null;
      }
      Optional<OrganisationId> of = network.institutionOf((Professional) member.get());
      if (of.isEmpty() || (institution != null && !institution.equals(of.get()))) {
        return null;
      }
      institution = of.get();
    }
    return institution;
  }
}
