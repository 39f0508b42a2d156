package org.maillage.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.Member;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.Person;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;

/**
 * A test-side reading of the rule catalogue of DOMAIN.md §2, as far as the scenarios need it, until the core
 * validator exists: it lists, by rule id and with ids only, what a careful reader would object to.
 *
 * <p>It is deliberately simple and strict (for instance it asks every holder of parental authority to be
 * informed before a flow about a minor); it checks the examples, it is not the engine.
 */
final class Soundness {
  private Soundness() {}

  static List<String> problems(Network network, LocalDate date) {
    List<String> problems = new ArrayList<>();
    governance(network, date, problems);
    secondary(network, date, problems);
    risks(network, date, problems);
    network.focalPerson().ifPresent(person -> personCentred(network, person, date, problems));
    flows(network, problems);
    return problems;
  }

  // ---- helpers also used by the tests -------------------------------------------------------------------

  static List<Professional> currentProfessionals(Network network, LocalDate date) {
    return network.professionals().stream().filter(p -> p.isCurrentOn(date)).collect(Collectors.toList());
  }

  static Set<OrganisationId> institutions(Network network, LocalDate date) {
    return currentProfessionals(network, date).stream().map(network::institutionOf).flatMap(Optional::stream)
        .collect(Collectors.toSet());
  }

  static boolean gives(Network network, MemberId member, LocalDate date) {
    return network.graphOn(date).ties().stream().anyMatch(t -> !t.givenBy(member).isEmpty());
  }

  static boolean receives(Network network, MemberId member, LocalDate date) {
    return network.graphOn(date).ties().stream().anyMatch(t -> !t.receivedBy(member).isEmpty());
  }

  // ---- the checks ---------------------------------------------------------------------------------------

  private static void governance(Network network, LocalDate date, List<String> problems) {
    Governance g = network.governance();
    if (g.ethicsCharter().filter(c -> c.coversCommunication() && !c.adopted().isAfter(date)).isEmpty()) {
      problems.add("GOV-SHARED-DEONTOLOGY");
    }
    LocalDate last = network.evaluations().stream().map(e -> e.date()).filter(d -> !d.isAfter(date))
        .max(LocalDate::compareTo).orElse(network.created());
    if (last.isBefore(date.minusMonths(6))) {
      problems.add("GOV-REVIEW-DUE " + last);
    }
    List<Meeting> held = held(network, date);
    int run = 0;
    Optional<MemberId> previous = Optional.empty();
    for (Meeting m : held) {
      run = m.facilitator().isPresent() && m.facilitator().equals(previous) ? run + 1 : 1;
      previous = m.facilitator();
      if (run > 3) {
        problems.add("GOV-ROTATING-FACILITATION " + m.id());
      }
    }
  }

  private static void secondary(Network network, LocalDate date, List<String> problems) {
    for (Professional p : network.professionals()) {
      if (p.competences().isEmpty()) {
        problems.add("PROJECT-COMPLEMENTARITY " + p.id());
      }
      if (p.organisation().isEmpty()) {
        problems.add("SECONDARY-AFFILIATION " + p.id());
      }
    }
    List<Professional> current = currentProfessionals(network, date);
    if (network.formality() == Formality.FORMAL) {
      current.stream().filter(p -> p.delegation().isEmpty())
          .forEach(p -> problems.add("SECONDARY-FORMAL-DELEGATION " + p.id()));
      Governance g = network.governance();
      if (g.place().isEmpty() || g.communicationTools().isEmpty() || g.facilitation().isEmpty()
          || g.traces().isEmpty()) {
        problems.add("SECONDARY-FORMAL-INFRASTRUCTURE");
      }
    } else if (current.size() >= 2 && network.created().isBefore(date.minusMonths(12))) {
      problems.add("SECONDARY-INFORMAL-PERSISTENT");
    }
  }

  private static void risks(Network network, LocalDate date, List<String> problems) {
    LocalDate yearBefore = date.minusMonths(12);
    boolean moved = network.members().stream().flatMap(m -> m.involvements().stream()).anyMatch(p ->
        within(p.start(), yearBefore, date) || p.end().map(e -> within(e, yearBefore, date)).orElse(false));
    if (!moved) {
      problems.add("RISK-CLOSURE");
    }
    for (Member m : network.currentMembers(date)) {
      if (receives(network, m.id(), date) && !gives(network, m.id(), date)) {
        problems.add("RISK-ONE-WAY " + m.id());
      }
    }
    List<Professional> professionals = currentProfessionals(network, date);
    if (institutions(network, date).size() >= 2) {
      Map<OrganisationId, Integer> count = new HashMap<>();
      professionals.forEach(p -> network.institutionOf(p).ifPresent(i -> count.merge(i, 1, Integer::sum)));
      count.forEach((institution, n) -> {
        if (2 * n > professionals.size()) {
          problems.add("RISK-COLONISATION " + institution);
        }
      });
      List<Meeting> held = held(network, date);
      if (held.size() >= 6) {
        Set<Optional<OrganisationId>> facilitating = held.subList(held.size() - 6, held.size()).stream()
            .map(m -> m.facilitator().flatMap(network::member)
                .flatMap(f -> f instanceof Professional ? network.institutionOf((Professional) f) : Optional.empty()))
            .collect(Collectors.toSet());
        if (facilitating.size() == 1 && facilitating.iterator().next().isPresent()) {
          problems.add("RISK-COLONISATION facilitation");
        }
      }
    }
  }

  private static void personCentred(Network network, Person person, LocalDate date, List<String> problems) {
    List<MemberId> mustAgree = new ArrayList<>(List.of(person.id()));
    person.representatives().forEach(r -> mustAgree.add(r.id()));
    for (MemberId who : mustAgree) {
      if (person.agreements().stream().noneMatch(a -> a.by().equals(who) && a.isInForceOn(date))) {
        problems.add("PERSON-CONSENT " + who);
      }
    }
    if (person.strengths().isEmpty()) {
      problems.add("PERSON-STRENGTHS");
    }
    if (!person.hasMultipleNeeds()) {
      problems.add("PERSON-MULTIPLE-NEEDS");
    }
    List<Professional> professionals = currentProfessionals(network, date);
    if (professionals.size() > 8) {
      problems.add("PERSON-NOT-ENCLOSED");
    }
    long mobilised = network.primaryMembers().stream().filter(m -> network.isMobilised(m, date)).count();
    if (mobilised == 0 || professionals.size() > 3 * mobilised) {
      problems.add("PRIMARY-SUPPORTED");
    }
    Optional<PersonalisedProject> project = network.project();
    if (professionals.size() >= 2 && (project.isEmpty() || project.get().objectives().isEmpty()
        || project.get().objectives().stream().anyMatch(o -> o.means().isEmpty())
        || project.get().evaluationStrategy().isEmpty())) {
      problems.add("PROJECT-COMPLETE");
    }
    for (Objective o : project.map(PersonalisedProject::objectives).orElse(ImmutableList.of())) {
      if (o.participation().isEmpty()) {
        problems.add("PROJECT-CO-ELABORATED " + o.id());
      }
    }
    List<ReferentDesignation> inForce =
        network.referents().stream().filter(d -> d.isInForceOn(date)).collect(Collectors.toList());
    if (professionals.size() >= 3 && inForce.isEmpty()) {
      problems.add("REFERENT-DESIGNATED");
    }
    for (ReferentDesignation d : inForce) {
      MemberId referent = d.professional();
      Set<MemberId> tied = network.graphOn(date).neighbours(referent);
      List<MemberId> others = network.currentMembers(date).stream()
          .filter(m -> m instanceof PrimaryMember || m instanceof Professional)
          .map(Member::id).filter(id -> !id.equals(referent)).collect(Collectors.toList());
      long reached = others.stream().filter(tied::contains).count();
      if (!tied.contains(person.id()) || 2 * reached < others.size()) {
        problems.add("REFERENT-CENTRAL " + referent);
      }
      LocalDate horizon = date.plusMonths(3);
      Member member = network.member(referent).orElseThrow();
      boolean leaving = endsBy(d.period(), horizon)
          || member.involvements().stream().filter(p -> p.contains(date)).anyMatch(p -> endsBy(p, horizon));
      if (leaving) {
        problems.add("REFERENT-PERMANENT " + referent);
      }
    }
  }

  private static void flows(Network network, List<String> problems) {
    for (InformationFlow flow : network.flows()) {
      if (flow.purpose().isEmpty() || !flow.purpose().get().needs().containsAll(flow.categories())) {
        problems.add("SHARE-NECESSARY " + flow.id());
      }
      Optional<Member> sender = network.member(flow.sender());
      for (MemberId to : flow.recipients()) {
        Optional<Member> recipient = network.member(to);
        boolean secret = recipient.filter(r -> r instanceof Professional && r.isCurrentOn(flow.date())
            && ((Professional) r).isBoundBySecrecy()).isPresent();
        if (!secret) {
          problems.add("SHARE-WITHIN-SECRECY " + flow.id() + " " + to);
        }
        Set<InformationCategory> missions = recipient.filter(Professional.class::isInstance)
            .map(r -> ((Professional) r).missionCategories()).map(Set::copyOf).orElse(Set.of());
        if (!missions.containsAll(flow.categories())) {
          problems.add("SHARE-DECISION mission of " + to + " in " + flow.id());
        }
      }
      Set<InformationCategory> senderMission = sender.filter(Professional.class::isInstance)
          .map(s -> ((Professional) s).missionCategories()).map(Set::copyOf).orElse(Set.of());
      if (!senderMission.containsAll(flow.categories())) {
        problems.add("SHARE-DECISION mission of " + flow.sender() + " in " + flow.id());
      }
      network.focalPerson().filter(p -> p.id().equals(flow.about())).ifPresent(person -> {
        if (!flow.personPresent() && !informed(network, person.id(), flow, InformingSubject.NATURE_OF_INFORMATION)) {
          problems.add("SHARE-WITH-NOT-ABOUT " + flow.id());
        }
        if (person.lifeStage().isMinor()) {
          for (LegalRepresentative r : person.representatives()) {
            if (!informed(network, r.id(), flow, InformingSubject.NATURE_OF_INFORMATION)) {
              problems.add("SHARE-DECISION holder " + r.id() + " not informed before " + flow.id());
            }
          }
        } else if (!informed(network, person.id(), flow, InformingSubject.RIGHT_TO_OBJECT)) {
          problems.add("SHARE-DECISION right to object before " + flow.id());
        }
      });
    }
  }

  private static boolean informed(Network network, MemberId who, InformationFlow flow, InformingSubject subject) {
    return network.informings().stream().anyMatch(
        (Informing i) -> i.informed().equals(who) && i.covers(flow) && i.subjects().contains(subject));
  }

  private static List<Meeting> held(Network network, LocalDate date) {
    return network.meetings().stream().filter(m -> !m.date().isAfter(date))
        .sorted((a, b) -> a.date().compareTo(b.date())).collect(Collectors.toList());
  }

  private static boolean within(LocalDate day, LocalDate after, LocalDate until) {
    return day.isAfter(after) && !day.isAfter(until);
  }

  private static boolean endsBy(Period period, LocalDate horizon) {
    return period.end().map(e -> !e.isAfter(horizon)).orElse(false);
  }
}
