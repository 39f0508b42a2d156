package org.maillage.fhir;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.maillage.member.Competence;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;

/**
 * A generated network with ordinary text in every field the export writes: the generators' texts end in a space or
 * hold angle brackets on purpose (hostile text, which the export keeps as recorded and HAPI warns about), so the
 * strict validation tests first make each such text ordinary: stripped, and {@code <} and {@code >} written as
 * parentheses. Ids, dates and codes are left as they are.
 */
final class OrdinaryTexts {
  private OrdinaryTexts() {}

  static Network of(Network n) {
    Network.Builder b = Network.builder().from(n).name(text(n.name()))
        .organisations(n.organisations().stream().map(OrdinaryTexts::organisation).collect(Collectors.toList()))
        .members(n.members().stream().map(OrdinaryTexts::member).collect(Collectors.toList()));
    n.focalPerson().ifPresent(p -> b.focalPerson(person(p)));
    n.project().ifPresent(p -> b.project(project(p)));
    return b.build();
  }

  static String text(String s) {
    return s.strip().replace('<', '(').replace('>', ')');
  }

  private static Optional<String> text(Optional<String> s) {
    return s.map(OrdinaryTexts::text);
  }

  private static Person person(Person p) {
    return Person.builder().from(p).name(text(p.name()))
        .needs(p.needs().stream().map(x -> Need.builder().from(x).note(text(x.note())).build())
            .collect(Collectors.toList()))
        .representatives(p.representatives().stream()
            .map(r -> LegalRepresentative.builder().from(r).name(text(r.name())).build()).collect(Collectors.toList()))
        .build();
  }

  private static Organisation organisation(Organisation o) {
    return Organisation.builder().from(o).name(text(o.name())).build();
  }

  private static Member member(Member m) {
    if (m instanceof PrimaryMember pm) {
      return PrimaryMember.builder().from(pm).name(text(pm.name())).build();
    }
    if (m instanceof Participant pa) {
      return Participant.builder().from(pa).name(text(pa.name())).build();
    }
    Professional pr = (Professional) m;
    List<Competence> competences = pr.competences().stream()
        .map(c -> Competence.of(text(c.role()), c.spheres().toArray(new LifeSphere[0]))).collect(Collectors.toList());
    return Professional.builder().from(pr).name(text(pr.name())).competences(competences).build();
  }

  private static PersonalisedProject project(PersonalisedProject p) {
    return PersonalisedProject.builder().from(p).evaluationStrategy(text(p.evaluationStrategy()))
        .objectives(p.objectives().stream().map(o -> Objective.builder().from(o).statement(text(o.statement()))
            .means(o.means().stream().map(m -> Means.builder().from(m).description(text(m.description())).build())
                .collect(Collectors.toList()))
            .build()).collect(Collectors.toList()))
        .build();
  }
}
