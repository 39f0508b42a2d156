package org.maillage.core.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.analysis.InstitutionShare;
import org.maillage.analysis.SectorBridge;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.analysis.TerritoryMetrics;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;

/**
 * A territory of three networks computed by hand: the child-protection service of the département works with a
 * CMP and a school in one network and with the département's social service in another; the local mission works
 * alone. Every figure, and the text in French, English and Dutch.
 */
class TerritoryAnalysisTest {
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  private static final OrganisationId ASE = OrganisationId.of("ase-nord");
  private static final OrganisationId CMP = OrganisationId.of("cmp-lille");
  private static final OrganisationId SCHOOL = OrganisationId.of("college-jaures");
  private static final OrganisationId MDS = OrganisationId.of("mds-roubaix");
  private static final OrganisationId MISSION = OrganisationId.of("mission-locale");
  private static final OrganisationId DEPARTEMENT = OrganisationId.of("dept-59");

  private static Organisation organisation(OrganisationId id, Sector sector, Optional<OrganisationId> parent) {
    return Organisation.builder().id(id).kind(OrganisationKind.SERVICE).sector(sector).parent(parent).build();
  }

  private static Professional professional(String id, Optional<OrganisationId> organisation) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .organisation(organisation).involvedFrom(CREATED).build();
  }

  static List<Network> networks() {
    Network first = Network.builder().id(NetworkId.of("n-1")).created(CREATED).territory("59")
        .addOrganisations(organisation(ASE, Sector.CHILD_PROTECTION, Optional.of(DEPARTEMENT)),
            organisation(CMP, Sector.MENTAL_HEALTH, Optional.of(OrganisationId.of("chu-lille"))),
            organisation(SCHOOL, Sector.SCHOOL, Optional.empty()))
        .addMembers(professional("p-ase", Optional.of(ASE)), professional("p-cmp", Optional.of(CMP)),
            professional("p-school", Optional.of(SCHOOL)))
        .addMeeting(Meeting.builder().id(MeetingId.of("m-1")).date(CREATED.plusDays(20))
            .facilitator(MemberId.of("p-ase")).addParticipants(MemberId.of("p-cmp"), MemberId.of("p-school"))
            .build())
        .build();
    Network second = Network.builder().id(NetworkId.of("n-2")).created(CREATED.plusDays(40)).territory("59")
        .addOrganisations(organisation(ASE, Sector.CHILD_PROTECTION, Optional.of(DEPARTEMENT)),
            organisation(MDS, Sector.SOCIAL, Optional.of(DEPARTEMENT)))
        .addMembers(professional("p-ase", Optional.of(ASE)), professional("p-mds", Optional.of(MDS)))
        .addTie(Tie.builder().id(TieId.of("t-1")).first(MemberId.of("p-ase")).second(MemberId.of("p-mds"))
            .nature(TieNature.COLLABORATION).build())
        .build();
    Network third = Network.builder().id(NetworkId.of("n-3")).created(CREATED.plusDays(90)).territory("59")
        .addOrganisations(organisation(MISSION, Sector.EMPLOYMENT, Optional.empty()))
        .addMembers(professional("p-mission", Optional.of(MISSION)), professional("p-alone", Optional.empty()))
        .build();
    return List.of(first, second, third);
  }

  @Test
  void a_small_territory_computed_by_hand() {
    // given
    TerritorySettings settings = TerritorySettings.defaults();

    // when
    TerritoryGraph graph = TerritoryAnalysis.fold(networks().iterator(), settings);
    TerritoryMetrics metrics = TerritoryAnalysis.analyse(graph, settings);

    // then
    assertThat(graph.organisations()).containsExactly(ASE, CMP, SCHOOL, MDS, MISSION);
    assertThat(graph.tieCount()).isEqualTo(4);
    assertThat(graph.period()).contains(Period.of(CREATED, CREATED.plusDays(90)));
    assertThat(graph.networks(0)).isEqualTo(2);
    assertThat(graph.meetingsFacilitated(0)).isEqualTo(1);
    assertThat(graph.institutionOf(0)).isEqualTo(DEPARTEMENT);
    int aseMds = graph.tieStart(0) + 2; // ASE's ties: CMP, school, MDS
    assertThat(graph.organisation(graph.second(aseMds))).isEqualTo(MDS);
    assertThat(List.of(graph.sharedNetworks(aseMds), graph.professionalTies(aseMds), graph.meetingsTogether(aseMds)))
        .containsExactly(1, 1, 0);
    assertThat(List.of(graph.sharedNetworks(0), graph.professionalTies(0), graph.meetingsTogether(0)))
        .containsExactly(1, 0, 1);
    assertThat(metrics.connectivity().componentCount()).isEqualTo(2);
    assertThat(metrics.connectivity().isolated()).containsExactly(MISSION);
    assertThat(metrics.connectivity().articulationPoints()).containsExactly(ASE);
    assertThat(metrics.connectivity().bridgeCount()).isEqualTo(1);
    assertThat(metrics.connectivity().bridge(0)).isEqualTo(aseMds);
    assertThat(metrics.betweenness().of(0)).isEqualTo(2.0);
    assertThat(metrics.betweenness().isExact()).isTrue();
    InstitutionShare departement = metrics.institutions().get(0);
    assertThat(departement.institution()).isEqualTo(DEPARTEMENT);
    assertThat(List.of(departement.networks(), departement.professionals(), departement.facilitatedMeetings()))
        .containsExactly(2, 3, 1);
    assertThat(departement.networkShare().value()).isEqualTo(2.0 / 3);
    assertThat(departement.professionalShare().value()).isEqualTo(3.0 / 7);
    assertThat(departement.facilitationShare().value()).isEqualTo(1.0);
    assertThat(metrics.dominantInstitutions()).containsExactly(departement);
    assertThat(metrics.sectorBridges()).extracting(SectorBridge::organisation).containsExactly(ASE, CMP, SCHOOL);
    assertThat(metrics.sectorBridges().get(0).sectors())
        .containsExactly(Sector.MENTAL_HEALTH, Sector.SOCIAL, Sector.SCHOOL);
  }

  @Test
  void the_institution_level_merges_the_services_of_the_departement() {
    // when
    TerritoryGraph graph = TerritoryAnalysis.fold(networks().stream(),
        TerritorySettings.builder().level(TerritoryLevel.INSTITUTION).build());

    // then: ASE and MDS are one node, so the MDS tie is gone
    assertThat(graph.organisations()).containsExactly(OrganisationId.of("chu-lille"), SCHOOL, DEPARTEMENT, MISSION);
    assertThat(graph.tieCount()).isEqualTo(3);
    assertThat(graph.professionals(2)).isEqualTo(3);
  }

  @Test
  void a_network_beyond_the_bound_adds_no_tie_but_counts() {
    // when
    TerritoryGraph graph = TerritoryAnalysis.fold(networks().stream(),
        TerritorySettings.builder().maxOrganisationsPerNetwork(2).build());

    // then: the first network has three organisations
    assertThat(graph.networksBeyondBound()).isEqualTo(1);
    assertThat(graph.tieCount()).isEqualTo(1);
    assertThat(graph.networks(graph.indexOf(CMP).orElseThrow())).isEqualTo(1);
  }

  @Test
  void only_the_networks_of_the_territory_asked_are_folded() {
    // when
    TerritoryGraph graph = TerritoryAnalysis.fold(networks().stream(),
        TerritorySettings.builder().territory("62").build());

    // then
    assertThat(graph.networkCount()).isZero();
    assertThat(graph.organisationCount()).isZero();
    assertThat(graph.period()).isEmpty();
    assertThat(TerritoryAnalysis.render(TerritoryAnalysis.analyse(graph, TerritorySettings.defaults()),
        Locale.ENGLISH)).startsWith("No network folded.\n");
  }

  @Test
  void the_text_is_written_in_french_english_and_dutch() {
    // given
    TerritorySettings settings = TerritorySettings.defaults();
    TerritoryMetrics metrics = TerritoryAnalysis.analyse(TerritoryAnalysis.fold(networks().stream(), settings),
        settings);

    // when
    String french = TerritoryAnalysis.render(metrics, Locale.FRENCH);
    String english = TerritoryAnalysis.render(metrics, Locale.ENGLISH);
    String dutch = TerritoryAnalysis.render(metrics, Locale.forLanguageTag("nl-BE"));

    // then
    assertThat(english).contains("3 networks folded, from 2026-01-05 to 2026-04-05;")
        .contains("Articulation points (1): ase-nord\n").contains("Bridges (1): ase-nord - mds-roubaix\n")
        .contains("Isolated (1): mission-locale\n").contains("Highest betweenness (exact):\n  ase-nord: 2.000 (normalised 0.333)\nInstitutions (4)")
        .contains("  dept-59: 0.667, 0.429, 1.000\n")
        .contains("  ase-nord (child protection): mental health, social, school\n");
    assertThat(french).contains("3 réseaux agrégés, du 2026-01-05 au 2026-04-05 ;")
        .contains("Points d'articulation (1) : ase-nord\n").contains("  dept-59 : 0,667, 0,429, 1,000\n");
    assertThat(dutch).contains("3 netwerken samengevoegd").contains("Scharnierpunten (1): ase-nord\n");
    assertThat(english.lines().count()).isEqualTo(french.lines().count()).isEqualTo(dutch.lines().count());
  }

  @Test
  void settings_out_of_range_are_refused_with_the_bad_value() {
    // when building out of range, then refused, quoting the value
    assertThatThrownBy(() -> TerritorySettings.builder().maxOrganisationsPerNetwork(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 is below 2");
    assertThatThrownBy(() -> TerritorySettings.builder().epsilon(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epsilon: 0.0");
    assertThatThrownBy(() -> TerritoryGraph.builder(TerritoryLevel.ORGANISATION).tie(0, 1, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was not added");
  }
}
