package org.maillage.core.rules.governance;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * <p>Linear in the members and the status changes, and in the meetings when they are recorded in date order (n
 * log n otherwise): the institutions present are counted up to the minimum in a small array, or in a set for a
 * minimum above 8, and the majority is found by one vote over the professionals.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RiskColonisationRule extends CatalogueRule {
  /** Up to this minimum of institutions, those met are searched in an array rather than a set. */
  private static final int FEW_INSTITUTIONS = 8;

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
    // Counted without a map of counts: whether enough institutions are present, then the one institution
    // that can hold a majority.
    if (!hasInstitutions(network, professionals, settings.colonisationMinInstitutions())) {
      return List.of();
    }
    List<Finding> findings = List.of();
    int total = professionals.size();
    @Nullable OrganisationId majority = majorityCandidate(network, professionals);
    if (majority != null) {
      int count = 0;
      for (int i = 0; i < total; i++) {
        if (majority.equals(institution(network, professionals.get(i)))) {
          count++;
        }
      }
      if (count * 2 > total) {
        findings = new ArrayList<>(2);
        findings.add(context.finding(SubjectPath.of(network.id()).organisation(majority), key("majority"),
            ImmutableMap.of("professionals", count, "total", total)));
      }
    }
    int last = settings.colonisationMeetings();
    if (network.meetings().size() >= last) {
      List<Meeting> held = HeldMeetings.asOf(network, date);
      if (held.size() >= last) {
        int first = held.size() - last;
        @Nullable OrganisationId institution = facilitatingInstitution(network, held, first);
        if (institution != null) {
          if (findings.isEmpty()) {
            findings = new ArrayList<>(1);
          }
          findings.add(context.finding(SubjectPath.of(network.id()).organisation(institution),
              key("facilitation"), ImmutableMap.of("meetings", last, "since", held.get(first).date())));
        }
      }
    }
    return findings;
  }

  /** Tells whether the professionals come from at least {@code min} institutions. */
  private static boolean hasInstitutions(Network network, List<Professional> professionals, int min) {
    // The institutions met so far, up to the minimum (min <= professionals.size() here): searched in a small
    // array for the usual minimum of a few institutions, kept in a set for a larger one, so that a minimum as
    // high as the number of professionals stays linear.
    OrganisationId @Nullable [] few = min <= FEW_INSTITUTIONS ? new OrganisationId[min] : null;
    Set<OrganisationId> many = few == null ? new HashSet<>() : Set.of();
    int count = 0;
    for (int i = 0; i < professionals.size() && count < min; i++) {
      @Nullable OrganisationId institution = institution(network, professionals.get(i));
      if (institution == null) {
        continue;
      }
      if (few == null) {
        count = many.add(institution) ? count + 1 : count;
      } else if (!contains(few, count, institution)) {
        few[count++] = institution;
      }
    }
    return count >= min;
  }

  private static boolean contains(OrganisationId[] ids, int count, OrganisationId id) {
    for (int i = 0; i < count; i++) {
      if (ids[i].equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the only institution that may hold more than half of the professionals, or null: a majority
   * vote (Boyer and Moore) where a professional without an organisation votes for no institution. When an
   * institution holds a majority, it is the one returned; the caller counts to know whether it does.
   */
  private static @Nullable OrganisationId majorityCandidate(Network network, List<Professional> professionals) {
    @Nullable OrganisationId candidate = null;
    int votes = 0;
    for (int i = 0; i < professionals.size(); i++) {
      @Nullable OrganisationId institution = institution(network, professionals.get(i));
      if (votes == 0) {
        candidate = institution;
        votes = 1;
      } else if (Objects.equals(candidate, institution)) {
        votes++;
      } else {
        votes--;
      }
    }
    return candidate;
  }

  /** Returns a professional's institution, or null when they have no organisation. */
  private static @Nullable OrganisationId institution(Network network, Professional professional) {
    return network.institutions().get(professional.id());
  }

  /**
   * Returns the one institution whose professionals facilitated every meeting from {@code first} to the end
   * of the list, or null.
   */
  private static @Nullable OrganisationId facilitatingInstitution(Network network, List<Meeting> meetings,
      int first) {
    @Nullable OrganisationId institution = null;
    for (int i = first; i < meetings.size(); i++) {
      @Nullable MemberId facilitator = meetings.get(i).facilitator().orElse(null);
      if (facilitator == null) {
        return null;
      }
      @Nullable Member member = network.member(facilitator).orElse(null);
      if (!(member instanceof Professional)) {
        return null;
      }
      @Nullable OrganisationId of = institution(network, (Professional) member);
      if (of == null || (institution != null && !institution.equals(of))) {
        return null;
      }
      institution = of;
    }
    return institution;
  }
}
