package org.maillage.core.analysis.territory;

import java.time.LocalDate;
import java.util.Arrays;
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
 * <p>How: every organisation id met is interned once into a dense code ({@link IdCodes}), and everything kept is an
 * int array indexed by code. Within a network, one pass over its organisations stamps the code of each recorded one
 * with the record's place in the list, so that a node's record and institution are found without a look-up in the
 * network's index; each professional's organisation code is resolved once (its record and institution read on first
 * sight in the network only), its professionals are seated in a small reused table ({@link MemberSeats}), ties and
 * meetings are added up in a k × k matrix of the network's own nodes, and only then are the k(k-1)/2 pairs added to
 * the {@link PairTable}, once each, which keeps each distinct pair once with its weights summed and hands them to the
 * graph's builder at the end. The period is widened once per network, from the network's earliest and latest
 * dates. A network whose id is greater than every one folded before it (networks read in id order) compares no
 * record with the ones kept. Nothing is allocated per network once the arrays have grown.
 *
 * <p>Linear in what it reads: per network O(R + P + T + Σ meeting seats + k² + Σ over meetings of their nodes²),
 * R its organisation records, P its professionals, T its ties, with R + P + k look-ups of interned ids, P + 2T + Σ
 * meeting seats look-ups of seated members and k(k-1)/2 pair additions (constant expected time each); k bounded.
 * What it keeps is one entry per organisation and institution and one per distinct pair, never a network or a
 * professional. Not thread-safe: one fold per thread.
 */
public final class TerritoryFold {
  private static final Sector[] SECTORS = Sector.values();

  private final TerritoryLevel level;
  private final Optional<String> territory;
  private final int bound;
  private final IdCodes codes = new IdCodes();
  private final PairTable pairs = new PairTable();
  private final MemberSeats seats = new MemberSeats();

  // by code: as a node
  private boolean[] isNode = new boolean[64];
  private int[] nodeNetworks = new int[64];
  private int[] nodeProfessionals = new int[64];
  private int[] nodeFacilitated = new int[64];
  private int[] nodeInstitution = new int[64]; // a code
  private byte[] nodeSector = new byte[64]; // the ordinal + 1; 0 when unknown
  private byte[] nodeRank = new byte[64]; // 0: its own record, 1: one of its organisations' (institution level), 2: none
  private NetworkId[] nodeSource = new NetworkId[64];
  private OrganisationId[] nodeSourceOrganisation = new OrganisationId[64];
  private int nodeCount;
  // by code: as an institution
  private boolean[] isInstitution = new boolean[64];
  private int[] institutionNetworks = new int[64];
  private int[] institutionProfessionals = new int[64];
  private int[] institutionFacilitated = new int[64];
  // by code: the network being folded
  private int[] organisationStamp = new int[64]; // the organisation's node was resolved in this network
  private int[] organisationLocal = new int[64]; // its node's local index
  private int[] nodeStamp = new int[64];
  private int[] nodeLocal = new int[64];
  private int[] institutionStamp = new int[64];
  private int[] recordStamp = new int[64]; // the network being folded records the organisation
  private int[] recordPlace = new int[64]; // its record's place in the network's organisations

  // the network being folded, by local node index
  private int[] present = new int[16]; // the node's code
  private int[] presentInstitution = new int[16]; // its institution's code in this network
  private int[] presentProfessionals = new int[16];
  private int[] meetingMark = new int[16];
  private int[] seated = new int[16]; // the meeting's distinct local nodes
  private int[] tieWeights = new int[256]; // k × k, [i * k + j] for i < j
  private int[] meetingWeights = new int[256];

  private int networks;
  private int professionals;
  private int meetings;
  private int beyond;
  private int stamp;
  private int meetingStamp;
  private @Nullable LocalDate first;
  private @Nullable LocalDate last;
  /** The greatest network id folded so far, or null before the first. */
  private @Nullable NetworkId latest;
  /** Whether the network being folded has an id greater than every network folded before it. */
  private boolean beyondLatest;

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
    NetworkId id = network.id();
    beyondLatest = latest == null || id.compareTo(latest) > 0;
    if (beyondLatest) {
      latest = id;
    }
    LocalDate from = network.created();
    LocalDate to = from;
    List<StatusChange> changes = network.statusHistory();
    for (int i = 0; i < changes.size(); i++) {
      LocalDate date = changes.get(i).date();
      from = date.isBefore(from) ? date : from;
      to = date.isAfter(to) ? date : to;
    }
    List<Organisation> records = network.organisations();
    for (int i = 0; i < records.size(); i++) {
      int code = codes.code(records.get(i).id());
      grow(codes.size());
      recordStamp[code] = stamp;
      recordPlace[code] = i;
    }
    List<Professional> members = network.professionals();
    professionals += members.size();
    seats.clear(members.size());
    int k = 0;
    for (int i = 0; i < members.size(); i++) {
      Professional professional = members.get(i);
      Optional<OrganisationId> organisation = professional.organisation();
      if (organisation.isEmpty()) {
        continue;
      }
      OrganisationId organisationId = organisation.get();
      int code = codes.code(organisationId);
      grow(codes.size());
      int local;
      if (organisationStamp[code] == stamp) {
        local = organisationLocal[code];
      } else {
        @Nullable Organisation record = recordStamp[code] == stamp ? records.get(recordPlace[code]) : null;
        int institution = record == null ? code : codes.code(record.institution());
        grow(codes.size());
        int node = level == TerritoryLevel.ORGANISATION ? code : institution;
        if (nodeStamp[node] == stamp) {
          local = nodeLocal[node];
        } else {
          local = k++;
          ensureLocal(k);
          nodeStamp[node] = stamp;
          nodeLocal[node] = local;
          present[local] = node;
          presentInstitution[local] = institution;
          presentProfessionals[local] = 0;
          if (!isNode[node]) {
            isNode[node] = true;
            nodeCount++;
            nodeInstitution[node] = node;
            nodeRank[node] = 2;
          }
          nodeNetworks[node]++;
          describe(node, network, records, record);
          if (institutionStamp[institution] != stamp) {
            institutionStamp[institution] = stamp;
            isInstitution[institution] = true;
            institutionNetworks[institution]++;
          }
        }
        organisationStamp[code] = stamp;
        organisationLocal[code] = local;
      }
      presentProfessionals[local]++;
      seats.put(professional.id(), local);
    }
    for (int l = 0; l < k; l++) {
      nodeProfessionals[present[l]] += presentProfessionals[l];
      institutionProfessionals[presentInstitution[l]] += presentProfessionals[l];
    }
    boolean within = k <= bound;
    if (within) {
      int square = k * k;
      if (tieWeights.length < square) {
        tieWeights = new int[Math.max(square, 2 * tieWeights.length)];
        meetingWeights = new int[tieWeights.length];
      } else {
        Arrays.fill(tieWeights, 0, square, 0);
        Arrays.fill(meetingWeights, 0, square, 0);
      }
      List<Tie> ties = network.ties();
      for (int i = 0; i < ties.size(); i++) {
        Tie tie = ties.get(i);
        int a = seats.get(tie.first());
        int b = seats.get(tie.second());
        if (a >= 0 && b >= 0 && a != b) {
          tieWeights[a < b ? a * k + b : b * k + a]++;
        }
      }
    } else {
      beyond++;
    }
    List<Meeting> held = network.meetings();
    meetings += held.size();
    for (int i = 0; i < held.size(); i++) {
      Meeting meeting = held.get(i);
      LocalDate date = meeting.date();
      from = date.isBefore(from) ? date : from;
      to = date.isAfter(to) ? date : to;
      Optional<MemberId> facilitatorId = meeting.facilitator();
      int facilitator = facilitatorId.isPresent() ? seats.get(facilitatorId.get()) : -1;
      if (facilitator >= 0) {
        nodeFacilitated[present[facilitator]]++;
        institutionFacilitated[presentInstitution[facilitator]]++;
      }
      if (within) {
        together(meeting, facilitator, k);
      }
    }
    if (within) {
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          pairs.add(present[i], present[j], 1, tieWeights[i * k + j], meetingWeights[i * k + j]);
        }
      }
    }
    widen(from, to);
  }

  /** Adds a meeting together to each pair of local nodes among the meeting's participants and facilitator. */
  private void together(Meeting meeting, int facilitator, int k) {
    int mark = ++meetingStamp;
    int c = 0;
    if (facilitator >= 0) {
      meetingMark[facilitator] = mark;
      seated[c++] = facilitator;
    }
    for (MemberId participant : meeting.participants()) {
      int local = seats.get(participant);
      if (local >= 0 && meetingMark[local] != mark) {
        meetingMark[local] = mark;
        seated[c++] = local;
      }
    }
    for (int i = 0; i < c; i++) {
      int a = seated[i];
      for (int j = i + 1; j < c; j++) {
        int b = seated[j];
        meetingWeights[a < b ? a * k + b : b * k + a]++;
      }
    }
  }

  /**
   * Keeps the record of the network of smallest id (its own record first, at the institution level). A network whose
   * id is greater than every one folded before it cannot replace a record of the same rank, so it is not compared
   * again (one comparison of network ids per network instead of one per node, when networks come in id order).
   */
  private void describe(int node, Network network, List<Organisation> records, @Nullable Organisation record) {
    if (beyondLatest && nodeRank[node] == 0) {
      return;
    }
    @Nullable Organisation own = record;
    int rank = 0;
    if (level == TerritoryLevel.INSTITUTION && (record == null || !record.id().equals(codes.id(node)))) {
      own = recordStamp[node] == stamp ? records.get(recordPlace[node]) : null;
      if (own == null) {
        own = record;
        rank = 1;
      }
    }
    if (own == null) {
      return;
    }
    if (rank < nodeRank[node] || (rank == nodeRank[node] && !beyondLatest
        && (network.id().compareTo(nonNull(nodeSource[node])) < 0
        || (network.id().equals(nodeSource[node])
            && own.id().compareTo(nonNull(nodeSourceOrganisation[node])) < 0)))) {
      nodeRank[node] = (byte) rank;
      nodeSource[node] = network.id();
      nodeSourceOrganisation[node] = own.id();
      nodeSector[node] = (byte) (own.sector().ordinal() + 1);
      if (level == TerritoryLevel.ORGANISATION) {
        nodeInstitution[node] = codes.code(own.institution());
        grow(codes.size());
      }
    }
  }

  private static <T> T nonNull(@Nullable T value) {
    return java.util.Objects.requireNonNull(value);
  }

  /** Widens the period covered to the dates of one network, its earliest and its latest. */
  private void widen(LocalDate from, LocalDate to) {
    if (first == null || from.isBefore(first)) {
      first = from;
    }
    if (last == null || to.isAfter(last)) {
      last = to;
    }
  }

  /** Makes room in the arrays by code for codes up to {@code size} - 1. */
  private void grow(int size) {
    if (size <= isNode.length) {
      return;
    }
    int length = Math.max(size, 2 * isNode.length);
    isNode = Arrays.copyOf(isNode, length);
    nodeNetworks = Arrays.copyOf(nodeNetworks, length);
    nodeProfessionals = Arrays.copyOf(nodeProfessionals, length);
    nodeFacilitated = Arrays.copyOf(nodeFacilitated, length);
    nodeInstitution = Arrays.copyOf(nodeInstitution, length);
    nodeSector = Arrays.copyOf(nodeSector, length);
    nodeRank = Arrays.copyOf(nodeRank, length);
    nodeSource = Arrays.copyOf(nodeSource, length);
    nodeSourceOrganisation = Arrays.copyOf(nodeSourceOrganisation, length);
    isInstitution = Arrays.copyOf(isInstitution, length);
    institutionNetworks = Arrays.copyOf(institutionNetworks, length);
    institutionProfessionals = Arrays.copyOf(institutionProfessionals, length);
    institutionFacilitated = Arrays.copyOf(institutionFacilitated, length);
    organisationStamp = Arrays.copyOf(organisationStamp, length);
    organisationLocal = Arrays.copyOf(organisationLocal, length);
    nodeStamp = Arrays.copyOf(nodeStamp, length);
    nodeLocal = Arrays.copyOf(nodeLocal, length);
    institutionStamp = Arrays.copyOf(institutionStamp, length);
    recordStamp = Arrays.copyOf(recordStamp, length);
    recordPlace = Arrays.copyOf(recordPlace, length);
  }

  /** Makes room in the arrays by local node for k nodes. */
  private void ensureLocal(int k) {
    if (k <= present.length) {
      return;
    }
    int length = 2 * present.length;
    present = Arrays.copyOf(present, length);
    presentInstitution = Arrays.copyOf(presentInstitution, length);
    presentProfessionals = Arrays.copyOf(presentProfessionals, length);
    meetingMark = Arrays.copyOf(meetingMark, length);
    seated = Arrays.copyOf(seated, length);
  }

  /**
   * Returns the graph of the networks folded so far: nodes sorted by id (n log n), ties by a counting pass and
   * short sorts of each row.
   *
   * @return the graph
   */
  public TerritoryGraph graph() {
    int[] sorted = new int[nodeCount];
    int[] institutions = new int[codes.size()];
    int n = 0;
    int i = 0;
    for (int code = 0; code < codes.size(); code++) {
      if (isNode[code]) {
        sorted[n++] = code;
      }
      if (isInstitution[code]) {
        institutions[i++] = code;
      }
    }
    codes.sortById(sorted, n);
    codes.sortById(institutions, i);
    int[] rank = new int[codes.size()];
    TerritoryGraph.Builder builder = TerritoryGraph.builder(level).expect(n, pairs.size());
    for (int r = 0; r < n; r++) {
      int node = sorted[r];
      int s = nodeSector[node];
      rank[node] = builder.organisation(codes.id(node), codes.id(nodeInstitution[node]),
          s == 0 ? Optional.empty() : Optional.of(SECTORS[s - 1]), nodeNetworks[node], nodeProfessionals[node],
          nodeFacilitated[node]);
    }
    pairs.forEach((a, b, shared, recorded, together) -> builder.tie(rank[a], rank[b], shared, recorded, together));
    for (int r = 0; r < i; r++) {
      int institution = institutions[r];
      builder.institution(codes.id(institution), institutionNetworks[institution],
          institutionProfessionals[institution], institutionFacilitated[institution]);
    }
    builder.totals(networks, professionals, meetings, beyond);
    if (first != null && last != null) {
      builder.period(first, last);
    }
    return builder.build();
  }
}
