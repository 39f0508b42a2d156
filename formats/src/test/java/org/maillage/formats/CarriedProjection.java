package org.maillage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillage.MemberId;
import org.maillage.member.Member;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.person.Person;

/**
 * What GraphML and egor's tables carry of a network, built with the model's own builders: what a network read
 * back from either is compared to. An empty text reads back absent, since both formats write absent as empty.
 *
 * <p>Test scope.
 */
public final class CarriedProjection {
  private CarriedProjection() {}

  /**
   * Returns the part of a network the research formats carry, its ties in the order they are read back: the
   * ties of the focal person in the order of the members they join, then the others in the network's order.
   *
   * @param n a network
   * @return the projection
   */
  public static Network of(Network n) {
    Network.Builder b = Network.builder().id(n.id()).created(n.created()).name(text(n.name())).forms(n.forms())
        .formality(n.formality()).theme(text(n.theme())).territory(text(n.territory()));
    Optional<MemberId> focal = n.focalPerson().map(Person::id);
    n.focalPerson().ifPresent(p -> {
      Person.Builder person = Person.builder().id(p.id()).name(text(p.name())).lifeStage(p.lifeStage());
      p.birthDate().ifPresent(person::birthDate);
      b.focalPerson(person.build());
    });
    List<Tie> ties = new ArrayList<>();
    for (Member m : n.members()) {
      b.addMember(member(m));
      if (focal.isPresent()) {
        for (Tie t : n.tiesOf(m.id())) {
          if (t.involves(focal.get())) {
            ties.add(t);
          }
        }
      }
    }
    for (Tie t : n.ties()) {
      if (focal.isEmpty() || !t.involves(focal.get())) {
        ties.add(t);
      }
    }
    return b.ties(ties).build();
  }

  private static Member member(Member m) {
    if (m instanceof PrimaryMember) {
      PrimaryMember p = (PrimaryMember) m;
      return PrimaryMember.builder().id(p.id()).name(text(p.name())).note(text(p.note())).sector(p.sector())
          .horizon(p.horizon()).alive(p.alive()).reachable(p.reachable()).dormant(p.dormant())
          .involvements(p.involvements()).relation(p.relation()).build();
    }
    if (m instanceof Participant) {
      Participant p = (Participant) m;
      return Participant.builder().id(p.id()).name(text(p.name())).note(text(p.note())).sector(p.sector())
          .horizon(p.horizon()).alive(p.alive()).reachable(p.reachable()).dormant(p.dormant())
          .involvements(p.involvements()).role(p.role()).build();
    }
    Professional p = (Professional) m;
    return Professional.builder().id(p.id()).name(text(p.name())).note(text(p.note())).sector(p.sector())
        .horizon(p.horizon()).alive(p.alive()).reachable(p.reachable()).dormant(p.dormant())
        .involvements(p.involvements()).secrecy(p.secrecy()).mandate(p.mandate()).delegation(p.delegation())
        .missionCategories(p.missionCategories()).competences(p.competences()).build();
  }

  private static Optional<String> text(Optional<String> text) {
    return text.filter(t -> !t.isEmpty());
  }
}
