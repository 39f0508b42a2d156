package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.examples.Scenarios.AS_OF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.member.Horizon;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.Person;

/** The summary of a network, in French, English and Dutch, names forms, counts and dates, and no one. */
class ScenarioSummaryTest {

  @Test
  void the_pairing_reads_in_english() {
    // when
    List<String> lines = ScenarioSummary.lines(Scenarios.pairing(), AS_OF, Locale.ENGLISH);

    // then
    assertThat(lines).containsExactly(
        "Network n-pairing",
        "Forms declared: pairing",
        "Formality: informal",
        "Person-centred: yes",
        "Members on 1 December 2026: 4 (family: 2, school: 1, child protection: 1)",
        "Ties: 8",
        "Meetings held: 3",
        "Created on 14 September 2026; status on 1 December 2026: active");
  }

  @Test
  void the_pairing_reads_in_french() {
    // when
    List<String> lines = ScenarioSummary.lines(Scenarios.pairing(), AS_OF, Locale.FRENCH);

    // then
    assertThat(lines).containsExactly(
        "Réseau n-pairing",
        "Formes déclarées : pairage",
        "Formalisation : informel",
        "Centré sur une personne : oui",
        "Membres au 1er décembre 2026 : 4 (famille : 2, scolaire : 1, protection de l'enfance : 1)",
        "Liens : 8",
        "Réunions tenues : 3",
        "Créé le 14 septembre 2026 ; statut au 1er décembre 2026 : actif");
  }

  @Test
  void the_pairing_reads_in_dutch() {
    // when
    List<String> lines = ScenarioSummary.lines(Scenarios.pairing(), AS_OF, Locale.forLanguageTag("nl-BE"));

    // then
    assertThat(lines).containsExactly(
        "Netwerk n-pairing",
        "Opgegeven vormen: duowerking",
        "Formalisering: informeel",
        "Persoonsgericht: ja",
        "Leden op 1 december 2026: 4 (familie: 2, school: 1, kinderbescherming: 1)",
        "Banden: 8",
        "Gehouden overlegmomenten: 3",
        "Opgericht op 14 september 2026; status op 1 december 2026: actief");
  }

  @Test
  void the_inter_institutional_network_counts_current_members_and_ties_only() {
    // when
    List<String> en = ScenarioSummary.lines(Scenarios.interInstitutional(), AS_OF, Locale.ENGLISH);
    List<String> fr = ScenarioSummary.lines(Scenarios.interInstitutional(), AS_OF, Locale.FRENCH);

    // then: the school nurse who left in June 2026 and her tie are not counted
    assertThat(en).contains(
        "Forms declared: inter-institutional network",
        "Formality: formal",
        "Person-centred: no",
        "Members on 1 December 2026: 7 (health: 3, mental health: 1, school: 1, justice: 1, child protection: 1)",
        "Ties: 9",
        "Meetings held: 8");
    assertThat(fr).contains(
        "Formes déclarées : réseau inter-institutionnel",
        "Membres au 1er décembre 2026 : 7 (santé : 3, santé mentale : 1, scolaire : 1, judiciaire : 1, "
            + "protection de l'enfance : 1)");
  }

  @Test
  void the_imposed_partnership_states_its_origin_and_formalisation() {
    // when
    List<String> en = ScenarioSummary.lines(Scenarios.imposedPartnership(), AS_OF, Locale.ENGLISH);
    List<String> fr = ScenarioSummary.lines(Scenarios.imposedPartnership(), AS_OF, Locale.FRENCH);

    // then
    assertThat(en).hasSize(9).endsWith("Partnership (imposed), formalised by a convention");
    assertThat(fr).hasSize(9).endsWith("Partenariat (imposé), formalisé par une convention");
  }

  @Test
  void the_other_scenarios_read_their_form_in_both_languages() {
    // then
    assertThat(ScenarioSummary.lines(Scenarios.networkIntervention(), AS_OF, Locale.FRENCH))
        .contains("Formes déclarées : intervention de réseau");
    assertThat(ScenarioSummary.lines(Scenarios.mutualAid(), AS_OF, Locale.FRENCH))
        .contains("Formes déclarées : réseau de groupe d'aide réciproque",
            "Membres au 1er décembre 2026 : 7 (vie communautaire : 6, social : 1)");
    assertThat(ScenarioSummary.lines(Scenarios.collectiveIntervention(), AS_OF, Locale.ENGLISH))
        .contains("Forms declared: collective network intervention",
            "Members on 1 December 2026: 9 (community life: 4, social: 1, housing: 1, employment: 1, "
                + "administration: 2)");
  }

  @ParameterizedTest
  @MethodSource("org.maillage.examples.ScenariosTest#names")
  void every_summary_agrees_with_its_network_in_every_language(String name) {
    // given
    Network network = Scenarios.all().get(name);

    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"))) {
      // when
      List<String> lines = ScenarioSummary.lines(network, AS_OF, locale);

      // then: computed expectations, line by line
      Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
      network.currentMembers(AS_OF).forEach(m -> bySector.merge(m.sector(), 1, Integer::sum));
      String separator = locale == Locale.FRENCH ? " : " : ": ";
      String sectors = bySector.entrySet().stream()
          .map(e -> e.getKey().label(locale) + separator + e.getValue()).collect(Collectors.joining(", "));
      String forms = network.forms().stream().sorted().map(f -> f.label(locale)).collect(Collectors.joining(", "));
      long held = network.meetings().stream().filter(m -> !m.date().isAfter(AS_OF)).count();

      assertThat(lines.get(0)).endsWith(" " + network.id());
      assertThat(lines.get(1)).endsWith(separator + forms);
      assertThat(lines.get(2)).endsWith(separator + network.formality().label(locale));
      assertThat(lines.get(4)).endsWith(separator + network.currentMembers(AS_OF).size() + " (" + sectors + ")");
      assertThat(lines.get(5)).endsWith(separator + network.graphOn(AS_OF).ties().size());
      assertThat(lines.get(6)).endsWith(separator + held);
      assertThat(lines.get(7)).endsWith(separator + network.statusOn(AS_OF).label(locale));
      assertThat(lines).hasSize(network.partnership().isPresent() ? 9 : 8);
      assertThat(ScenarioSummary.render(network, AS_OF, locale)).isEqualTo(String.join("\n", lines));
    }
  }

  @ParameterizedTest
  @MethodSource("org.maillage.examples.ScenariosTest#names")
  void no_summary_contains_a_name_put_into_the_scenarios(String name) {
    // given
    Network network = Scenarios.all().get(name);
    List<String> names = namesIn(network);

    // when
    String text = ScenarioSummary.render(network, AS_OF, Locale.FRENCH) + "\n"
        + ScenarioSummary.render(network, AS_OF, Locale.ENGLISH) + "\n"
        + ScenarioSummary.render(network, AS_OF, Locale.forLanguageTag("nl"));

    // then
    assertThat(names).isNotEmpty();
    for (String n : names) {
      assertThat(Pattern.compile("\\b" + Pattern.quote(n) + "\\b", Pattern.CASE_INSENSITIVE
          | Pattern.UNICODE_CASE).matcher(text).find()).as("'%s' in the summary of %s", n, name).isFalse();
    }
  }

  @Test
  void a_bare_network_reads_no_forms_no_members_and_its_status_on_the_date() {
    // given
    Network bare = Network.builder()
        .id(NetworkId.of("n-bare"))
        .created(LocalDate.of(2026, 3, 1))
        .addStatusHistory(StatusChange.of(LocalDate.of(2026, 6, 1), NetworkStatus.SUSPENDED))
        .build();

    // when
    List<String> en = ScenarioSummary.lines(bare, AS_OF, Locale.UK);
    List<String> fr = ScenarioSummary.lines(bare, AS_OF, Locale.forLanguageTag("fr-BE"));

    // then
    assertThat(en).containsExactly(
        "Network n-bare",
        "Forms declared: none",
        "Formality: informal",
        "Person-centred: no",
        "Members on 1 December 2026: none",
        "Ties: 0",
        "Meetings held: 0",
        "Created on 1 March 2026; status on 1 December 2026: suspended");
    assertThat(fr).containsExactly(
        "Réseau n-bare",
        "Formes déclarées : aucune",
        "Formalisation : informel",
        "Centré sur une personne : non",
        "Membres au 1er décembre 2026 : aucun",
        "Liens : 0",
        "Réunions tenues : 0",
        "Créé le 1er mars 2026 ; statut au 1er décembre 2026 : suspendu");
  }

  @Test
  void a_german_reader_gets_english_and_members_before_their_start_are_not_counted() {
    // given
    Network network = Network.builder()
        .id(NetworkId.of("n-later"))
        .created(LocalDate.of(2026, 1, 5))
        .focalPerson(Person.builder().id(MemberId.of("p-1")).build())
        .addMember(PrimaryMember.builder().id(MemberId.of("m-1")).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(LocalDate.of(2027, 1, 1)).build())
        .build();

    // when
    List<String> lines = ScenarioSummary.lines(network, AS_OF, Locale.GERMAN);

    // then
    assertThat(lines).contains("Person-centred: yes", "Members on 1 December 2026: none");
  }

  /** The names the scenarios record, and each word of a person's name. */
  private static List<String> namesIn(Network network) {
    List<String> people = new ArrayList<>();
    network.focalPerson().ifPresent(p -> {
      p.name().ifPresent(people::add);
      p.representatives().stream().map(LegalRepresentative::name).flatMap(java.util.Optional::stream)
          .forEach(people::add);
    });
    network.members().stream().map(Member::name).flatMap(java.util.Optional::stream).forEach(people::add);
    List<String> names = new ArrayList<>(people);
    for (String person : people) {
      for (String word : person.split("[\\s-]+")) {
        if (word.length() >= 3) {
          names.add(word);
        }
      }
    }
    network.name().ifPresent(names::add);
    network.organisations().stream().map(Organisation::name).flatMap(java.util.Optional::stream)
        .forEach(names::add);
    return names;
  }
}
