package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.member.Member;
import org.maillage.person.Person;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** Properties of the graph views {@link Network#graph()} and {@link Network#graphOn(LocalDate)}. */
class NetworkGraphProperties {

  @Property(tries = 60)
  void theWholeGraphHasEveryIndividualAndEveryTie(@ForAll("networks") Network network) {
    // given a generated network
    List<MemberId> individuals = new ArrayList<>();
    network.focalPerson().map(Person::id).ifPresent(individuals::add);
    network.members().forEach(m -> individuals.add(m.id()));

    // when its graph is taken
    NetworkGraph graph = network.graph();

    // then the nodes are the individuals in order, and every tie is an edge between its two ends
    assertThat(graph.individuals()).containsExactlyElementsOf(individuals);
    assertThat(graph.focalPerson()).isEqualTo(network.focalPerson().map(Person::id));
    assertThat(graph.ties()).containsExactlyInAnyOrderElementsOf(network.ties());
    for (Tie tie : network.ties()) {
      assertThat(graph.areTied(tie.first(), tie.second())).isTrue();
      assertThat(graph.areTied(tie.second(), tie.first())).isTrue();
      assertThat(graph.tiesBetween(tie.first(), tie.second())).contains(tie);
      assertThat(graph.tiesOf(tie.first())).contains(tie);
      assertThat(graph.tiesOf(tie.second())).contains(tie);
    }
    Statistics.label("ties").collect(network.ties().isEmpty() ? "none" : "some");
  }

  @Property(tries = 60)
  void degreesAndNeighboursAreSymmetric(@ForAll("networks") Network network) {
    // given the graph of a generated network
    NetworkGraph graph = network.graph();

    // when degrees and neighbours are read
    int degrees = 0;
    for (MemberId individual : graph.individuals()) {
      Set<MemberId> expected = new HashSet<>();
      network.ties().stream().filter(t -> t.involves(individual)).forEach(t -> expected.add(t.other(individual)));

      // then each individual's neighbours are the other ends of its ties, and adjacency goes both ways
      assertThat(graph.neighbours(individual)).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(graph.degree(individual)).isEqualTo(expected.size());
      for (MemberId neighbour : graph.neighbours(individual)) {
        assertThat(graph.neighbours(neighbour)).contains(individual);
        assertThat(graph.tiesBetween(neighbour, individual))
            .containsExactlyInAnyOrderElementsOf(graph.tiesBetween(individual, neighbour));
      }
      degrees += graph.degree(individual);
    }
    Set<Set<MemberId>> pairs = new HashSet<>();
    network.ties().forEach(t -> pairs.add(Set.of(t.first(), t.second())));
    assertThat(degrees).isEqualTo(2 * pairs.size());
  }

  @Property(tries = 60)
  void theGraphOnADateKeepsCurrentIndividualsAndTheTiesBetweenThem(@ForAll("networks") Network network,
      @ForAll("dates") LocalDate date) {
    // given a generated network and a date
    Set<MemberId> current = new HashSet<>();
    network.focalPerson().map(Person::id).ifPresent(current::add);
    network.members().stream().filter(m -> m.isCurrentOn(date)).map(Member::id).forEach(current::add);

    // when the graph on that date is taken
    NetworkGraph graph = network.graphOn(date);

    // then it holds the person, the current members, and only the ties whose two ends are among them
    assertThat(graph.individuals()).containsExactlyInAnyOrderElementsOf(current);
    assertThat(graph.ties()).containsExactlyInAnyOrderElementsOf(network.ties().stream()
        .filter(t -> current.contains(t.first()) && current.contains(t.second())).toList());
    Statistics.label("some member left the view")
        .collect(graph.individuals().size() < network.graph().individuals().size());
  }

  @Property(tries = 20)
  void anIndividualOutsideTheViewIsRejectedByName(@ForAll("networks") Network network) {
    // given a network and an id that is none of its individuals
    MemberId stranger = MemberId.of("stranger-" + network.members().size());

    // when the graph is asked about it, then it fails quoting the id
    assertThatThrownBy(() -> network.graph().degree(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + stranger + "'");
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<LocalDate> dates() {
    return NetworkGenerators.dates();
  }
}
