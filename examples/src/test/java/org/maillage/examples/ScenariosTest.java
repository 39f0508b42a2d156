package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.examples.Scenarios.AS_OF;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StrategyKind;
import org.maillage.partnership.OriginKind;
import org.maillage.partnership.Partnership;

/** Each scenario builds, declares its intended form, and has the structure that form requires (DOMAIN.md §2). */
class ScenariosTest {

  static List<String> names() {
    return List.copyOf(Scenarios.all().keySet());
  }

  @Test
  void all_lists_the_six_scenarios_in_order_with_distinct_networks() {
    // when
    ImmutableMap<String, Network> all = Scenarios.all();

    // then
    assertThat(all.keySet()).containsExactly("pairing", "inter-institutional", "network-intervention",
        "mutual-aid", "collective", "imposed-partnership");
    assertThat(all.values().stream().map(Network::id).distinct()).hasSize(6);
  }

  @ParameterizedTest
  @MethodSource("names")
  void each_scenario_builds_the_same_value_every_time(String name) {
    // when
    Network first = Scenarios.all().get(name);
    Network second = Scenarios.all().get(name);

    // then
    assertThat(first).isEqualTo(second);
    assertThat(first.created()).isBefore(AS_OF);
    assertThat(first.statusOn(AS_OF)).isEqualTo(NetworkStatus.ACTIVE);
  }

  @Test
  void each_scenario_declares_its_intended_form() {
    // given
    Map<String, Set<NetworkForm>> intended = Map.of(
        "pairing", Set.of(NetworkForm.PAIRING),
        "inter-institutional", Set.of(NetworkForm.INTER_INSTITUTIONAL),
        "network-intervention", Set.of(NetworkForm.NETWORK_INTERVENTION),
        "mutual-aid", Set.of(NetworkForm.MUTUAL_AID),
        "collective", Set.of(NetworkForm.COLLECTIVE),
        "imposed-partnership", Set.of(NetworkForm.INTER_INSTITUTIONAL));

    // when
    Map<String, Set<NetworkForm>> declared = Scenarios.all().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue().forms())));

    // then
    assertThat(declared).isEqualTo(intended);
  }

  @ParameterizedTest
  @MethodSource("names")
  void no_id_carries_the_name_of_a_person(String name) {
    // given: ids are printed in findings and logs, so they must not be personal data
    Network network = Scenarios.all().get(name);
    List<String> words = new ArrayList<>();
    network.members().forEach(m -> m.name().ifPresent(n -> words.addAll(List.of(n.split("[\\s-]+")))));
    network.focalPerson().ifPresent(p -> {
      p.name().ifPresent(n -> words.addAll(List.of(n.split("[\\s-]+"))));
      p.representatives().forEach(r -> r.name().ifPresent(n -> words.addAll(List.of(n.split("[\\s-]+")))));
    });

    // when
    List<String> ids = new ArrayList<>();
    ids.add(network.id().value());
    network.members().forEach(m -> ids.add(m.id().value()));
    network.focalPerson().ifPresent(p -> p.personAndRepresentatives().forEach(id -> ids.add(id.value())));
    network.organisations().forEach(o -> ids.add(o.id().value()));

    // then
    assertThat(words).isNotEmpty();
    for (String id : ids) {
      List<String> tokens = List.of(plain(id).split("[-_.]+"));
      for (String word : words) {
        assertThat(tokens).as("id '%s' and name word '%s'", id, word).doesNotContain(plain(word));
      }
    }
  }

  private static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  @Test
  void the_factories_and_all_give_the_same_networks() {
    // then
    assertThat(Scenarios.all()).containsExactly(
        Map.entry("pairing", Scenarios.pairing()),
        Map.entry("inter-institutional", Scenarios.interInstitutional()),
        Map.entry("network-intervention", Scenarios.networkIntervention()),
        Map.entry("mutual-aid", Scenarios.mutualAid()),
        Map.entry("collective", Scenarios.collectiveIntervention()),
        Map.entry("imposed-partnership", Scenarios.imposedPartnership()));
  }

  @Test
  void the_pairing_has_two_professionals_of_two_institutions_under_two_mandates_around_one_person() {
    // given
    Network network = Scenarios.pairing();

    // when
    List<Professional> professionals = network.professionalsOn(AS_OF);

    // then: FORM-PAIRING
    assertThat(network.focalPerson()).isPresent();
    assertThat(professionals).hasSize(2);
    Professional a = professionals.get(0);
    Professional b = professionals.get(1);
    assertThat(a.organisation()).isPresent().isNotEqualTo(b.organisation());
    assertThat(network.institutionOf(a)).isPresent().isNotEqualTo(network.institutionOf(b));
    assertThat(a.mandate()).isPresent();
    assertThat(b.mandate()).isPresent();
    assertThat(a.mandate().get().isSameAs(b.mandate().get())).isFalse();
  }

  @Test
  void the_inter_institutional_network_has_a_theme_a_territory_and_several_institutions() {
    // given
    Network network = Scenarios.interInstitutional();

    // when
    Set<OrganisationId> institutions = network.professionalsOn(AS_OF).stream()
        .map(network::institutionOf).flatMap(java.util.Optional::stream).collect(Collectors.toSet());

    // then: FORM-INTER-INSTITUTIONAL, and two services of the département count as one institution
    assertThat(network.theme()).isPresent();
    assertThat(network.territory()).isPresent();
    assertThat(institutions).hasSize(6);
    Professional pmi = (Professional) network.member(MemberId.of("pro-pmi")).orElseThrow();
    Professional ase = (Professional) network.member(MemberId.of("pro-ase")).orElseThrow();
    assertThat(pmi.organisation()).isNotEqualTo(ase.organisation());
    assertThat(network.institutionOf(pmi)).isEqualTo(network.institutionOf(ase));
  }

  @Test
  void the_inter_institutional_network_counts_only_current_members() {
    // given
    Network network = Scenarios.interInstitutional();

    // then: the school nurse left in June 2026, the school social-service assistant joined in September
    assertThat(network.members()).hasSize(8);
    assertThat(network.currentMembers(AS_OF)).hasSize(7);
    assertThat(network.member(MemberId.of("pro-school-nurse")).orElseThrow().isCurrentOn(AS_OF)).isFalse();
  }

  @Test
  void the_network_intervention_mobilises_primary_members_around_the_person() {
    // given
    Network network = Scenarios.networkIntervention();

    // when
    List<MemberId> mobilised = network.primaryMembers().stream()
        .filter(m -> network.isMobilised(m, AS_OF)).map(PrimaryMember::id).collect(Collectors.toList());

    // then: FORM-NETWORK-INTERVENTION; the son is a dormant resource, not yet mobilised
    assertThat(network.focalPerson()).isPresent();
    assertThat(mobilised).containsExactly(
        MemberId.of("m-sister"), MemberId.of("m-neighbour"), MemberId.of("m-friend"));
    assertThat(network.member(MemberId.of("m-son")).orElseThrow().dormant()).isTrue();
  }

  @Test
  void in_the_mutual_aid_network_every_participant_gives_and_receives_and_the_professional_only_facilitates() {
    // given
    Network network = Scenarios.mutualAid();

    // then: FORM-MUTUAL-AID
    List<Participant> participants = network.participants();
    assertThat(participants).hasSize(6);
    for (Participant p : participants) {
      assertThat(!network.supportGivenBy(p.id(), AS_OF).isEmpty()).as(p.id().value()).isTrue();
      assertThat(!network.supportReceivedBy(p.id(), AS_OF).isEmpty()).as(p.id().value()).isTrue();
    }
    List<Professional> professionals = network.professionals();
    assertThat(professionals).hasSize(1);
    MemberId facilitator = professionals.get(0).id();
    assertThat(!network.supportGivenBy(facilitator, AS_OF).isEmpty()).isFalse();
    assertThat(!network.supportReceivedBy(facilitator, AS_OF).isEmpty()).isFalse();
    assertThat(network.meetings()).anySatisfy(m -> assertThat(m.facilitator()).contains(facilitator));
  }

  @Test
  void the_mutual_aid_network_paused_over_the_summer() {
    // given
    Network network = Scenarios.mutualAid();

    // then
    assertThat(network.statusOn(java.time.LocalDate.of(2026, 8, 1))).isEqualTo(NetworkStatus.SUSPENDED);
    assertThat(network.statusOn(AS_OF)).isEqualTo(NetworkStatus.ACTIVE);
  }

  @Test
  void the_collective_intervention_gathers_partners_with_inhabitants_on_a_local_development_strategy() {
    // given
    Network network = Scenarios.collectiveIntervention();

    // when
    List<Organisation> partners = network.organisations();

    // then: FORM-COLLECTIVE
    assertThat(partners).hasSizeGreaterThanOrEqualTo(2);
    assertThat(partners).anySatisfy(
        o -> assertThat(o.kind()).isEqualTo(OrganisationKind.ASSOCIATION_OF_INHABITANTS_OR_USERS));
    assertThat(network.strategy()).isPresent();
    assertThat(network.strategy().get().kind()).isEqualTo(StrategyKind.LOCAL_DEVELOPMENT);
    assertThat(network.strategy().get().statement()).isNotBlank();
    assertThat(network.participants()).isNotEmpty();
  }

  @Test
  void the_imposed_partnership_is_formalised_by_a_convention_between_professionals_only() {
    // given
    Network network = Scenarios.imposedPartnership();

    // when
    Partnership partnership = network.partnership().orElseThrow();

    // then: PARTNERSHIP-FORMALISED, PARTNERSHIP-PROFESSIONALS-ONLY, PARTNERSHIP-ORIGIN
    assertThat(partnership.convention()).isPresent();
    assertThat(partnership.origin()).isPresent();
    assertThat(partnership.origin().get().kind()).isEqualTo(OriginKind.IMPOSED);
    assertThat(partnership.origin().get().legalBasis()).contains("CASF L226-3");
    assertThat(partnership.organisations()).allSatisfy(o -> assertThat(network.organisation(o)).isPresent());
    assertThat(partnership.members()).isNotEmpty().allSatisfy(m -> {
      Member member = network.member(m).orElseThrow();
      assertThat(member).isInstanceOf(Professional.class);
    });
  }
}
