package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/** Properties of the derived views of a network: each agrees with its definition, written out plainly. */
class NetworkDerivedProperties {

  @Property(tries = 200)
  void theCurrentListsAreTheMembersCurrentOnTheDateInOrder(
      @ForAll("networks") Network network, @ForAll("dates") LocalDate date) {
    // given any network and date
    // when the current members, primary members and professionals are read
    // then each is its list filtered by Member.isCurrentOn, in the network's order
    assertThat(network.currentMembers(date)).containsExactlyElementsOf(current(network.members(), date));
    assertThat(network.primaryMembersOn(date)).containsExactlyElementsOf(current(network.primaryMembers(), date));
    assertThat(network.professionalsOn(date)).containsExactlyElementsOf(current(network.professionals(), date));
  }

  @Property(tries = 200)
  void theInstitutionsAreThoseOfEachProfessionalWithAnOrganisation(@ForAll("networks") Network network) {
    // given any network
    // when the institutions are read
    // then each professional with an organisation has their institutionOf, and nobody else is present
    int withOrganisation = 0;
    for (Professional professional : network.professionals()) {
      Optional<OrganisationId> institution = network.institutionOf(professional);
      assertThat(Optional.ofNullable(network.institutions().get(professional.id()))).isEqualTo(institution);
      assertThat(institution.isPresent()).isEqualTo(professional.organisation().isPresent());
      if (institution.isPresent()) {
        withOrganisation++;
      }
    }
    assertThat(network.institutions()).hasSize(withOrganisation);
  }

  @Property(tries = 200)
  void theNeighboursAreTheOtherEndsOfTheTiesEachOnce(@ForAll("networks") Network network) {
    // given any network
    // when each individual's neighbours are read
    // then they are the other ends of its ties, each once, in the order of their first tie
    List<MemberId> individuals = new ArrayList<>();
    network.focalPerson().ifPresent(p -> individuals.add(p.id()));
    for (Member member : network.members()) {
      individuals.add(member.id());
    }
    for (MemberId individual : individuals) {
      Set<MemberId> expected = new LinkedHashSet<>();
      for (Tie tie : network.tiesOf(individual)) {
        expected.add(tie.other(individual));
      }
      assertThat(network.neighboursOf(individual)).containsExactlyElementsOf(expected);
      assertThat(network.hasIndividual(individual)).isTrue();
    }
    assertThat(network.neighboursOf(MemberId.of("nobody-here"))).isEmpty();
    assertThat(network.hasIndividual(MemberId.of("nobody-here"))).isFalse();
  }

  private static <M extends Member> List<M> current(List<M> members, LocalDate date) {
    List<M> current = new ArrayList<>();
    for (M member : members) {
      if (member.isCurrentOn(date)) {
        current.add(member);
      }
    }
    return current;
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<LocalDate> dates() {
    LocalDate reference = NetworkGenerators.REFERENCE_DATE;
    return Gen.integers(-1500, 400).map(reference::plusDays);
  }
}
