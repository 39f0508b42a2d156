package org.maillage.network;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.maillage.MemberId;
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
 * <p>Linear in the network's parts: every part is read once, and every reference it makes (to an individual,
 * an organisation, a flow, a professional) is checked by a hash-set or member-index look-up, never by a search
 * of a list.
 */
final class NetworkStructure {
  private NetworkStructure() {}

  static void check(Network n) {
    String net = " in network '" + n.id() + "'";
    Set<MemberId> individuals = new HashSet<>();
    Set<MemberId> speakers = new HashSet<>(); // who may be informed, object or consent
    n.focalPerson().ifPresent(p -> {
      individuals.add(p.id());
      speakers.addAll(p.personAndRepresentatives());
    });
    for (Member m : n.members()) {
      if (!individuals.add(m.id())) {
        throw new IllegalArgumentException("Network.members: id '" + m.id() + "' is used twice" + net
            + " (or is the focal person's); give each individual one id");
      }
    }
    speakers.addAll(individuals);

    Set<Object> organisations = new HashSet<>();
    for (Organisation o : n.organisations()) {
      if (!organisations.add(o.id())) {
        throw new IllegalArgumentException("Network.organisations: id '" + o.id() + "' is used twice" + net
            + "; list each organisation once");
      }
    }
    for (Professional p : n.professionals()) {
      p.organisation().ifPresent(o -> {
        if (!organisations.contains(o)) {
          throw new IllegalArgumentException("Network.members[" + p.id() + "].organisation: '" + o
              + "' is not an organisation" + net + "; add it to organisations or correct the professional");
        }
      });
    }

    Set<Object> ids = new HashSet<>();
    for (Tie t : n.ties()) {
      unique(ids, t.id(), "ties", net);
      known(individuals, t.first(), "ties[" + t.id() + "].first", net, "correct the tie or add the member");
      known(individuals, t.second(), "ties[" + t.id() + "].second", net, "correct the tie or add the member");
    }
    ids.clear();
    for (Meeting m : n.meetings()) {
      unique(ids, m.id(), "meetings", net);
      for (MemberId p : m.participants()) {
        known(individuals, p, "meetings[" + m.id() + "].participants", net, "correct the meeting or add the member");
      }
      m.facilitator().ifPresent(f ->
          known(individuals, f, "meetings[" + m.id() + "].facilitator", net, "correct the meeting or add the member"));
    }

    LocalDate previous = n.created();
    for (StatusChange c : n.statusHistory()) {
      if (c.date().isBefore(previous)) {
        throw new IllegalArgumentException("Network.statusHistory: change on " + c.date() + " comes before "
            + previous + " (creation or previous change)" + net + "; list changes in date order, "
            + "on or after creation");
      }
      previous = c.date();
    }

    for (ReferentDesignation d : n.referents()) {
      professional(n, d.professional(), "referents", net);
    }
    for (QualityAssessment a : n.referentAssessments()) {
      professional(n, a.referent(), "referentAssessments.referent", net);
    }

    n.project().ifPresent(project -> {
      Set<Object> objectives = new HashSet<>();
      for (Objective o : project.objectives()) {
        unique(objectives, o.id(), "project.objectives", net);
        for (Means means : o.means()) {
          known(individuals, means.holder(), "project.objectives[" + o.id() + "].means.holder", net,
              "assign the means to a member of the network");
        }
      }
    });

    n.partnership().ifPresent(p -> {
      for (MemberId m : p.members()) {
        known(individuals, m, "partnership.members", net, "add the member or correct the party");
      }
      p.organisations().forEach(o -> {
        if (!organisations.contains(o)) {
          throw new IllegalArgumentException("Network.partnership.organisations: '" + o
              + "' is not an organisation" + net + "; add it to organisations or correct the party");
        }
      });
    });

    ids.clear();
    Set<Object> flows = new HashSet<>();
    for (InformationFlow f : n.flows()) {
      unique(flows, f.id(), "flows", net);
      String field = "flows[" + f.id() + "]";
      known(individuals, f.sender(), field + ".sender", net, "the sender must be an individual of the network");
      for (MemberId to : f.recipients()) {
        known(individuals, to, field + ".recipients", net, "recipients must be individuals of the network");
      }
      known(speakers, f.about(), field + ".about", net, "a flow is about the person or another individual");
    }
    for (Informing i : n.informings()) {
      known(speakers, i.informed(), "informings.informed", net, "name the person or a representative");
      i.by().ifPresent(b -> known(individuals, b, "informings.by", net, "name a member of the network"));
      i.flow().ifPresent(f -> {
        if (!flows.contains(f)) {
          throw new IllegalArgumentException("Network.informings.flow: '" + f + "' is not a flow" + net
              + "; add the flow or leave the information general");
        }
      });
    }
    for (Objection o : n.objections()) {
      known(speakers, o.by(), "objections.by", net, "name the person or a representative");
    }
    for (Consent c : n.consents()) {
      known(speakers, c.by(), "consents.by", net, "name the person or a representative");
    }
    n.socialActionTrigger().flatMap(t -> t.coordinator()).ifPresent(c ->
        known(individuals, c, "socialActionTrigger.coordinator", net, "name a member of the network"));
    n.focalPerson().map(Person::measures).ifPresent(measures -> {
      for (JudicialMeasure m : measures) {
        for (MemberId p : m.mandated()) {
          professional(n, p, "focalPerson.measures[" + m.reference() + "].mandated", net);
        }
      }
    });
  }

  private static void unique(Set<Object> seen, Object id, String field, String net) {
    if (!seen.add(id)) {
      throw new IllegalArgumentException("Network." + field + ": id '" + id + "' is used twice" + net
          + "; give each one its own id");
    }
  }

  private static void known(Set<MemberId> individuals, MemberId id, String field, String net, String fix) {
    if (!individuals.contains(id)) {
      throw new IllegalArgumentException(
          "Network." + field + ": '" + id + "' is not an individual" + net + "; " + fix);
    }
  }

  private static void professional(Network n, MemberId id, String field, String net) {
    if (!(n.member(id).orElse(null) instanceof Professional)) {
      throw new IllegalArgumentException("Network." + field + ": '" + id + "' is not a professional" + net
          + "; only professionals of the network can be named here");
    }
  }
}
