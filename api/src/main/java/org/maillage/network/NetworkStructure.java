package org.maillage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.QuotedInput;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Professional;
import org.maillage.person.JudicialMeasure;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.referent.QualityAssessment;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.Objection;

/**
 * The structural invariants of a {@link Network}: what cannot be written down at all. Business rules are
 * validation rules, in core; nothing here judges practice.
 *
 * <p>Every problem is collected, then one {@link InvalidModelException} reports them all, each with its path
 * ({@code Network.ties[t-1].first}) and a fix, so that an importer maps every one back to its record. Ids are
 * quoted through {@link QuotedInput}; a judicial measure, whose reference is personal, is named by its
 * position in the person's list.
 *
 * <p>Linear in the network's parts: every part is read once, and every reference it makes (to an individual,
 * an organisation, a flow, a professional) is checked by a hash-set or member-index look-up, never by a search
 * of a list.
 */
final class NetworkStructure {
  private final Network n;
  private final String inNetwork;
  private final List<ModelProblem> problems = new ArrayList<>(0);
  /** The members by id, the first of a repeated id kept: the network's own index refuses repeats. */
  private final Map<MemberId, Member> members = new HashMap<>();

  private NetworkStructure(Network n) {
    this.n = n;
    this.inNetwork = " in network " + QuotedInput.quote(n.id());
  }

  static void check(Network n) {
    NetworkStructure structure = new NetworkStructure(n);
    structure.checkAll();
    if (!structure.problems.isEmpty()) {
      throw new InvalidModelException(structure.problems);
    }
  }

  private void problem(String field, String what, String fix) {
    problems.add(ModelProblem.of("Network", n.id(), field, what + inNetwork + "; " + fix));
  }

  private static String key(Object id) {
    return QuotedInput.escape(id.toString());
  }

  private void checkAll() {
    Set<MemberId> individuals = new HashSet<>();
    Set<MemberId> speakers = new HashSet<>(); // who may be informed, object or consent
    n.focalPerson().ifPresent(p -> {
      individuals.add(p.id());
      speakers.addAll(p.personAndRepresentatives());
    });
    for (Member m : n.members()) {
      members.putIfAbsent(m.id(), m);
      if (!individuals.add(m.id())) {
        problem("members[" + key(m.id()) + "]", "id " + QuotedInput.quote(m.id()) + " is used twice (or is the focal "
            + "person's)", "give each individual one id");
      }
    }
    speakers.addAll(individuals);

    Set<Object> organisations = new HashSet<>();
    for (Organisation o : n.organisations()) {
      if (!organisations.add(o.id())) {
        problem("organisations[" + key(o.id()) + "]", "id " + QuotedInput.quote(o.id()) + " is used twice",
            "list each organisation once");
      }
    }
    for (Professional p : n.professionals()) {
      p.organisation().ifPresent(o -> {
        if (!organisations.contains(o)) {
          problem("members[" + key(p.id()) + "].organisation", QuotedInput.quote(o) + " is not an organisation",
              "add it to organisations or correct the professional");
        }
      });
    }

    Set<Object> ids = new HashSet<>();
    for (Tie t : n.ties()) {
      unique(ids, t.id(), "ties");
      known(individuals, t.first(), "ties[" + key(t.id()) + "].first", "correct the tie or add the member");
      known(individuals, t.second(), "ties[" + key(t.id()) + "].second", "correct the tie or add the member");
    }
    ids.clear();
    for (Meeting m : n.meetings()) {
      unique(ids, m.id(), "meetings");
      for (MemberId p : m.participants()) {
        known(individuals, p, "meetings[" + key(m.id()) + "].participants", "correct the meeting or add the member");
      }
      m.facilitator().ifPresent(f -> known(individuals, f, "meetings[" + key(m.id()) + "].facilitator",
          "correct the meeting or add the member"));
    }

    LocalDate previous = n.created();
    for (int i = 0; i < n.statusHistory().size(); i++) {
      StatusChange c = n.statusHistory().get(i);
      if (c.date().isBefore(previous)) {
        problem("statusHistory[" + i + "]", "change on " + QuotedInput.quote(c.date()) + " comes before "
            + QuotedInput.quote(previous) + " (creation or previous change)",
            "list changes in date order, on or after creation");
      }
      if (c.date().isAfter(previous)) {
        previous = c.date();
      }
    }

    for (ReferentDesignation d : n.referents()) {
      professional(d.professional(), "referents");
    }
    for (QualityAssessment a : n.referentAssessments()) {
      professional(a.referent(), "referentAssessments.referent");
    }

    n.project().ifPresent(project -> {
      Set<Object> objectives = new HashSet<>();
      for (Objective o : project.objectives()) {
        unique(objectives, o.id(), "project.objectives");
        for (Means means : o.means()) {
          known(individuals, means.holder(), "project.objectives[" + key(o.id()) + "].means.holder",
              "assign the means to a member of the network");
        }
      }
    });

    n.partnership().ifPresent(p -> {
      for (MemberId m : p.members()) {
        known(individuals, m, "partnership.members", "add the member or correct the party");
      }
      p.organisations().forEach(o -> {
        if (!organisations.contains(o)) {
          problem("partnership.organisations", QuotedInput.quote(o) + " is not an organisation",
              "add it to organisations or correct the party");
        }
      });
    });

    Set<Object> flows = new HashSet<>();
    for (InformationFlow f : n.flows()) {
      unique(flows, f.id(), "flows");
      String field = "flows[" + key(f.id()) + "]";
      known(individuals, f.sender(), field + ".sender", "the sender must be an individual of the network");
      for (MemberId to : f.recipients()) {
        known(individuals, to, field + ".recipients", "recipients must be individuals of the network");
      }
      known(speakers, f.about(), field + ".about", "a flow is about the person or another individual");
    }
    for (Informing i : n.informings()) {
      known(speakers, i.informed(), "informings.informed", "name the person or a representative");
      i.by().ifPresent(b -> known(individuals, b, "informings.by", "name a member of the network"));
      i.flow().ifPresent(f -> {
        if (!flows.contains(f)) {
          problem("informings.flow", QuotedInput.quote(f) + " is not a flow",
              "add the flow or leave the information general");
        }
      });
    }
    for (Objection o : n.objections()) {
      known(speakers, o.by(), "objections.by", "name the person or a representative");
    }
    for (Consent c : n.consents()) {
      known(speakers, c.by(), "consents.by", "name the person or a representative");
    }
    for (int i = 0; i < n.jurisdictionFacts().size(); i++) {
      for (Map.Entry<String, MemberId> named : n.jurisdictionFacts().get(i).namedMembers().entrySet()) {
        known(individuals, named.getValue(), "jurisdictionFacts[" + i + "]." + named.getKey(),
            "name a member of the network");
      }
    }
    n.focalPerson().map(Person::measures).ifPresent(measures -> {
      for (int i = 0; i < measures.size(); i++) {
        JudicialMeasure m = measures.get(i);
        for (MemberId p : m.mandated()) {
          // the measure by its position: its reference is personal (Disclosure.Kind.PERSONAL)
          professional(p, "focalPerson.measures[" + i + "].mandated");
        }
      }
    });
  }

  private void unique(Set<Object> seen, Object id, String field) {
    if (!seen.add(id)) {
      problem(field + "[" + key(id) + "]", "id " + QuotedInput.quote(id) + " is used twice",
          "give each one its own id");
    }
  }

  private void known(Set<MemberId> individuals, MemberId id, String field, String fix) {
    if (!individuals.contains(id)) {
      problem(field, QuotedInput.quote(id) + " is not an individual", fix);
    }
  }

  private void professional(MemberId id, String field) {
    if (!(members.get(id) instanceof Professional)) {
      problem(field, QuotedInput.quote(id) + " is not a professional",
          "only professionals of the network can be named here");
    }
  }
}
