package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.FlowId;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.Objection;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * The network's indexes, built with its structural checks when the value is built, give the answers of their
 * definitions, written out plainly as searches of the network's lists: for every individual, representative and
 * flow, and for ids the network does not know.
 */
class NetworkIndexProperties {
  private static final MemberId UNKNOWN = MemberId.of("nobody-here");

  @Property(tries = 300)
  void everyLookUpIsTheSearchOfItsList(@ForAll("networks") Network network, @ForAll("dates") LocalDate date) {
    // given any network, and every id it knows or might be asked about
    Set<MemberId> ids = new LinkedHashSet<>();
    Optional<Person> person = network.focalPerson();
    person.ifPresent(p -> ids.addAll(p.personAndRepresentatives()));
    for (Member member : network.members()) {
      ids.add(member.id());
    }
    ids.add(UNKNOWN);
    Statistics.Label informings = Statistics.label("with informings");
    informings.collect(!network.informings().isEmpty());
    informings.coverage(true, 10);
    Statistics.Label designations = Statistics.label("with designations");
    designations.collect(!network.referents().isEmpty());
    designations.coverage(true, 10);
    Statistics.Label objectionsOrConsents = Statistics.label("with objections or consents");
    objectionsOrConsents.collect(!network.objections().isEmpty() || !network.consents().isEmpty());
    objectionsOrConsents.coverage(true, 10);

    // when each is looked up
    // then every answer is the network's list searched for it, in the network's order
    for (MemberId id : ids) {
      assertThat(network.tiesOf(id)).containsExactlyElementsOf(tiesOf(network, id));
      assertThat(network.informingsOf(id)).containsExactlyElementsOf(where(network.informings(),
          i -> i.informed().equals(id)));
      assertThat(network.generalInformingsOf(id)).containsExactlyElementsOf(where(network.informings(),
          i -> i.informed().equals(id) && i.flow().isEmpty()));
      assertThat(network.objectionsBy(id)).containsExactlyElementsOf(where(network.objections(),
          (Objection o) -> o.by().equals(id)));
      assertThat(network.consentsBy(id)).containsExactlyElementsOf(where(network.consents(),
          (Consent c) -> c.by().equals(id)));
      assertThat(network.designationsOf(id)).containsExactlyElementsOf(where(network.referents(),
          (ReferentDesignation d) -> d.professional().equals(id)));
      Optional<Member> member = network.members().stream().filter(m -> m.id().equals(id)).findFirst();
      assertThat(network.member(id)).isEqualTo(member);
      boolean focal = person.isPresent() && person.get().id().equals(id);
      assertThat(network.hasIndividual(id)).isEqualTo(focal || member.isPresent());
      assertThat(network.isCurrentOn(id, date)).isEqualTo(focal || member.isPresent()
          && member.get().isCurrentOn(date));
    }
    for (InformationFlow flow : network.flows()) {
      FlowId id = flow.id();
      assertThat(network.informingsFor(id)).containsExactlyElementsOf(where(network.informings(),
          i -> i.flow().equals(Optional.of(id))));
    }
    assertThat(network.informingsFor(FlowId.of("no-such-flow"))).isEmpty();
    for (Organisation organisation : network.organisations()) {
      assertThat(network.organisation(organisation.id())).contains(organisation);
    }
    assertThat(network.organisation(OrganisationId.of("no-such-organisation"))).isEmpty();
  }

  @Property(tries = 300)
  void whoIsCurrentIsAnsweredForEachDateAskedInTurn(@ForAll("networks") Network network,
      @ForAll("dates") LocalDate first, @ForAll("dates") LocalDate second) {
    // given any network, and two dates asked in turn (the network keeps the answer of the last date asked)
    for (LocalDate date : List.of(first, second, first, second, second)) {
      // when who is current on it is read
      // then each answer is the member's own Member.isCurrentOn, in the network's order
      assertThat(network.currentMembers(date)).containsExactlyElementsOf(where(network.members(),
          m -> m.isCurrentOn(date)));
      assertThat(network.professionalsOn(date)).containsExactlyElementsOf(where(network.professionals(),
          m -> m.isCurrentOn(date)));
      assertThat(network.primaryMembersOn(date)).containsExactlyElementsOf(where(network.primaryMembers(),
          m -> m.isCurrentOn(date)));
      for (Member member : network.members()) {
        assertThat(network.isCurrentOn(member.id(), date)).isEqualTo(member.isCurrentOn(date));
      }
    }
  }

  @Property(tries = 300)
  void theDerivedListsAndSetsAreTheirDefinitions(@ForAll("networks") Network network) {
    // given any network
    // when its member lists, designated référents, means holders and institutions are read
    // then each is its definition, in the network's order
    assertThat(new ArrayList<Member>(network.primaryMembers())).containsExactlyElementsOf(where(network.members(),
        m -> m instanceof PrimaryMember));
    assertThat(new ArrayList<Member>(network.professionals())).containsExactlyElementsOf(where(network.members(),
        m -> m instanceof Professional));
    assertThat(new ArrayList<Member>(network.participants())).containsExactlyElementsOf(where(network.members(),
        m -> m instanceof Participant));
    Set<MemberId> designated = new LinkedHashSet<>();
    network.referents().forEach(d -> designated.add(d.professional()));
    assertThat(network.designatedReferents()).containsExactlyElementsOf(designated);
    Set<MemberId> holders = new LinkedHashSet<>();
    for (Objective objective : network.project().map(p -> p.objectives()).orElse(com.google.common.collect
        .ImmutableList.of())) {
      for (Means means : objective.means()) {
        holders.add(means.holder());
      }
    }
    assertThat(network.meansHolders()).containsExactlyElementsOf(holders);
    Map<MemberId, OrganisationId> institutions = new LinkedHashMap<>();
    for (Member member : network.members()) {
      if (member instanceof Professional) {
        Professional professional = (Professional) member;
        professional.organisation().ifPresent(o -> institutions.put(professional.id(), network.organisations()
            .stream().filter(r -> r.id().equals(o)).findFirst().flatMap(Organisation::parent).orElse(o)));
      }
    }
    assertThat(network.institutions()).containsExactlyEntriesOf(institutions);
  }

  private static List<Tie> tiesOf(Network network, MemberId id) {
    List<Tie> ties = new ArrayList<>();
    for (Tie tie : network.ties()) {
      if (tie.first().equals(id) || tie.second().equals(id)) {
        ties.add(tie);
      }
    }
    return ties;
  }

  private static <T> List<T> where(List<T> values, java.util.function.Predicate<? super T> test) {
    List<T> found = new ArrayList<>();
    for (T value : values) {
      if (test.test(value)) {
        found.add(value);
      }
    }
    return found;
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<LocalDate> dates() {
    LocalDate reference = NetworkGenerators.REFERENCE_DATE;
    return Gen.integers(-1500, 400).map(reference::plusDays);
  }
}
