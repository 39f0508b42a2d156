package org.maillage.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.MemberId;
import org.maillage.QuotedInput;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Brokerage;
import org.maillage.analysis.Centrality;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.Figure;
import org.maillage.member.Member;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.person.Person;

/**
 * Computes the {@link EgoNetworkMetrics} of a person-centred network on a date, every figure as DOMAIN.md §3
 * pins it (the formulas are in the result type's Javadoc).
 *
 * <p>The individuals are numbered once: ego 0, the alters 1..N in the network's order. The alter graph is kept
 * as compressed adjacency arrays, each pair of tied alters once with the largest weight of its ties; ego's
 * ties to every alter are implied, never stored. Cost, with N alters, T ties in the network, L tied pairs of
 * alters and S support entries on the ties:
 * <ul>
 *   <li>the graph, the composition, the densities, components, isolates, stars, bridges, diversity, E-I and
 *       Burt's figures: linear, O(N + T);</li>
 *   <li>the support arcs, reciprocity and multiplexity: O(N + S + S log S) (the arcs are put in order by two
 *       counting passes, linear, to count each once; the reverse of each arc is then found by halving);</li>
 *   <li>degree, betweenness and closeness of everyone: Brandes' accumulation specialised to a graph where
 *       ego is tied to everyone (every distance is 1 or 2), O(N + Σ_u d_u²), at most V·E;</li>
 *   <li>brokerage: every two-path through each alter, O(Σ_a in(a)·out(a)), at most V·E as well.</li>
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EgoMetricsComputation {
  private static final SupportType[] SUPPORT_TYPES = SupportType.values();
  private static final Sector[] SECTORS = Sector.values();
  private static final int K = SECTORS.length;
  private static final double LN_2 = Math.log(2);

  private EgoMetricsComputation() {}

  /**
   * Computes the metrics.
   *
   * @param network a person-centred network
   * @param settings the date and the tie weights
   * @return the metrics
   * @throws IllegalArgumentException if the network has no focal person
   */
  public static EgoNetworkMetrics compute(Network network, AnalysisSettings settings) {
    Optional<Person> person = network.focalPerson();
    if (person.isEmpty()) {
      throw new IllegalArgumentException("NetworkAnalysis.egoMetrics: network " + QuotedInput.quote(network.id())
          + " has no focal person, so it has no ego network; give a person-centred network (travail de réseau),"
          + " one built with focalPerson(...)");
    }
    return new Graph(network, person.get().id(), settings).metrics();
  }

  /** The numbered graph of one computation, and the figures read from it; used by one thread, then dropped. */
  private static final class Graph {
    private final Network network;
    private final MemberId ego;
    private final AnalysisSettings settings;
    private final ImmutableList<Member> alters;
    /** N, the alters; n = N + 1 individuals. */
    private final int size;
    private final int n;
    /** The sector ordinal of each individual; -1 for ego. */
    private final int[] sector;
    /** Alter adjacency, each tied pair once: node u's neighbours are adj[start[u] .. end[u]). */
    private final int[] start;
    private final int[] end;
    private final int[] adj;
    private final double[] weight;
    /** The support arcs, each (type, from, to) once, as (type·n + from)·n + to, sorted. */
    private final long[] arcs;
    private final int arcCount;
    /** L. */
    private int alterTies;

    Graph(Network network, MemberId ego, AnalysisSettings settings) {
      this.network = network;
      this.ego = ego;
      this.settings = settings;
      this.alters = network.currentMembers(settings.date());
      this.size = alters.size();
      this.n = size + 1;
      Map<MemberId, Integer> index = new HashMap<>(2 * n);
      index.put(ego, 0);
      sector = new int[n];
      sector[0] = -1;
      for (int i = 0; i < size; i++) {
        Member alter = alters.get(i);
        index.put(alter.id(), i + 1);
        sector[i + 1] = alter.sector().ordinal();
      }
      ImmutableList<Tie> ties = network.ties();
      int[] first = new int[ties.size()];
      int[] second = new int[ties.size()];
      double[] tieWeight = new double[ties.size()];
      int edges = 0;
      long[] arcKeys = new long[Math.max(4, ties.size() * 2)];
      int arcs = 0;
      int[] degree = new int[n];
      for (int t = 0; t < ties.size(); t++) {
        Tie tie = ties.get(t);
        Integer a = index.get(tie.first());
        Integer b = index.get(tie.second());
        if (a == null || b == null) {
          continue; // a member not current on the date
        }
        if (a != 0 && b != 0) {
          first[edges] = a;
          second[edges] = b;
          tieWeight[edges] = settings.weightOf(tie.quality());
          degree[a]++;
          degree[b]++;
          edges++;
        }
        ImmutableMap<SupportType, SupportDirection> supports = tie.supports();
        if (supports.isEmpty()) {
          continue;
        }
        for (SupportType type : SUPPORT_TYPES) {
          @Nullable SupportDirection direction = supports.get(type);
          if (direction == null) {
            continue;
          }
          if (arcs + 2 > arcKeys.length) {
            arcKeys = Arrays.copyOf(arcKeys, arcKeys.length * 2);
          }
          long typed = (long) type.ordinal() * n;
          if (direction != SupportDirection.FROM_SECOND) {
            arcKeys[arcs++] = (typed + a) * n + b;
          }
          if (direction != SupportDirection.FROM_FIRST) {
            arcKeys[arcs++] = (typed + b) * n + a;
          }
        }
      }
      // compressed adjacency with repeats, then each node's list compacted in place: a repeated neighbour
      // keeps the largest weight (a stamp per neighbour says where it already stands in the list)
      start = new int[n];
      end = new int[n];
      adj = new int[2 * edges];
      weight = new double[2 * edges];
      int[] fill = new int[n];
      for (int u = 1, offset = 0; u < n; u++) {
        start[u] = offset;
        fill[u] = offset;
        offset += degree[u];
      }
      for (int e = 0; e < edges; e++) {
        int a = first[e];
        int b = second[e];
        adj[fill[a]] = b;
        weight[fill[a]++] = tieWeight[e];
        adj[fill[b]] = a;
        weight[fill[b]++] = tieWeight[e];
      }
      int[] stamp = new int[n];
      int[] at = new int[n];
      int write = 0;
      int twiceL = 0;
      for (int u = 1; u < n; u++) {
        int from = start[u];
        int to = fill[u];
        start[u] = write;
        for (int k = from; k < to; k++) {
          int v = adj[k];
          if (stamp[v] == u) {
            weight[at[v]] = Math.max(weight[at[v]], weight[k]);
          } else {
            stamp[v] = u;
            at[v] = write;
            adj[write] = v;
            weight[write++] = weight[k];
          }
        }
        end[u] = write;
        twiceL += write - start[u];
      }
      alterTies = twiceL / 2;
      sortKeys(arcKeys, arcs, n, SUPPORT_TYPES.length * n);
      int unique = 0;
      for (int i = 0; i < arcs; i++) {
        if (unique == 0 || arcKeys[unique - 1] != arcKeys[i]) {
          arcKeys[unique++] = arcKeys[i];
        }
      }
      this.arcs = arcKeys;
      this.arcCount = unique;
    }

    /**
     * Sorts keys of the form row · n + column (row &lt; rows, column &lt; n) in place, by two stable counting
     * passes, column then row: linear in the keys plus n and rows, where a comparison sort would add a log.
     */
    private static void sortKeys(long[] keys, int count, int n, int rows) {
      long[] byColumn = new long[count];
      int[] slots = new int[Math.max(n, rows) + 1];
      for (int i = 0; i < count; i++) {
        slots[(int) (keys[i] % n) + 1]++;
      }
      for (int c = 0; c < n; c++) {
        slots[c + 1] += slots[c];
      }
      for (int i = 0; i < count; i++) {
        byColumn[slots[(int) (keys[i] % n)]++] = keys[i];
      }
      Arrays.fill(slots, 0);
      for (int i = 0; i < count; i++) {
        slots[(int) (byColumn[i] / n) + 1]++;
      }
      for (int r = 0; r < rows; r++) {
        slots[r + 1] += slots[r];
      }
      for (int i = 0; i < count; i++) {
        keys[slots[(int) (byColumn[i] / n)]++] = byColumn[i];
      }
    }

    EgoNetworkMetrics metrics() {
      EgoNetworkMetrics.Builder metrics = EgoNetworkMetrics.builder()
          .network(network.id()).date(settings.date()).ego(ego).alterTies(alterTies);
      ImmutableList.Builder<MemberId> ids = ImmutableList.builderWithExpectedSize(size);
      int mobilisable = 0;
      for (int i = 0; i < size; i++) {
        Member alter = alters.get(i);
        ids.add(alter.id());
        if (alter.isMobilisable()) {
          mobilisable++;
        }
      }
      metrics.addAllAlters(ids.build()).mobilisableSize(mobilisable);
      composition(metrics);
      structure(metrics);
      centralities(metrics);
      support(metrics);
      brokerage(metrics);
      return metrics.build();
    }

    private MemberId id(int node) {
      return node == 0 ? ego : alters.get(node - 1).id();
    }

    private int degreeInAlterGraph(int u) {
      return end[u] - start[u];
    }

    /** Sector counts and shares, densities by sector, diversity and E-I: linear in N + L. */
    private void composition(EgoNetworkMetrics.Builder metrics) {
      int[] count = new int[K];
      int primary = 0;
      for (int u = 1; u < n; u++) {
        count[sector[u]]++;
        if (SECTORS[sector[u]].isPrimary()) {
          primary++;
        }
      }
      // tied pairs by sector pair, the lower ordinal first; and the weight of every tied pair
      int[] pairs = new int[K * K];
      double weights = 0;
      for (int u = 1; u < n; u++) {
        for (int k = start[u]; k < end[u]; k++) {
          int v = adj[k];
          if (u < v) {
            int s = sector[u];
            int t = sector[v];
            pairs[s < t ? s * K + t : t * K + s]++;
            weights += weight[k];
          }
        }
      }
      double possible = size * (size - 1) / 2.0;
      metrics.density(Figure.ratio(alterTies, possible)).weightedDensity(Figure.ratio(weights, possible));
      metrics.primaryShare(Figure.ratio(primary, size)).secondaryShare(Figure.ratio(size - primary, size));
      double sumSquares = 0;
      double entropy = 0;
      int present = 0;
      long pExternal = 0;
      long pInternal = 0;
      int internal = 0;
      for (int s = 0; s < K; s++) {
        if (count[s] == 0) {
          continue;
        }
        present++;
        Sector sector = SECTORS[s];
        double p = (double) count[s] / size;
        sumSquares += p * p;
        entropy -= p * Math.log(p) / LN_2;
        metrics.putSectorCount(sector, count[s]).putComposition(sector, Figure.of(p));
        metrics.putDensityWithin(sector, Figure.ratio(pairs[s * K + s], count[s] * (count[s] - 1) / 2.0));
        ImmutableMap.Builder<Sector, Figure> between = null;
        for (int t = s + 1; t < K; t++) {
          if (count[t] > 0) {
            if (between == null) {
              between = ImmutableMap.builder();
            }
            between.put(SECTORS[t], Figure.ratio(pairs[s * K + t], (double) count[s] * count[t]));
            pExternal += (long) count[s] * count[t];
          }
        }
        if (between != null) {
          metrics.putDensityBetween(sector, between.buildOrThrow());
        }
        pInternal += (long) count[s] * (count[s] - 1) / 2;
        internal += pairs[s * K + s];
        // E-I of the ties touching s
        int inside = pairs[s * K + s];
        int across = 0;
        for (int t = 0; t < K; t++) {
          if (t != s) {
            across += pairs[s < t ? s * K + t : t * K + s];
          }
        }
        metrics.putEiIndexBySector(sector, Figure.ratio(across - inside, across + inside));
        metrics.putEiIndexRescaledBySector(sector, rescaledEi(across, inside,
            (double) count[s] * (size - count[s]), count[s] * (count[s] - 1) / 2.0));
      }
      if (size == 0) {
        metrics.blau(Figure.undefined()).iqv(Figure.undefined()).iqvPresent(Figure.undefined())
            .entropy(Figure.undefined());
      } else {
        double blau = 1 - sumSquares;
        metrics.blau(Figure.of(blau)).iqv(Figure.of(blau * K / (K - 1)))
            .iqvPresent(present < 2 ? Figure.undefined() : Figure.of(blau * present / (present - 1)))
            .entropy(Figure.of(entropy == 0 ? 0 : entropy));
      }
      int external = alterTies - internal;
      metrics.eiIndex(Figure.ratio(external - internal, alterTies))
          .eiIndexRescaled(rescaledEi(external, internal, pExternal, pInternal));
    }

    /** (E/Pe - I/Pi) / (E/Pe + I/Pi), undefined where egor's division gives NaN. */
    private static Figure rescaledEi(int external, int internal, double pExternal, double pInternal) {
      if (external + internal == 0 || pExternal == 0 || pInternal == 0) {
        return Figure.undefined();
      }
      double e = external / pExternal;
      double i = internal / pInternal;
      return Figure.of((e - i) / (e + i));
    }

    /** Components, isolates, stars, bridges and Burt's figures: linear in N + L. */
    private void structure(EgoNetworkMetrics.Builder metrics) {
      int[] queue = new int[n];
      boolean[] seen = new boolean[n];
      int maxDegree = 0;
      for (int u = 1; u < n; u++) {
        maxDegree = Math.max(maxDegree, degreeInAlterGraph(u));
      }
      ImmutableSet.Builder<MemberId> isolates = ImmutableSet.builder();
      ImmutableSet.Builder<MemberId> stars = ImmutableSet.builder();
      ImmutableSet.Builder<MemberId> bridges = ImmutableSet.builder();
      for (int u = 1; u < n; u++) {
        int degree = degreeInAlterGraph(u);
        if (degree == 0) {
          isolates.add(id(u));
        } else if (degree == maxDegree) {
          stars.add(id(u));
        }
        int others = 0;
        for (int k = start[u]; k < end[u]; k++) {
          if (sector[adj[k]] != sector[u]) {
            others |= 1 << sector[adj[k]];
          }
        }
        if (Integer.bitCount(others) >= 2) {
          bridges.add(id(u));
        }
        if (!seen[u]) {
          // breadth-first over the alter graph; the component's alters are then put in the network's order
          int head = 0;
          int tail = 0;
          queue[tail++] = u;
          seen[u] = true;
          while (head < tail) {
            int v = queue[head++];
            for (int k = start[v]; k < end[v]; k++) {
              if (!seen[adj[k]]) {
                seen[adj[k]] = true;
                queue[tail++] = adj[k];
              }
            }
          }
          Arrays.sort(queue, 0, tail);
          ImmutableSet.Builder<MemberId> component = ImmutableSet.builderWithExpectedSize(tail);
          for (int i = 0; i < tail; i++) {
            component.add(id(queue[i]));
          }
          metrics.addComponent(component.build());
        }
      }
      metrics.isolates(isolates.build()).stars(stars.build()).bridges(bridges.build());
      if (size == 0) {
        metrics.effectiveSize(Figure.undefined()).efficiency(Figure.undefined()).constraint(Figure.undefined())
            .weightedConstraint(Figure.undefined());
        return;
      }
      double effective = size - 2.0 * alterTies / size;
      metrics.effectiveSize(Figure.of(effective)).efficiency(Figure.of(effective / size));
      metrics.constraint(Figure.of(constraint(false))).weightedConstraint(Figure.of(constraint(true)));
    }

    /**
     * Burt's constraint of ego, c = Σ_j (p_ej + Σ_q p_eq p_qj)², with p_eq = 1/N (ego's ties weigh 1) and
     * p_qj = w_qj / (1 + Σ_k w_qk) (an alter's tie to ego weighs 1): linear in N + L.
     */
    private double constraint(boolean weighted) {
      double[] total = new double[n];
      for (int q = 1; q < n; q++) {
        double sum = 1;
        for (int k = start[q]; k < end[q]; k++) {
          sum += weighted ? weight[k] : 1;
        }
        total[q] = sum;
      }
      double pEgo = 1.0 / size;
      double c = 0;
      for (int j = 1; j < n; j++) {
        double indirect = 0;
        for (int k = start[j]; k < end[j]; k++) {
          int q = adj[k];
          indirect += (weighted ? weight[k] : 1) / total[q];
        }
        double term = pEgo + pEgo * indirect;
        c += term * term;
      }
      return c;
    }

    /**
     * Degree, betweenness and closeness of everyone in the whole network, where ego is tied to every alter.
     *
     * <p>Brandes' accumulation, specialised to this graph: ego is one step from everyone, so every shortest
     * path between two alters not tied to each other has length 2, through ego or through an alter tied to
     * both; there are g_st = c_st + 1 of them, with c_st their common alters, and each intermediary gets
     * 1/g_st. From each alter s: the common alters c_st of every t are counted through the neighbours of s's
     * neighbours; ego gets 1/g_st for every t not tied to s, and each neighbour u of s gets 1/g_st for every
     * neighbour t of u not tied to s. Every unordered pair is met from both ends, so the sums are halved. From
     * ego no path passes through anyone (all are one step away). Closeness needs no search: an alter s is one
     * step from ego and its d_s neighbours and two steps from the other N - 1 - d_s alters.
     *
     * <p>Cost: O(N + Σ_u d_u²), the alters two steps from each alter through another (the alters with no common
     * alter are counted, not visited): at most O(V·E), and linear in N + L when degrees are bounded.
     */
    private void centralities(EgoNetworkMetrics.Builder metrics) {
      double[] betweenness = new double[n];
      int[] common = new int[n];
      int[] tiedTo = new int[n];
      Arrays.fill(tiedTo, -1);
      int[] touched = new int[n];
      int maxDegree = 0;
      for (int u = 1; u < n; u++) {
        maxDegree = Math.max(maxDegree, degreeInAlterGraph(u));
      }
      // 1 / g for every g that can occur (g = common alters + 1 <= max degree + 1): no division in the loops
      double[] inverse = new double[maxDegree + 2];
      for (int g = 1; g < inverse.length; g++) {
        inverse[g] = 1.0 / g;
      }
      for (int s = 1; s < n; s++) {
        int reached = 0;
        for (int k = start[s]; k < end[s]; k++) {
          int u = adj[k];
          tiedTo[u] = s;
          for (int l = start[u]; l < end[u]; l++) {
            int t = adj[l];
            if (common[t]++ == 0) {
              touched[reached++] = t;
            }
          }
        }
        // through ego: every alter t not tied to s, 1 / (c_st + 1); those with no common alter give 1 each
        int notTied = size - 1 - degreeInAlterGraph(s);
        double throughEgo = 0;
        for (int i = 0; i < reached; i++) {
          int t = touched[i];
          if (t != s && tiedTo[t] != s) {
            throughEgo += inverse[common[t] + 1];
            notTied--;
          }
        }
        betweenness[0] += throughEgo + notTied;
        for (int k = start[s]; k < end[s]; k++) {
          int u = adj[k];
          double throughU = 0;
          for (int l = start[u]; l < end[u]; l++) {
            int t = adj[l];
            if (t != s && tiedTo[t] != s) {
              throughU += inverse[common[t] + 1];
            }
          }
          betweenness[u] += throughU;
        }
        for (int i = 0; i < reached; i++) {
          common[touched[i]] = 0;
        }
      }
      double pairs = (n - 1) * (n - 2) / 2.0;
      Centrality[] centralities = new Centrality[n];
      for (int v = 0; v < n; v++) {
        double raw = betweenness[v] / 2; // each unordered pair was counted from both ends
        int degree = v == 0 ? size : degreeInAlterGraph(v) + 1;
        // Σ_u d(v, u): ego is one step from all N alters; an alter one step from its degree, two from the rest
        long distances = v == 0 ? size : degree + 2L * (n - 1 - degree);
        centralities[v] = Centrality.of(id(v), degree, raw, Figure.ratio(raw, pairs), Figure.ratio(n - 1, distances));
      }
      metrics.addCentralities(centralities).egoBetweenness(betweenness[0] / 2);
    }

    /** Support arcs, reciprocity and multiplexity, from the sorted unique arcs: O(S log S). */
    private void support(EgoNetworkMetrics.Builder metrics) {
      int[] arcsOfType = new int[SUPPORT_TYPES.length];
      int[] mutualOfType = new int[SUPPORT_TYPES.length];
      int[] given = new int[n];
      int[] givenToEgo = new int[n];
      long nn = (long) n * n;
      for (int i = 0; i < arcCount; i++) {
        long key = arcs[i];
        int type = (int) (key / nn);
        int from = (int) (key / n % n);
        int to = (int) (key % n);
        arcsOfType[type]++;
        if (Arrays.binarySearch(arcs, 0, arcCount, (type * (long) n + to) * n + from) >= 0) {
          mutualOfType[type]++;
        }
        given[from] |= 1 << type;
        if (to == 0) {
          givenToEgo[from] |= 1 << type;
        }
      }
      for (int t = 0; t < SUPPORT_TYPES.length; t++) {
        int mutualPairs = mutualOfType[t] / 2;
        metrics.putSupportArc(SUPPORT_TYPES[t], arcsOfType[t]);
        metrics.putReciprocity(SUPPORT_TYPES[t], Figure.ratio(mutualPairs, arcsOfType[t] - mutualPairs));
      }
      int multiplex = 0;
      int multiplexToEgo = 0;
      for (int u = 1; u < n; u++) {
        if (Integer.bitCount(given[u]) >= 2) {
          multiplex++;
        }
        if (Integer.bitCount(givenToEgo[u]) >= 2) {
          multiplexToEgo++;
        }
      }
      metrics.multiplexity(Figure.ratio(multiplex, size)).multiplexityToEgo(Figure.ratio(multiplexToEgo, size));
    }

    /**
     * Gould-Fernandez brokerage on the support arcs among alters, every type together: for each alter x, its
     * receivers are marked, then for each a that x gives to and each y that a gives to, x ≠ y and y not marked
     * (no arc x → y), the two-path x → a → y credits a with the role its three sectors make.
     * O(L_arcs + Σ_a in(a)·out(a)), with a constant-time test for the closing arc.
     */
    private void brokerage(EgoNetworkMetrics.Builder metrics) {
      long nn = (long) n * n;
      long[] pairs = new long[arcCount];
      int count = 0;
      for (int i = 0; i < arcCount; i++) {
        long key = arcs[i] % nn;
        if (key / n != 0 && key % n != 0) {
          pairs[count++] = key;
        }
      }
      sortKeys(pairs, count, n, n);
      // out-lists: the receivers of each giver, each once, from the sorted (giver, receiver) pairs
      int[] outStart = new int[n + 1];
      int[] receivers = new int[count];
      int unique = 0;
      for (int i = 0; i < count; i++) {
        if (unique == 0 || pairs[i] != pairs[i - 1]) {
          outStart[(int) (pairs[i] / n) + 1]++;
          receivers[unique++] = (int) (pairs[i] % n);
        }
      }
      for (int u = 0; u < n; u++) {
        outStart[u + 1] += outStart[u];
      }
      int[][] roles = new int[5][n];
      int[] marked = new int[n];
      Arrays.fill(marked, -1);
      for (int x = 1; x < n; x++) {
        for (int k = outStart[x]; k < outStart[x + 1]; k++) {
          marked[receivers[k]] = x;
        }
        int sx = sector[x];
        for (int k = outStart[x]; k < outStart[x + 1]; k++) {
          int a = receivers[k];
          int sa = sector[a];
          for (int l = outStart[a]; l < outStart[a + 1]; l++) {
            int y = receivers[l];
            if (y == x || marked[y] == x) {
              continue;
            }
            int sy = sector[y];
            int role = sx == sa ? (sa == sy ? 0 : 2) : sx == sy ? 1 : sa == sy ? 3 : 4;
            roles[role][a]++;
          }
        }
      }
      Brokerage[] brokerage = new Brokerage[size];
      for (int a = 1; a < n; a++) {
        brokerage[a - 1] = Brokerage.of(id(a), roles[0][a], roles[1][a], roles[2][a], roles[3][a], roles[4][a]);
      }
      metrics.addBrokerage(brokerage);
    }
  }
}
