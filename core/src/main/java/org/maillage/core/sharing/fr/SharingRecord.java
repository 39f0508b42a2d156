package org.maillage.core.sharing.fr;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.member.CareTeamBasis;
import org.maillage.member.Professional;
import org.maillage.member.RegulatoryCategory;
import org.maillage.network.Network;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Objection;

/**
 * The sharing record of one network, indexed once (<i>traces du partage</i>): who was informed of what and
 * when, objections and consents by author, and the health professionals of a formalised care group.
 *
 * <p>It lets a caller decide many flows of one network in time linear in the size of the record: build it
 * once with {@link #of(Network)} and pass it to {@link FrenchSharingPolicy#decide(SharingRecord,
 * InformationFlow)} for each flow. Lookups are by id; the lists they return are bounded by what one person
 * or one representative recorded, never by the number of members.
 *
 * <p>This class is immutable once built and thread-safe.
 */
public final class SharingRecord {
  private final Network network;
  /** Informings that cover flows in general: informed -> subject -> the days they were made. */
  private final Map<MemberId, Map<InformingSubject, NavigableSet<LocalDate>>> general;
  /** Informings about one flow: flow -> informings. */
  private final Map<FlowId, List<Informing>> specific;
  private final Map<MemberId, List<Objection>> objections;
  private final Map<MemberId, List<Consent>> consents;
  private final ImmutableList<Professional> formalisedGroupHealth;

  private SharingRecord(Network network) {
    this.network = network;
    Map<MemberId, Map<InformingSubject, NavigableSet<LocalDate>>> byInformed = new HashMap<>();
    Map<FlowId, List<Informing>> byFlow = new HashMap<>();
    for (Informing informing : network.informings()) {
      if (informing.flow().isPresent()) {
        byFlow.computeIfAbsent(informing.flow().get(), f -> new ArrayList<>(2)).add(informing);
      } else {
        Map<InformingSubject, NavigableSet<LocalDate>> subjects =
            byInformed.computeIfAbsent(informing.informed(), m -> new EnumMap<>(InformingSubject.class));
        for (InformingSubject subject : informing.subjects()) {
          subjects.computeIfAbsent(subject, s -> new TreeSet<>()).add(informing.date());
        }
      }
    }
    this.general = byInformed;
    byFlow.replaceAll((flow, informings) -> List.copyOf(informings));
    this.specific = byFlow;
    Map<MemberId, List<Objection>> objectionsBy = new HashMap<>();
    for (Objection objection : network.objections()) {
      objectionsBy.computeIfAbsent(objection.by(), m -> new ArrayList<>(2)).add(objection);
    }
    objectionsBy.replaceAll((by, made) -> List.copyOf(made));
    this.objections = objectionsBy;
    Map<MemberId, List<Consent>> consentsBy = new HashMap<>();
    for (Consent consent : network.consents()) {
      consentsBy.computeIfAbsent(consent.by(), m -> new ArrayList<>(2)).add(consent);
    }
    consentsBy.replaceAll((by, given) -> List.copyOf(given));
    this.consents = consentsBy;
    ImmutableList.Builder<Professional> health = ImmutableList.builder();
    for (Professional p : network.professionals()) {
      if (p.careTeam().orElse(null) == CareTeamBasis.FORMALISED_GROUP
          && p.regulatoryCategory() == RegulatoryCategory.HEALTH_PROFESSIONAL) {
        health.add(p);
      }
    }
    this.formalisedGroupHealth = health.build();
  }

  /**
   * Indexes the sharing record of a network.
   *
   * @param network the network
   * @return the indexed record
   */
  public static SharingRecord of(Network network) {
    return new SharingRecord(Objects.requireNonNull(network, "network"));
  }

  /**
   * Returns the network indexed.
   *
   * @return the network
   */
  public Network network() {
    return network;
  }

  /**
   * Tells whether someone was informed of a subject for a flow beforehand: an information recorded on or
   * before the flow's date, for that flow or for flows in general (see {@link Informing#covers}).
   *
   * @param flow the flow
   * @param who the person or a representative
   * @param subject what they must have been told
   * @return true if such an information is recorded
   */
  public boolean informedBefore(InformationFlow flow, MemberId who, InformingSubject subject) {
    Map<InformingSubject, NavigableSet<LocalDate>> subjects = general.get(who);
    if (subjects != null) {
      NavigableSet<LocalDate> days = subjects.get(subject);
      if (days != null && !days.first().isAfter(flow.date())) {
        return true;
      }
    }
    for (Informing informing : specific.getOrDefault(flow.id(), List.of())) {
      if (informing.informed().equals(who) && informing.subjects().contains(subject) && informing.covers(flow)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether someone was told of a flow after it took place (the information owed after an urgency): an
   * information of {@link InformingSubject#NATURE_OF_INFORMATION}, for that flow or for flows in general,
   * recorded strictly after the flow's date and on or before a date.
   *
   * @param flow the flow
   * @param who the person or a representative
   * @param asOf the last day that counts
   * @return true if such an information is recorded
   */
  public boolean informedAfter(InformationFlow flow, MemberId who, LocalDate asOf) {
    Map<InformingSubject, NavigableSet<LocalDate>> subjects = general.get(who);
    if (subjects != null) {
      NavigableSet<LocalDate> days = subjects.get(InformingSubject.NATURE_OF_INFORMATION);
      LocalDate next = days == null ? null : days.higher(flow.date());
      if (next != null && !next.isAfter(asOf)) {
        return true;
      }
    }
    for (Informing informing : specific.getOrDefault(flow.id(), List.of())) {
      if (informing.informed().equals(who)
          && informing.subjects().contains(InformingSubject.NATURE_OF_INFORMATION)
          && informing.date().isAfter(flow.date()) && !informing.date().isAfter(asOf)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the objections made by someone, in the network's order.
   *
   * @param by the person or a representative
   * @return the objections, possibly empty; unmodifiable
   */
  public List<Objection> objectionsBy(MemberId by) {
    return objections.getOrDefault(by, List.of());
  }

  /**
   * Returns the consents given by someone, in the network's order.
   *
   * @param by the person or a representative
   * @return the consents, possibly empty; unmodifiable
   */
  public List<Consent> consentsBy(MemberId by) {
    return consents.getOrDefault(by, List.of());
  }

  /**
   * Tells whether the formalised care group (CSP L1110-12 3°) counts a health professional current on a date.
   *
   * @param date the date judged
   * @return true if a professional recorded in the formalised group is a current health professional
   */
  public boolean formalisedGroupHasHealthProfessional(LocalDate date) {
    for (Professional p : formalisedGroupHealth) {
      if (p.isCurrentOn(date)) {
        return true;
      }
    }
    return false;
  }
}
