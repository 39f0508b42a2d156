package org.maillage.core.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.analysis.TerritoryMetrics;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.StatusChange;
import org.maillage.network.Tie;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * The fold of networks into a territory graph: every node, tie, weight, count and the period equal what a plain
 * reading of the definitions gives, network by network with maps and sets; and the same networks in another order
 * give an equal graph and equal metrics.
 */
class TerritoryFoldProperties {

  /** Networks, settings (level, territory, bound) and a shuffled copy of the networks. */
  record Case(List<Network> networks, List<Network> shuffled, TerritorySettings settings) {
    @Override
    public String toString() {
      return networks.size() + " networks, " + settings;
    }
  }

  Gen<Case> cases() {
    Gen<List<Network>> territories = Territories.territories();
    return random -> {
      List<Network> networks = territories.next(random);
      List<Network> shuffled = new ArrayList<>(networks);
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      TerritorySettings.Builder settings = TerritorySettings.builder()
          .level(random.nextBoolean() ? TerritoryLevel.ORGANISATION : TerritoryLevel.INSTITUTION)
          .maxOrganisationsPerNetwork(random.nextBoolean() ? 100 : 2 + random.nextInt(4));
      if (random.nextInt(4) == 0) {
        settings.territory("59");
      }
      return new Case(networks, shuffled, settings.build());
    };
  }

  @Property(tries = 150)
  void the_graph_is_what_the_definitions_give(@ForAll("cases") Case c) {
    // given
    Oracle expected = new Oracle(c.settings());
    c.networks().forEach(expected::add);

    // when
    TerritoryGraph graph = TerritoryAnalysis.fold(c.networks().iterator(), c.settings());

    // then
    assertThat(graph.level()).isEqualTo(c.settings().level());
    assertThat(graph.organisations()).containsExactlyElementsOf(expected.nodes.keySet());
    for (int i = 0; i < graph.organisationCount(); i++) {
      Node node = expected.nodes.get(graph.organisation(i));
      assertThat(graph.networks(i)).as("networks of %s", graph.organisation(i)).isEqualTo(node.networks);
      assertThat(graph.professionals(i)).isEqualTo(node.professionals);
      assertThat(graph.meetingsFacilitated(i)).isEqualTo(node.facilitated);
      assertThat(graph.sector(i)).as("sector of %s", graph.organisation(i)).isEqualTo(node.sector);
      assertThat(graph.institutionOf(i)).as("institution of %s", graph.organisation(i)).isEqualTo(node.institution);
    }
    Map<List<OrganisationId>, List<Integer>> ties = new HashMap<>();
    for (int t = 0; t < graph.tieCount(); t++) {
      assertThat(graph.first(t)).isLessThan(graph.second(t));
      ties.put(List.of(graph.organisation(graph.first(t)), graph.organisation(graph.second(t))),
          List.of(graph.sharedNetworks(t), graph.professionalTies(t), graph.meetingsTogether(t)));
    }
    assertThat(ties).isEqualTo(expected.pairs);
    assertThat(graph.institutions()).containsExactlyElementsOf(expected.institutions.keySet());
    for (int i = 0; i < graph.institutions().size(); i++) {
      int[] counts = expected.institutions.get(graph.institutions().get(i));
      assertThat(new int[] {graph.institutionNetworks(i), graph.institutionProfessionals(i),
          graph.institutionFacilitated(i)}).isEqualTo(counts);
    }
    assertThat(new int[] {graph.networkCount(), graph.professionalCount(), graph.meetingCount(),
        graph.networksBeyondBound()}).isEqualTo(new int[] {expected.networks, expected.professionals,
        expected.meetings, expected.beyond});
    assertThat(graph.period()).isEqualTo(expected.first == null ? Optional.empty()
        : Optional.of(Period.of(expected.first, expected.last)));
    Statistics.label("ties").collect(graph.tieCount() == 0 ? "none" : graph.tieCount() < 10 ? "1-9" : "10+");
    Statistics.label("ties").coverage("10+", 20);
    Statistics.label("beyond the bound").collect(graph.networksBeyondBound() > 0 ? "some" : "none");
    Statistics.label("beyond the bound").coverage("some", 10);
    Statistics.label("meetings together").collect(ties.values().stream().anyMatch(w -> w.get(2) > 0) ? "some"
        : "none");
    Statistics.label("meetings together").coverage("some", 20);
  }

  @Property(tries = 100)
  void folding_does_not_depend_on_the_order_of_the_networks(@ForAll("cases") Case c) {
    // when
    TerritoryGraph inOrder = TerritoryAnalysis.fold(c.networks().stream(), c.settings());
    TerritoryGraph shuffled = TerritoryAnalysis.fold(c.shuffled().stream(), c.settings());
    TerritoryMetrics metrics = TerritoryAnalysis.analyse(inOrder, c.settings());

    // then
    assertThat(shuffled).isEqualTo(inOrder).hasSameHashCodeAs(inOrder);
    assertThat(TerritoryAnalysis.analyse(shuffled, c.settings())).isEqualTo(metrics);
  }

  /** A node's expected counts and description. */
  private static final class Node {
    int networks;
    int professionals;
    int facilitated;
    Optional<Sector> sector = Optional.empty();
    OrganisationId institution;
    String source = "\uffff";

    Node(OrganisationId id) {
      this.institution = id;
    }
  }

  /** The definitions, read plainly, network by network. */
  private static final class Oracle {
    final TerritorySettings settings;
    final TreeMap<OrganisationId, Node> nodes = new TreeMap<>();
    final Map<List<OrganisationId>, List<Integer>> pairs = new HashMap<>();
    final TreeMap<OrganisationId, int[]> institutions = new TreeMap<>();
    int networks;
    int professionals;
    int meetings;
    int beyond;
    LocalDate first;
    LocalDate last;

    Oracle(TerritorySettings settings) {
      this.settings = settings;
    }

    OrganisationId key(Network network, Professional p) {
      return settings.level() == TerritoryLevel.ORGANISATION ? p.organisation().orElseThrow()
          : network.institutionOf(p).orElseThrow();
    }

    void add(Network network) {
      if (settings.territory().isPresent() && !settings.territory().equals(network.territory())) {
        return;
      }
      networks++;
      professionals += network.professionals().size();
      meetings += network.meetings().size();
      widen(network.created());
      network.statusHistory().stream().map(StatusChange::date).forEach(this::widen);
      network.meetings().stream().map(Meeting::date).forEach(this::widen);
      Map<MemberId, OrganisationId> nodeOf = new HashMap<>();
      Set<OrganisationId> present = new LinkedHashSet<>();
      Set<OrganisationId> institutionsPresent = new LinkedHashSet<>();
      for (Professional p : network.professionals()) {
        if (p.organisation().isEmpty()) {
          continue;
        }
        OrganisationId key = key(network, p);
        nodeOf.put(p.id(), key);
        Node node = nodes.computeIfAbsent(key, Node::new);
        node.professionals++;
        if (present.add(key)) {
          node.networks++;
          describe(node, key, network, network.organisation(p.organisation().get()).orElseThrow());
        }
        OrganisationId institution = network.institutionOf(p).orElseThrow();
        int[] counts = institutions.computeIfAbsent(institution, i -> new int[3]);
        counts[1]++;
        if (institutionsPresent.add(institution)) {
          counts[0]++;
        }
      }
      for (Meeting meeting : network.meetings()) {
        Optional<Member> facilitator = meeting.facilitator().flatMap(network::member);
        if (facilitator.isPresent() && facilitator.get() instanceof Professional p && p.organisation().isPresent()) {
          nodes.get(key(network, p)).facilitated++;
          institutions.get(network.institutionOf(p).orElseThrow())[2]++;
        }
      }
      if (present.size() > settings.maxOrganisationsPerNetwork()) {
        beyond++;
        return;
      }
      List<OrganisationId> list = new ArrayList<>(present);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          bump(list.get(i), list.get(j), 0);
        }
      }
      for (Tie tie : network.ties()) {
        OrganisationId a = nodeOf.get(tie.first());
        OrganisationId b = nodeOf.get(tie.second());
        if (a != null && b != null && !a.equals(b)) {
          bump(a, b, 1);
        }
      }
      for (Meeting meeting : network.meetings()) {
        Set<OrganisationId> sat = new LinkedHashSet<>();
        meeting.facilitator().map(nodeOf::get).ifPresent(sat::add);
        meeting.participants().stream().map(nodeOf::get).filter(java.util.Objects::nonNull).forEach(sat::add);
        List<OrganisationId> together = new ArrayList<>(sat);
        for (int i = 0; i < together.size(); i++) {
          for (int j = i + 1; j < together.size(); j++) {
            bump(together.get(i), together.get(j), 2);
          }
        }
      }
    }

    /** The network of smallest id describes the node; at the institution level its own record comes first. */
    void describe(Node node, OrganisationId key, Network network, Organisation firstRecord) {
      Organisation record = firstRecord;
      String rank = "0";
      if (settings.level() == TerritoryLevel.INSTITUTION) {
        Optional<Organisation> own = network.organisation(key);
        record = own.orElse(firstRecord);
        rank = own.isPresent() ? "0" : "1";
      }
      String source = rank + network.id().value();
      if (source.compareTo(node.source) < 0) {
        node.source = source;
        node.sector = Optional.of(record.sector());
        node.institution = settings.level() == TerritoryLevel.ORGANISATION ? record.institution() : key;
      }
    }

    void bump(OrganisationId a, OrganisationId b, int weight) {
      List<OrganisationId> key = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
      List<Integer> old = pairs.getOrDefault(key, List.of(0, 0, 0));
      List<Integer> updated = new ArrayList<>(old);
      updated.set(weight, old.get(weight) + 1);
      pairs.put(key, List.copyOf(updated));
    }

    void widen(LocalDate date) {
      first = first == null || date.isBefore(first) ? date : first;
      last = last == null || date.isAfter(last) ? date : last;
    }
  }

}
