package org.maillage.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.maillage.MemberId;
import org.maillage.member.Competence;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;

/**
 * What FHIR carries of a network, as lines to compare: README's "What FHIR carries", element by element. A
 * network without a focal person carries no related person, project or consent (FHIR needs a patient for them).
 */
final class Carried {
  private Carried() {}

  static List<String> of(Network n) {
    List<String> out = new ArrayList<>();
    out.add("network " + n.id() + " " + n.name() + " " + n.created());
    n.focalPerson().ifPresent(p -> out.add("person " + p.id() + " " + p.name() + " " + p.birthDate()));
    boolean patient = n.focalPerson().isPresent();
    n.focalPerson().ifPresent(p -> p.needs().forEach(need -> out.add("need " + need.sphere() + " " + need.note())));
    // the representatives, as a set: the bundle orders them as its resources
    n.focalPerson().ifPresent(p -> p.representatives().stream().map(r -> "representative " + r.id() + " "
        + r.kind() + " " + (n.member(r.id()).isPresent() ? n.member(r.id()).get().name() : r.name()))
        .sorted().forEach(out::add));
    for (Organisation o : n.organisations()) {
      out.add("organisation " + o.id() + " " + o.name() + " " + o.kind() + " " + o.sector() + " " + o.parent());
    }
    Set<MemberId> individuals = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    n.focalPerson().ifPresent(p -> individuals.add(p.id()));
    n.focalPerson().ifPresent(p -> p.representatives().forEach(r -> individuals.add(r.id())));
    for (Member m : n.members()) {
      if (!(m instanceof Professional) && !patient) {
        continue;
      }
      individuals.add(m.id());
      String common = m.id() + " " + m.name() + " " + m.horizon() + " " + m.sector() + " " + m.involvements();
      if (m instanceof PrimaryMember pm) {
        out.add("primary " + common + " " + pm.relation());
      } else if (m instanceof Participant pa) {
        out.add("participant " + common + " " + pa.role());
      } else if (m instanceof Professional p) {
        out.add("professional " + common + " " + p.organisation() + " " + p.competences().stream()
            .map(Carried::competence).collect(Collectors.toList()));
      }
    }
    for (ReferentDesignation d : n.referents()) {
      out.add("referent " + d.professional() + " " + d.period());
    }
    if (patient) {
      n.project().ifPresent(p -> {
        out.add("project " + p.evaluationStrategy());
        for (Objective o : p.objectives()) {
          out.add("objective " + o.id() + " " + o.sphere() + " " + o.statement());
          for (Means m : o.means()) {
            if (individuals.contains(m.holder())) {
              out.add("means " + m.holder() + " " + m.description());
            }
          }
        }
      });
      for (Consent c : n.consents()) {
        if (individuals.contains(c.by())) {
          out.add("consent " + c.by() + " " + new TreeSet<>(c.informationCategories()) + " "
              + c.professionalCategories().stream().map(x -> x.jurisdiction() + ":" + x.name()).sorted()
              .collect(Collectors.toList()) + " " + c.given() + " " + c.withdrawn());
        }
      }
    }
    return out;
  }

  private static String competence(Competence c) {
    return c.role() + c.spheres().stream().map(s -> s.code()).sorted().collect(Collectors.toList());
  }
}
