package org.maillage.formats.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.network.Network;
import org.maillage.person.Person;

class WithheldGuardTest {

  @Test
  void an_attribute_the_rewrite_left_alone_is_reported_by_name() {
    // given a network nobody rewrote: a name and original ids
    Network network = Network.builder().id(NetworkId.of("n-1")).created(LocalDate.of(2026, 1, 5))
        .name("Léa's network").focalPerson(Person.builder().id(MemberId.of("p-1")).name("Léa").build()).build();

    // when the guard walks it
    Set<String> violations = new WithheldGuard(new Pseudonyms(PseudonymiserProperties.KEY, 20)).check(network);

    // then the personal attributes and the ids are named, and no value is quoted
    assertThat(violations).contains("Network.name", "Person.name", "Network.id (an original id)",
        "Person.id (an original id)");
    assertThat(String.join(" ", violations)).doesNotContain("Léa");
  }

  @Test
  void the_transform_refuses_a_network_it_cannot_fully_rewrite_rather_than_leak() {
    // given the rewrite of this version and a network it covers
    Network network = Network.builder().id(NetworkId.of("n-1")).created(LocalDate.of(2026, 1, 5))
        .name("Léa's network").build();

    // when it is pseudonymised, then the guard finds nothing left
    Network result = Pseudonymiser.builder().key(PseudonymiserProperties.KEY).build().apply(network);
    assertThat(result.name()).get().asString().startsWith("text-").doesNotContain("Léa");
  }
}
