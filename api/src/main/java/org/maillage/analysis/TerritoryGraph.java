package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.Sector;

/**
 * The inter-organisation graph of a territory (<i>graphe inter-organisationnel d'un territoire</i>): the
 * organisations (or institutions, see {@link #level()}) whose professionals take part in the networks folded,
 * tied when their professionals take part in the same network, each tie weighed three ways; with what each node
 * and each institution holds, and the period the networks cover. Made by {@code TerritoryAnalysis.fold} in the
 * core, or by {@link #builder(TerritoryLevel)} from an edge list.
 *
 * <p><b>Nodes.</b> Node {@code i}, from 0 to {@link #organisationCount()} - 1, is {@link #organisation(int)};
 * nodes are in the order of their ids, so that a graph does not depend on the order it was folded in. Each node
 * has a sector (when recorded), an institution, and three counts: the networks it takes part in, its
 * professionals (a professional counted once in each network they belong to: no professional is retained), and
 * the meetings its professionals facilitated.
 *
 * <p><b>Ties</b> (<i>liens inter-organisationnels</i>). Tie {@code t}, from 0 to {@link #tieCount()} - 1, joins
 * {@link #first(int)} to {@link #second(int)}, first &lt; second; ties are ordered by first, then second, and the
 * ties whose first node is {@code i} are those from {@link #tieStart(int) tieStart(i)} inclusive to
 * {@code tieStart(i + 1)} exclusive. Its weights: {@link #sharedNetworks(int)} (networks in which both take part),
 * {@link #professionalTies(int)} (ties recorded between a professional of each) and {@link #meetingsTogether(int)}
 * (meetings where a professional of each sat, facilitator included). A writer (GraphML, say) reads:
 *
 * <pre>{@code
 * for (int i = 0; i < graph.organisationCount(); i++) {
 *   node(graph.organisation(i), graph.sector(i), graph.networks(i));
 *   for (int t = graph.tieStart(i); t < graph.tieStart(i + 1); t++) {
 *     edge(graph.organisation(i), graph.organisation(graph.second(t)), graph.sharedNetworks(t));
 *   }
 * }
 * }</pre>
 *
 * <p><b>Memory.</b> The ties are held once, in compressed sparse rows of int arrays: the second node and the
 * three weights of each tie, 16 bytes a tie, plus one int per node for {@link #tieStart(int)}; the nodes' ids,
 * sectors, institutions and counts apart. Never a network or a professional.
 *
 * <p>Every accessor is constant time, except {@link #first(int)} and {@link #indexOf(OrganisationId)} (binary
 * searches, log n). This class is immutable and thread-safe; two graphs are equal when they hold the same nodes,
 * ties, weights, counts and period. Its {@code toString()} shows counts only.
 *
 * @since 0.2
 */
public final class TerritoryGraph {
  private static final Sector[] SECTORS = Sector.values();

  private final TerritoryLevel level;
  private final OrganisationId[] ids;
  private final OrganisationId[] institutionOf;
  private final byte[] sectors;
  private final int[] nodeNetworks;
  private final int[] nodeProfessionals;
  private final int[] nodeFacilitated;
  private final int[] tieStart;
  private final int[] second;
  private final int[] sharedNetworks;
  private final int[] professionalTies;
  private final int[] meetingsTogether;
  private final OrganisationId[] institutions;
  private final int[] institutionNetworks;
  private final int[] institutionProfessionals;
  private final int[] institutionFacilitated;
  private final int networks;
  private final int professionals;
  private final int meetings;
  private final int networksBeyondBound;
  private final @Nullable LocalDate first;
  private final @Nullable LocalDate last;

  private TerritoryGraph(Builder b, int[] tieStart, int[] second, int[] shared, int[] ties, int[] together) {
    this.level = b.level;
    int n = b.nodeCount;
    this.ids = Arrays.copyOf(b.ids, n);
    this.institutionOf = Arrays.copyOf(b.institutionOf, n);
    this.sectors = Arrays.copyOf(b.sectors, n);
    this.nodeNetworks = Arrays.copyOf(b.nodeNetworks, n);
    this.nodeProfessionals = Arrays.copyOf(b.nodeProfessionals, n);
    this.nodeFacilitated = Arrays.copyOf(b.nodeFacilitated, n);
    this.tieStart = tieStart;
    this.second = second;
    this.sharedNetworks = shared;
    this.professionalTies = ties;
    this.meetingsTogether = together;
    int k = b.institutionCount;
    this.institutions = Arrays.copyOf(b.institutions, k);
    this.institutionNetworks = Arrays.copyOf(b.institutionNetworks, k);
    this.institutionProfessionals = Arrays.copyOf(b.institutionProfessionals, k);
    this.institutionFacilitated = Arrays.copyOf(b.institutionFacilitated, k);
    this.networks = b.networks;
    this.professionals = b.professionals;
    this.meetings = b.meetings;
    this.networksBeyondBound = b.networksBeyondBound;
    this.first = b.first;
    this.last = b.last;
  }

  /**
   * Returns the level of the nodes.
   *
   * @return organisations or institutions
   */
  public TerritoryLevel level() {
    return level;
  }

  /**
   * Returns the number of nodes.
   *
   * @return n, not negative
   */
  public int organisationCount() {
    return ids.length;
  }

  /**
   * Returns the id of a node: an organisation's, or an institution's at {@link TerritoryLevel#INSTITUTION}.
   *
   * @param node a node, from 0 to n - 1
   * @return its id
   * @throws IndexOutOfBoundsException if there is no such node
   */
  public OrganisationId organisation(int node) {
    return ids[node];
  }

  /**
   * Returns the ids of every node, in node order.
   *
   * @return the ids, sorted
   */
  public ImmutableList<OrganisationId> organisations() {
    return ImmutableList.copyOf(ids);
  }

  /**
   * Returns the node of an id; a binary search, log n.
   *
   * @param organisation an organisation's (or institution's) id
   * @return its node, or empty when it is not in the graph
   */
  public OptionalInt indexOf(OrganisationId organisation) {
    int i = Arrays.binarySearch(ids, organisation);
    return i >= 0 ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /**
   * Returns the sector of a node, as recorded (when networks record it differently, as the network of the smallest
   * id records it).
   *
   * @param node a node
   * @return its sector, or empty when no network records it
   */
  public Optional<Sector> sector(int node) {
    int s = sectors[node];
    return s == 0 ? Optional.empty() : Optional.of(SECTORS[s - 1]);
  }

  /**
   * Returns the institution of a node: its parent body when recorded, else itself (itself at
   * {@link TerritoryLevel#INSTITUTION}).
   *
   * @param node a node
   * @return the institution's id
   */
  public OrganisationId institutionOf(int node) {
    return institutionOf[node];
  }

  /**
   * Returns the number of networks folded in which a professional of the node takes part.
   *
   * @param node a node
   * @return the networks
   */
  public int networks(int node) {
    return nodeNetworks[node];
  }

  /**
   * Returns the professionals of a node, each counted once in each network folded they belong to.
   *
   * @param node a node
   * @return the professionals
   */
  public int professionals(int node) {
    return nodeProfessionals[node];
  }

  /**
   * Returns the meetings facilitated by a professional of the node.
   *
   * @param node a node
   * @return the meetings
   */
  public int meetingsFacilitated(int node) {
    return nodeFacilitated[node];
  }

  /**
   * Returns the degree of a node: the number of ties it has.
   *
   * <p>Linear in the ties; read it once per node, or from {@code TerritoryAnalysis} results.
   *
   * @param node a node
   * @return the ties of the node
   */
  public int degree(int node) {
    Objects.checkIndex(node, ids.length);
    int degree = tieStart[node + 1] - tieStart[node];
    for (int t = 0; t < tieStart[node]; t++) {
      if (second[t] == node) {
        degree++;
      }
    }
    return degree;
  }

  /**
   * Returns the number of ties.
   *
   * @return m, not negative
   */
  public int tieCount() {
    return second.length;
  }

  /**
   * Returns the first tie whose first node is {@code node}; {@code tieStart(n)} is m.
   *
   * @param node a node, from 0 to n
   * @return a tie index
   */
  public int tieStart(int node) {
    return tieStart[node];
  }

  /**
   * Returns the first (smaller) node of a tie; a binary search, log n.
   *
   * @param tie a tie
   * @return its first node
   */
  public int first(int tie) {
    Objects.checkIndex(tie, second.length);
    int low = 0;
    int high = ids.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (tieStart[mid] <= tie) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /**
   * Returns the second (larger) node of a tie.
   *
   * @param tie a tie
   * @return its second node
   */
  public int second(int tie) {
    return second[tie];
  }

  /**
   * Returns the number of networks in which both nodes of a tie take part.
   *
   * @param tie a tie
   * @return at least 1 for a folded graph
   */
  public int sharedNetworks(int tie) {
    return sharedNetworks[tie];
  }

  /**
   * Returns the number of ties recorded, in the networks folded, between a professional of each node.
   *
   * @param tie a tie
   * @return the professional ties
   */
  public int professionalTies(int tie) {
    return professionalTies[tie];
  }

  /**
   * Returns the number of meetings where a professional of each node sat (participant or facilitator).
   *
   * @param tie a tie
   * @return the meetings
   */
  public int meetingsTogether(int tie) {
    return meetingsTogether[tie];
  }

  /**
   * Returns the institutions of the professionals of the networks folded, in the order of their ids.
   *
   * @return the institutions
   */
  public ImmutableList<OrganisationId> institutions() {
    return ImmutableList.copyOf(institutions);
  }

  /**
   * Returns the number of networks in which a professional of the institution takes part.
   *
   * @param institution an index in {@link #institutions()}
   * @return the networks
   */
  public int institutionNetworks(int institution) {
    return institutionNetworks[institution];
  }

  /**
   * Returns the professionals of an institution, each counted once in each network they belong to.
   *
   * @param institution an index in {@link #institutions()}
   * @return the professionals
   */
  public int institutionProfessionals(int institution) {
    return institutionProfessionals[institution];
  }

  /**
   * Returns the meetings facilitated by a professional of an institution.
   *
   * @param institution an index in {@link #institutions()}
   * @return the meetings
   */
  public int institutionFacilitated(int institution) {
    return institutionFacilitated[institution];
  }

  /**
   * Returns the number of networks folded.
   *
   * @return the networks
   */
  public int networkCount() {
    return networks;
  }

  /**
   * Returns the professionals of the networks folded, each counted once in each network they belong to, with or
   * without an organisation.
   *
   * @return the professionals
   */
  public int professionalCount() {
    return professionals;
  }

  /**
   * Returns the meetings of the networks folded, facilitated or not.
   *
   * @return the meetings
   */
  public int meetingCount() {
    return meetings;
  }

  /**
   * Returns the networks folded whose nodes were more than the bound, which added no pair (see
   * {@link TerritorySettings#maxOrganisationsPerNetwork()}).
   *
   * @return the networks beyond the bound
   */
  public int networksBeyondBound() {
    return networksBeyondBound;
  }

  /**
   * Returns the period the networks cover: from the earliest creation to the latest date they record (creation,
   * status change or meeting).
   *
   * @return the period, or empty when no network was folded
   */
  public Optional<Period> period() {
    return first == null || last == null ? Optional.empty() : Optional.of(Period.of(first, last));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TerritoryGraph)) {
      return false;
    }
    TerritoryGraph g = (TerritoryGraph) o;
    return level == g.level && networks == g.networks && professionals == g.professionals && meetings == g.meetings
        && networksBeyondBound == g.networksBeyondBound && Objects.equals(first, g.first)
        && Objects.equals(last, g.last) && Arrays.equals(ids, g.ids) && Arrays.equals(institutionOf, g.institutionOf)
        && Arrays.equals(sectors, g.sectors) && Arrays.equals(nodeNetworks, g.nodeNetworks)
        && Arrays.equals(nodeProfessionals, g.nodeProfessionals) && Arrays.equals(nodeFacilitated, g.nodeFacilitated)
        && Arrays.equals(tieStart, g.tieStart) && Arrays.equals(second, g.second)
        && Arrays.equals(sharedNetworks, g.sharedNetworks) && Arrays.equals(professionalTies, g.professionalTies)
        && Arrays.equals(meetingsTogether, g.meetingsTogether) && Arrays.equals(institutions, g.institutions)
        && Arrays.equals(institutionNetworks, g.institutionNetworks)
        && Arrays.equals(institutionProfessionals, g.institutionProfessionals)
        && Arrays.equals(institutionFacilitated, g.institutionFacilitated);
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(level, networks, professionals, meetings, networksBeyondBound, first, last);
    h = 31 * h + Arrays.hashCode(ids);
    h = 31 * h + Arrays.hashCode(second);
    h = 31 * h + Arrays.hashCode(tieStart);
    h = 31 * h + Arrays.hashCode(sharedNetworks);
    return h;
  }

  @Override
  public String toString() {
    return "TerritoryGraph{level=" + level + ", organisations=" + ids.length + ", ties=" + second.length
        + ", institutions=" + institutions.length + ", networks=" + networks + ", networksBeyondBound="
        + networksBeyondBound + ", period=" + period().map(Period::toString).orElse("none") + "}";
  }

  /**
   * Returns a new builder of a graph at a level.
   *
   * @param level the level of the nodes
   * @return an empty builder
   */
  public static Builder builder(TerritoryLevel level) {
    return new Builder(Objects.requireNonNull(level, "level"));
  }

  /**
   * Builds a {@link TerritoryGraph} from nodes and an edge list; not thread-safe.
   *
   * <p>Nodes are added first, each {@link #organisation} call returning its index in the order of addition; ties
   * refer to those indices, in either order, and the ties of one pair added more than once are summed.
   * {@link #build()} orders the nodes by id (n log n, or linear when they were added in order) and the ties by
   * node (two counting passes: linear).
   *
   * @since 0.2
   */
  public static final class Builder {
    private final TerritoryLevel level;
    private OrganisationId[] ids = new OrganisationId[16];
    private OrganisationId[] institutionOf = new OrganisationId[16];
    private byte[] sectors = new byte[16];
    private int[] nodeNetworks = new int[16];
    private int[] nodeProfessionals = new int[16];
    private int[] nodeFacilitated = new int[16];
    private int nodeCount;
    private int[] a = new int[16];
    private int[] b = new int[16];
    private int[] w1 = new int[16];
    private int[] w2 = new int[16];
    private int[] w3 = new int[16];
    private int tieCount;
    private OrganisationId[] institutions = new OrganisationId[16];
    private int[] institutionNetworks = new int[16];
    private int[] institutionProfessionals = new int[16];
    private int[] institutionFacilitated = new int[16];
    private int institutionCount;
    private int networks;
    private int professionals;
    private int meetings;
    private int networksBeyondBound;
    private @Nullable LocalDate first;
    private @Nullable LocalDate last;
    private boolean built;
    /** Up to this many ties, two counting passes order them; beyond, row sorts (see {@link #build()}). */
    private static final int CACHED_TIES = 1 << 18;

    Builder(TerritoryLevel level) {
      this.level = level;
    }

    /**
     * Makes room for a number of organisations and ties, so that adding them does not grow the builder's arrays
     * step by step; optional.
     *
     * @param organisations the organisations expected
     * @param ties the ties expected
     * @return this builder
     * @throws IllegalArgumentException if a number is negative
     */
    public Builder expect(int organisations, int ties) {
      counts("expect", organisations, ties, 0);
      if (organisations > ids.length) {
        ids = Arrays.copyOf(ids, organisations);
        institutionOf = Arrays.copyOf(institutionOf, organisations);
        sectors = Arrays.copyOf(sectors, organisations);
        nodeNetworks = Arrays.copyOf(nodeNetworks, organisations);
        nodeProfessionals = Arrays.copyOf(nodeProfessionals, organisations);
        nodeFacilitated = Arrays.copyOf(nodeFacilitated, organisations);
      }
      if (ties > a.length) {
        a = Arrays.copyOf(a, ties);
        b = Arrays.copyOf(b, ties);
        w1 = Arrays.copyOf(w1, ties);
        w2 = Arrays.copyOf(w2, ties);
        w3 = Arrays.copyOf(w3, ties);
      }
      return this;
    }

    /**
     * Adds a node.
     *
     * @param id its id, not added before
     * @param institution its institution (its own id at {@link TerritoryLevel#INSTITUTION})
     * @param sector its sector, or empty
     * @param networks the networks it takes part in
     * @param professionals its professionals, counted once per network
     * @param facilitated the meetings its professionals facilitated
     * @return the node's index among the nodes added, for {@link #tie}
     * @throws IllegalArgumentException if a count is negative
     */
    public int organisation(OrganisationId id, OrganisationId institution, Optional<Sector> sector, int networks,
        int professionals, int facilitated) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(institution, "institution");
      Objects.requireNonNull(sector, "sector");
      if ((networks | professionals | facilitated) < 0) {
        counts("organisation " + id, networks, professionals, facilitated);
      }
      if (nodeCount == ids.length) {
        int size = nodeCount * 2;
        ids = Arrays.copyOf(ids, size);
        institutionOf = Arrays.copyOf(institutionOf, size);
        sectors = Arrays.copyOf(sectors, size);
        nodeNetworks = Arrays.copyOf(nodeNetworks, size);
        nodeProfessionals = Arrays.copyOf(nodeProfessionals, size);
        nodeFacilitated = Arrays.copyOf(nodeFacilitated, size);
      }
      ids[nodeCount] = id;
      institutionOf[nodeCount] = institution;
      sectors[nodeCount] = (byte) (sector.isPresent() ? sector.get().ordinal() + 1 : 0);
      nodeNetworks[nodeCount] = networks;
      nodeProfessionals[nodeCount] = professionals;
      nodeFacilitated[nodeCount] = facilitated;
      return nodeCount++;
    }

    /**
     * Adds a tie, or adds weights to the tie of the pair.
     *
     * @param first a node index returned by {@link #organisation}
     * @param second another
     * @param sharedNetworks the networks both take part in
     * @param professionalTies the ties between their professionals
     * @param meetingsTogether the meetings where both sat
     * @return this builder
     * @throws IllegalArgumentException if a node was not added, the two are the same, or a weight is negative
     */
    public Builder tie(int first, int second, int sharedNetworks, int professionalTies, int meetingsTogether) {
      if (first < 0 || first >= nodeCount || second < 0 || second >= nodeCount) {
        throw new IllegalArgumentException("TerritoryGraph.Builder.tie: node " + (first < 0 || first >= nodeCount
            ? first : second) + " was not added; add the organisations first (0 to " + (nodeCount - 1) + ")");
      }
      if (first == second) {
        throw new IllegalArgumentException("TerritoryGraph.Builder.tie: " + ids[first]
            + " is tied to itself; a tie joins two distinct organisations");
      }
      if ((sharedNetworks | professionalTies | meetingsTogether) < 0) {
        counts("tie " + ids[first] + "-" + ids[second], sharedNetworks, professionalTies, meetingsTogether);
      }
      if (tieCount == a.length) {
        int size = tieCount * 2;
        a = Arrays.copyOf(a, size);
        b = Arrays.copyOf(b, size);
        w1 = Arrays.copyOf(w1, size);
        w2 = Arrays.copyOf(w2, size);
        w3 = Arrays.copyOf(w3, size);
      }
      a[tieCount] = Math.min(first, second);
      b[tieCount] = Math.max(first, second);
      w1[tieCount] = sharedNetworks;
      w2[tieCount] = professionalTies;
      w3[tieCount] = meetingsTogether;
      tieCount++;
      return this;
    }

    /**
     * Adds an institution's counts (for the dominance of institutions).
     *
     * @param id the institution's id, not added before
     * @param networks the networks it takes part in
     * @param professionals its professionals, counted once per network
     * @param facilitated the meetings its professionals facilitated
     * @return this builder
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder institution(OrganisationId id, int networks, int professionals, int facilitated) {
      Objects.requireNonNull(id, "id");
      if ((networks | professionals | facilitated) < 0) {
        counts("institution " + id, networks, professionals, facilitated);
      }
      if (institutionCount == institutions.length) {
        int size = institutionCount * 2;
        institutions = Arrays.copyOf(institutions, size);
        institutionNetworks = Arrays.copyOf(institutionNetworks, size);
        institutionProfessionals = Arrays.copyOf(institutionProfessionals, size);
        institutionFacilitated = Arrays.copyOf(institutionFacilitated, size);
      }
      institutions[institutionCount] = id;
      institutionNetworks[institutionCount] = networks;
      institutionProfessionals[institutionCount] = professionals;
      institutionFacilitated[institutionCount] = facilitated;
      institutionCount++;
      return this;
    }

    /**
     * Sets the totals of the networks folded.
     *
     * @param networks the networks folded
     * @param professionals their professionals, counted once per network
     * @param meetings their meetings
     * @param networksBeyondBound the networks that added no pair, being beyond the bound
     * @return this builder
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder totals(int networks, int professionals, int meetings, int networksBeyondBound) {
      counts("totals", networks, professionals, meetings);
      counts("totals", networksBeyondBound, 0, 0);
      this.networks = networks;
      this.professionals = professionals;
      this.meetings = meetings;
      this.networksBeyondBound = networksBeyondBound;
      return this;
    }

    /**
     * Sets the period the networks cover.
     *
     * @param first the earliest date
     * @param last the latest date, not before the first
     * @return this builder
     * @throws IllegalArgumentException if last is before first
     */
    public Builder period(LocalDate first, LocalDate last) {
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("TerritoryGraph.Builder.period: " + last + " is before " + first);
      }
      this.first = first;
      this.last = last;
      return this;
    }

    private static void counts(String what, int x, int y, int z) {
      if (x < 0 || y < 0 || z < 0) {
        throw new IllegalArgumentException("TerritoryGraph.Builder: " + what + " has a negative count (" + x
            + ", " + y + ", " + z + "); counts are 0 or more");
      }
    }

    /**
     * Builds the graph: nodes in the order of their ids, ties in compressed sparse rows, ordered by two stable
     * counting passes (by second node, then by first) up to 262,144 ties, and beyond by one counting
     * pass by first node and a sort of each row (fewer passes over arrays larger than the cache: half the time at
     * 1,000,000 ties, twice the time at 100,000, on the benchmarks' machine).
     *
     * @return the graph
     * @throws IllegalArgumentException if two nodes or two institutions have the same id
     * @throws IllegalStateException if called a second time
     */
    public TerritoryGraph build() {
      if (built) {
        throw new IllegalStateException("TerritoryGraph.Builder: build() was called already; use a new builder");
      }
      built = true;
      int n = nodeCount;
      for (int i = 1; i < n; i++) {
        if (ids[i - 1].compareTo(ids[i]) >= 0) {
          int[] rank = sortNodes(); // rank[i]: the place of node i (in the order of addition) once sorted by id
          for (int t = 0; t < tieCount; t++) {
            int x = rank[a[t]];
            int y = rank[b[t]];
            a[t] = Math.min(x, y);
            b[t] = Math.max(x, y);
          }
          break;
        }
      }
      sortInstitutions();
      int m = tieCount;
      int[] start = new int[n + 1];
      int[] seconds = new int[m];
      int[] shared = new int[m];
      int[] recorded = new int[m];
      int[] together = new int[m];
      if (m <= CACHED_TIES) {
        byCountingTwice(n, start, seconds, shared, recorded, together);
      } else {
        bySortingRows(n, start, seconds, shared, recorded, together);
      }
      int distinct = m;
      for (int u = 0; u < n; u++) {
        for (int p = start[u] + 1; p < start[u + 1]; p++) {
          if (seconds[p] == seconds[p - 1]) {
            distinct--;
          }
        }
      }
      if (distinct < m) {
        // the ties of one pair added more than once are summed
        int[] merged = new int[n + 1];
        int[] s2 = new int[distinct];
        int[] s3 = new int[distinct];
        int[] s4 = new int[distinct];
        int[] s5 = new int[distinct];
        int e = -1;
        for (int u = 0; u < n; u++) {
          for (int p = start[u]; p < start[u + 1]; p++) {
            if (p == start[u] || seconds[p] != seconds[p - 1]) {
              e++;
              s2[e] = seconds[p];
              merged[u + 1]++;
            }
            s3[e] = Math.addExact(s3[e], shared[p]);
            s4[e] = Math.addExact(s4[e], recorded[p]);
            s5[e] = Math.addExact(s5[e], together[p]);
          }
        }
        for (int i = 0; i < n; i++) {
          merged[i + 1] += merged[i];
        }
        return new TerritoryGraph(this, merged, s2, s3, s4, s5);
      }
      return new TerritoryGraph(this, start, seconds, shared, recorded, together);
    }

    /**
     * Orders the ties by two stable counting passes, by second node then by first, so that each row comes out sorted
     * by second node: linear, and fastest while the arrays stay in cache.
     */
    private void byCountingTwice(int n, int[] start, int[] seconds, int[] shared, int[] recorded, int[] together) {
      int m = tieCount;
      int[] bySecond = new int[n + 1];
      for (int t = 0; t < m; t++) {
        bySecond[b[t] + 1]++;
        start[a[t] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        bySecond[i + 1] += bySecond[i];
        start[i + 1] += start[i];
      }
      int[] order = new int[m];
      for (int t = 0; t < m; t++) {
        order[bySecond[b[t]]++] = t;
      }
      int[] next = Arrays.copyOf(start, n);
      for (int i = 0; i < m; i++) {
        int t = order[i];
        int p = next[a[t]]++;
        seconds[p] = b[t];
        shared[p] = w1[t];
        recorded[p] = w2[t];
        together[p] = w3[t];
      }
    }

    /**
     * Orders the ties by one counting pass by first node, then sorts each row, short and in cache, by second node:
     * fewer passes over arrays larger than the cache.
     */
    private void bySortingRows(int n, int[] start, int[] seconds, int[] shared, int[] recorded, int[] together) {
      int m = tieCount;
      for (int t = 0; t < m; t++) {
        start[a[t] + 1]++;
      }
      int longest = 0;
      for (int i = 0; i < n; i++) {
        longest = Math.max(longest, start[i + 1]);
        start[i + 1] += start[i];
      }
      int[] next = Arrays.copyOf(start, n);
      for (int t = 0; t < m; t++) {
        int p = next[a[t]]++;
        seconds[p] = b[t];
        shared[p] = w1[t];
        recorded[p] = w2[t];
        together[p] = w3[t];
      }
      long[] row = new long[longest];
      int[] rowWeights = new int[3 * longest];
      for (int u = 0; u < n; u++) {
        sortRow(seconds, shared, recorded, together, start[u], start[u + 1], row, rowWeights);
      }
    }

    /**
     * Sorts one row by second node, its weights along: the row's seconds packed with their place into longs,
     * sorted (insertion when short), then the weights moved from a copy of the row; nothing when already sorted.
     */
    private static void sortRow(int[] seconds, int[] x1, int[] x2, int[] x3, int from, int to, long[] row,
        int[] weights) {
      boolean sorted = true;
      for (int p = from + 1; p < to && sorted; p++) {
        sorted = seconds[p - 1] <= seconds[p];
      }
      if (sorted) {
        return;
      }
      int length = to - from;
      for (int i = 0; i < length; i++) {
        int p = from + i;
        row[i] = ((long) seconds[p] << 32) | i;
        weights[3 * i] = x1[p];
        weights[3 * i + 1] = x2[p];
        weights[3 * i + 2] = x3[p];
      }
      if (length <= 32) {
        for (int i = 1; i < length; i++) {
          long v = row[i];
          int j = i - 1;
          while (j >= 0 && row[j] > v) {
            row[j + 1] = row[j];
            j--;
          }
          row[j + 1] = v;
        }
      } else {
        Arrays.sort(row, 0, length);
      }
      for (int i = 0; i < length; i++) {
        int p = from + i;
        int k = 3 * (int) row[i];
        seconds[p] = (int) (row[i] >>> 32);
        x1[p] = weights[k];
        x2[p] = weights[k + 1];
        x3[p] = weights[k + 2];
      }
    }

    /** Sorts the nodes by id, returning the rank of each node in the order of addition. */
    private int[] sortNodes() {
      int n = nodeCount;
      Integer[] byId = new Integer[n];
      for (int i = 0; i < n; i++) {
        byId[i] = i;
      }
      OrganisationId[] before = Arrays.copyOf(ids, n);
      Arrays.sort(byId, (x, y) -> before[x].compareTo(before[y]));
      int[] rank = new int[n];
      OrganisationId[] sortedInstitutions = new OrganisationId[n];
      byte[] sortedSectors = new byte[n];
      int[] sortedNetworks = new int[n];
      int[] sortedProfessionals = new int[n];
      int[] sortedFacilitated = new int[n];
      for (int r = 0; r < n; r++) {
        int i = byId[r];
        if (r > 0 && before[byId[r - 1]].equals(before[i])) {
          throw new IllegalArgumentException("TerritoryGraph.Builder: organisation " + before[i]
              + " was added twice; add each node once");
        }
        rank[i] = r;
        ids[r] = before[i];
        sortedInstitutions[r] = institutionOf[i];
        sortedSectors[r] = sectors[i];
        sortedNetworks[r] = nodeNetworks[i];
        sortedProfessionals[r] = nodeProfessionals[i];
        sortedFacilitated[r] = nodeFacilitated[i];
      }
      institutionOf = sortedInstitutions;
      sectors = sortedSectors;
      nodeNetworks = sortedNetworks;
      nodeProfessionals = sortedProfessionals;
      nodeFacilitated = sortedFacilitated;
      return rank;
    }

    private void sortInstitutions() {
      int k = institutionCount;
      boolean sorted = true;
      for (int i = 1; i < k && sorted; i++) {
        sorted = institutions[i - 1].compareTo(institutions[i]) < 0;
      }
      if (sorted) {
        return;
      }
      Integer[] byId = new Integer[k];
      for (int i = 0; i < k; i++) {
        byId[i] = i;
      }
      OrganisationId[] before = Arrays.copyOf(institutions, k);
      Arrays.sort(byId, (x, y) -> before[x].compareTo(before[y]));
      int[] n1 = new int[k];
      int[] n2 = new int[k];
      int[] n3 = new int[k];
      for (int r = 0; r < k; r++) {
        int i = byId[r];
        if (r > 0 && before[byId[r - 1]].equals(before[i])) {
          throw new IllegalArgumentException("TerritoryGraph.Builder: institution " + before[i]
              + " was added twice; add each institution once");
        }
        institutions[r] = before[i];
        n1[r] = institutionNetworks[i];
        n2[r] = institutionProfessionals[i];
        n3[r] = institutionFacilitated[i];
      }
      institutionNetworks = n1;
      institutionProfessionals = n2;
      institutionFacilitated = n3;
    }
  }
}
