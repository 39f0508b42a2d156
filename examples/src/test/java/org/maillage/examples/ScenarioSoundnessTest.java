package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.network.Governance;
import org.maillage.network.Network;

/**
 * Each scenario reads as sound practice on {@link Scenarios#AS_OF}, as far as {@link Soundness} reads the rule
 * catalogue; and that reading does object when a scenario is spoilt, so that a clean result means something.
 */
class ScenarioSoundnessTest {

  @ParameterizedTest
  @MethodSource("org.maillage.examples.ScenariosTest#names")
  void each_scenario_is_sound_on_the_reference_date(String name) {
    // given
    Network network = Scenarios.all().get(name);

    // when
    var problems = Soundness.problems(network, Scenarios.AS_OF);

    // then
    assertThat(problems).as(name).isEmpty();
  }

  @Test
  void the_reading_objects_to_a_network_left_without_review_or_charter() {
    // given: the pairing two years later, with nothing new recorded
    Network later = Scenarios.pairing();
    LocalDate twoYearsOn = Scenarios.AS_OF.plusYears(2);

    // when
    var problems = Soundness.problems(later, twoYearsOn);
    var uncharted = Soundness.problems(Network.builder().from(later).governance(Governance.none()).build(),
        Scenarios.AS_OF);

    // then
    assertThat(problems).anyMatch(p -> p.startsWith("GOV-REVIEW-DUE"))
        .contains("SECONDARY-INFORMAL-PERSISTENT", "RISK-CLOSURE");
    assertThat(uncharted).containsExactly("GOV-SHARED-DEONTOLOGY");
  }

  @Test
  void the_reading_objects_to_a_flow_before_the_family_was_informed() {
    // given: the pairing without the information of the father
    Network pairing = Scenarios.pairing();
    Network spoilt = Network.builder().from(pairing)
        .informings(pairing.informings().stream().filter(i -> !i.informed().equals(MemberId.of("r-father")))
            .collect(java.util.stream.Collectors.toList()))
        .build();

    // when
    var problems = Soundness.problems(spoilt, Scenarios.AS_OF);

    // then
    assertThat(problems).containsExactly(
        "SHARE-DECISION holder r-father not informed before f-1",
        "SHARE-DECISION holder r-father not informed before f-2");
  }
}
