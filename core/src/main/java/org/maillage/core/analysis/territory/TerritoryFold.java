package org.maillage.core.analysis.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.analysis.TerritorySettings;
import org.maillage.member.Organisation;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.StatusChange;
import org.maillage.network.Tie;

/**
 * Folds networks, one at a time, into the inter-organisation graph of a territory (<i>agrégation des réseaux</i>).
 *
 * <p>For each network (of the settings' territory, when one is given): its professionals' organisations (or
 * institutions) are its nodes, k distinct ones; each node and each institution counts the network once and each
 * of its professionals once; each pair of its nodes gains a shared network, each tie between professionals of two
 * nodes a recorded tie, and each meeting a meeting together for each pair of nodes among its participants and
 * facilitator; the facilitator's node and institution count the meeting. A network of more than
 * {@link TerritorySettings#maxOrganisationsPerNetwork()} nodes adds no pair, and is counted apart. A
 * professional's institution is read from the network being folded ({@link Network#institutionOf}); a node's sector
 * and institution come from the record of the network of smallest id that records it (its own record first, at
 * the institution level), so that the result does not depend on the order of the networks.
 *
 * <p>Linear in what it reads: per network O(P + T + Σ meeting seats + k² + Σ over meetings of their nodes²) with
 * hash lookups, k bounded. What it keeps is one entry per node, per institution and per pair, never a network or
 * a professional. Not thread-safe: one fold per thread.
 */
public final class TerritoryFold {
  private final TerritoryLevel level;
  private final Optional<String> territory;
  private final int bound;
  private final HashMap<OrganisationId, Node> nodes = new HashMap<>();
  private final List<Node> nodeList = new ArrayList<>();
  private final HashMap<OrganisationId, Institution> institutions = new HashMap<>();
  private final PairTable pairs = new PairTable();
  private final HashMap<MemberId, Seat> seats = new HashMap<>();
  private Seat[] seatPool = new Seat[16];
  private int[] present = new int[16];
  private int networks;
  private int professionals;
  private int meetings;
  private int beyond;
  private int stamp;
  private int meetingStamp;
  private @Nullable LocalDate first;
  private @Nullable LocalDate last;

  /**
   * Starts an empty fold.
   *
   * @param settings the level, territory and bound
   */
  public TerritoryFold(TerritorySettings settings) {
    this.level = settings.level();
    this.territory = settings.territory();
    this.bound = settings.maxOrganisationsPerNetwork();
  }

  /** One node: an organisation, or an institution. */
  private static final class Node {
    final OrganisationId id;
    final int index;
    OrganisationId institution;
    int sector = -1;
    int rank = 2; // 0: described by its own record, 1: by one of its organisations' (institution level), 2: none
    @Nullable NetworkId source;
    @Nullable OrganisationId sourceOrganisation;
    int networks;
    int professionals;
    int facilitated;
    int stamp;
    int meetingStamp;

    Node(OrganisationId id, int index) {
      this.id = id;
      this.index = index;
      this.institution = id;
    }
  }

  /** One institution's counts. */
  private static final class Institution {
    int networks;
    int professionals;
    int facilitated;
    int stamp;
  }

  /** Where a professional of the network being folded sits. */
  private static final class Seat {
    @Nullable Node node;
    @Nullable Institution institution;
  }

  /**
   * Folds one network.
   *
   * @param network a network
   */
  public void add(Network network) {
    if (territory.isPresent() && !territory.equals(network.territory())) {
      return;
    }
    networks++;
    stamp++;
    period(network);
    List<Professional> members = network.professionals();
    professionals += members.size();
    seats.clear();
    if (seatPool.length < members.size()) {
      seatPool = Arrays.copyOf(seatPool, Math.max(members.size(), 2 * seatPool.length));
    }
    int k = 0;
    for (int i = 0; i < members.size(); i++) {
      Professional professional = members.get(i);
      Optional<OrganisationId> organisation = professional.organisation();
      if (organisation.isEmpty()) {
        continue;
      }
      OrganisationId organisationId = organisation.get();
      @Nullable Organisation record = network.organisation(organisationId).orElse(null);
      OrganisationId institutionId = record == null ? organisationId : record.institution();
      OrganisationId key = level == TerritoryLevel.ORGANISATION ? organisationId : institutionId;
      Node node = nodes.get(key);
      if (node == null) {
        node = new Node(key, nodeList.size());
        nodes.put(key, node);
        nodeList.add(node);
      }
      if (node.stamp != stamp) {
        node.stamp = stamp;
        node.networks++;
        describe(node, network, record);
        if (k == present.length) {
          present = Arrays.copyOf(present, 2 * k);
        }
        present[k++] = node.index;
      }
      node.professionals++;
      Institution institution = institutions.get(institutionId);
      if (institution == null) {
        institution = new Institution();
        institutions.put(institutionId, institution);
      }
      if (institution.stamp != stamp) {
        institution.stamp = stamp;
        institution.networks++;
      }
      institution.professionals++;
      Seat seat = seatPool[i];
      if (seat == null) {
        seat = new Seat();
        seatPool[i] = seat;
      }
      seat.node = node;
      seat.institution = institution;
      seats.put(professional.id(), seat);
    }
    boolean within = k <= bound;
    if (within) {
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          pairs.add(present[i], present[j], 1, 0, 0);
        }
      }
      List<Tie> ties = network.ties();
      for (int i = 0; i < ties.size(); i++) {
        Tie tie = ties.get(i);
        @Nullable Seat a = seats.get(tie.first());
        @Nullable Seat b = seats.get(tie.second());
        if (a != null && b != null && a.node != b.node) {
          pairs.add(node(a).index, node(b).index, 0, 1, 0);
        }
      }
    } else {
      beyond++;
    }
    List<Meeting> held = network.meetings();
    meetings += held.size();
    for (int i = 0; i < held.size(); i++) {
      Meeting meeting = held.get(i);
      @Nullable Seat facilitator = meeting.facilitator().isPresent() ? seats.get(meeting.facilitator().get()) : null;
      if (facilitator != null) {
        node(facilitator).facilitated++;
        institution(facilitator).facilitated++;
      }
      if (within) {
        together(meeting, facilitator);
      }
    }
  }

  /** Adds a meeting together to each pair of nodes among the meeting's participants and facilitator. */
  private void together(Meeting meeting, @Nullable Seat facilitator) {
    int mark = ++meetingStamp;
    int c = 0;
    if (facilitator != null) {
      Node node = node(facilitator);
      node.meetingStamp = mark;
      present[c++] = node.index;
    }
    for (MemberId participant : meeting.participants()) {
      @Nullable Seat seat = seats.get(participant);
      if (seat != null && node(seat).meetingStamp != mark) {
        Node node = node(seat);
        node.meetingStamp = mark;
        if (c == present.length) {
          present = Arrays.copyOf(present, 2 * c);
        }
        present[c++] = node.index;
      }
    }
    for (int i = 0; i < c; i++) {
      for (int j = i + 1; j < c; j++) {
        pairs.add(present[i], present[j], 0, 0, 1);
      }
    }
  }

  private static Node node(Seat seat) {
    return java.util.Objects.requireNonNull(seat.node);
  }

  private static Institution institution(Seat seat) {
    return java.util.Objects.requireNonNull(seat.institution);
  }

  /** Keeps the record of the network of smallest id (its own record first, at the institution level). */
  private void describe(Node node, Network network, @Nullable Organisation record) {
    @Nullable Organisation own = record;
    int rank = 0;
    if (level == TerritoryLevel.INSTITUTION && (record == null || !record.id().equals(node.id))) {
      own = network.organisation(node.id).orElse(null);
      if (own == null) {
        own = record;
        rank = 1;
      }
    }
    if (own == null) {
      return;
    }
    if (rank < node.rank || (rank == node.rank && (network.id().compareTo(nonNull(node.source)) < 0
        || (network.id().equals(node.source) && own.id().compareTo(nonNull(node.sourceOrganisation)) < 0)))) {
      node.rank = rank;
      node.source = network.id();
      node.sourceOrganisation = own.id();
      node.sector = own.sector().ordinal();
      node.institution = level == TerritoryLevel.ORGANISATION ? own.institution() : node.id;
    }
  }

  private static <T> T nonNull(@Nullable T value) {
    return java.util.Objects.requireNonNull(value);
  }

  private void period(Network network) {
    widen(network.created());
    for (StatusChange change : network.statusHistory()) {
      widen(change.date());
    }
    List<Meeting> held = network.meetings();
    for (int i = 0; i < held.size(); i++) {
      widen(held.get(i).date());
    }
  }

  private void widen(LocalDate date) {
    if (first == null || date.isBefore(first)) {
      first = date;
    }
    if (last == null || date.isAfter(last)) {
      last = date;
    }
  }

  /**
   * Returns the graph of the networks folded so far: nodes sorted by id (n log n), ties by a counting pass and
   * short sorts of each row.
   *
   * @return the graph
   */
  public TerritoryGraph graph() {
    Node[] sorted = nodeList.toArray(new Node[0]);
    Arrays.sort(sorted, (x, y) -> x.id.compareTo(y.id));
    int[] rank = new int[sorted.length];
    TerritoryGraph.Builder builder = TerritoryGraph.builder(level).expect(sorted.length, pairs.size());
    Sector[] sectors = Sector.values();
    for (Node node : sorted) {
      rank[node.index] = builder.organisation(node.id, node.institution,
          node.sector < 0 ? Optional.empty() : Optional.of(sectors[node.sector]), node.networks, node.professionals,
          node.facilitated);
    }
    pairs.forEach((a, b, shared, recorded, together) -> builder.tie(rank[a], rank[b], shared, recorded, together));
    institutions.forEach((id, institution) -> builder.institution(id, institution.networks,
        institution.professionals, institution.facilitated));
    builder.totals(networks, professionals, meetings, beyond);
    if (first != null && last != null) {
      builder.period(first, last);
    }
    return builder.build();
  }
}
