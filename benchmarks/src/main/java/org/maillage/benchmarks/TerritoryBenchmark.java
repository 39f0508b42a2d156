package org.maillage.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.maillage.OrganisationId;
import org.maillage.analysis.TerritoryConnectivity;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryLevel;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Territory analysis at scale (issue 15). From one edge list ({@link TerritoryEdges}: m ties over m / 10
 * organisations, the same seed for all), three ways of building the graph and finding its components,
 * articulation points and bridges:
 * <ul>
 *   <li>{@link #maillage}: {@code TerritoryGraph.builder} (the organisations with their ids, each tie with its three
 *       weights), {@code build()}, then {@code TerritoryAnalysis.connectivity(graph)};</li>
 *   <li>{@link #handWritten}: {@link TerritoryHandWritten}, the int-array limit (goal: maillage within 1.5× its
 *       time);</li>
 *   <li>{@link #jgrapht}: JGraphT 1.5.3's {@code SimpleGraph}, {@code ConnectivityInspector.connectedSets()} and
 *       {@code BiconnectivityInspector} (cut points and bridges), on a thread with a 1 GiB stack, which its
 *       recursive search needs at these sizes (goal: maillage at least 30× faster).</li>
 * </ul>
 * Folding, measured apart on {@link Folding}: {@link #fold} ({@code TerritoryAnalysis.fold} of networks already in
 * memory) against two baselines, both reported (goal: the fold at least 80% of the throughput of a plain loop that
 * only reads each network's organisations and professional ties):
 * <ul>
 *   <li>{@link #plainLoop}, the floor: each network's organisation records and the two ends of each tie read in list
 *       order and hashed, without finding who the ends are; it reads less than any fold must (not whether an end is
 *       a professional, nor that professional's organisation, nor the meetings), so a fold cannot reach it;</li>
 *   <li>{@link #professionalTies}, the words taken literally: for each tie, whether both ends are
 *       professionals ({@code Network.member}, the model's index) and, when they are, their organisations: the
 *       least any fold must read to weigh the recorded ties between organisations, still without the meetings,
 *       the period, the institutions or adding anything up.</li>
 * </ul>
 * Bytes per tie are measured by {@link TerritoryFootprint}, not here.
 *
 * <p>Average time per operation, in milliseconds; the edge lists and networks are made once per trial, outside the
 * timing.
 *
 * @since 0.2
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TerritoryBenchmark {
  /** The stack of JGraphT's thread: 1 GiB. */
  static final long JGRAPHT_STACK = 1L << 30;

  /** Creates the benchmark; JMH does. */
  public TerritoryBenchmark() {}

  /**
   * The edge list of the size under test.
   *
   * @since 0.2
   */
  @State(Scope.Benchmark)
  public static class Edges {
    /** The ties, m. */
    @Param({"10000", "100000", "1000000"})
    public int ties;

    TerritoryEdges edges;

    /** Creates the state; JMH does. */
    public Edges() {}

    /** Makes the edge list, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      edges = TerritoryEdges.of(ties, TerritoryEdges.SEED);
    }
  }

  /**
   * The networks folded: {@link TerritoryNetworks#of(int, long)}.
   *
   * @since 0.2
   */
  @State(Scope.Benchmark)
  public static class Folding {
    /** The networks. */
    @Param({"2000"})
    public int networks;

    List<Network> list;

    /** Creates the state; JMH does. */
    public Folding() {}

    /** Makes the networks, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      list = TerritoryNetworks.of(networks, TerritoryEdges.SEED);
    }
  }

  /**
   * Maillage: the graph built from the edge list, then its connectivity.
   *
   * @param state the edge list
   * @return the connectivity
   */
  @Benchmark
  public TerritoryConnectivity maillage(Edges state) {
    return connectivity(state.edges);
  }

  /**
   * Builds the graph of an edge list and computes its connectivity.
   *
   * @param edges the edge list
   * @return the connectivity
   */
  static TerritoryConnectivity connectivity(TerritoryEdges edges) {
    return TerritoryAnalysis.connectivity(graph(edges));
  }

  /**
   * Builds the graph of an edge list: every organisation (its own institution, no sector, counts 1), every tie
   * with weights (1, 0, 0).
   *
   * @param edges the edge list
   * @return the graph
   */
  static TerritoryGraph graph(TerritoryEdges edges) {
    TerritoryGraph.Builder builder = TerritoryGraph.builder(TerritoryLevel.ORGANISATION)
        .expect(edges.organisations, edges.first.length);
    for (int i = 0; i < edges.organisations; i++) {
      builder.organisation(edges.ids[i], edges.ids[i], Optional.empty(), 1, 1, 0);
    }
    int[] first = edges.first;
    int[] second = edges.second;
    for (int e = 0; e < first.length; e++) {
      builder.tie(first[e], second[e], 1, 0, 0);
    }
    return builder.build();
  }

  /**
   * The hand-written int-array limit.
   *
   * @param state the edge list
   * @return what it finds
   */
  @Benchmark
  public TerritoryHandWritten.Result handWritten(Edges state) {
    return TerritoryHandWritten.run(state.edges.organisations, state.edges.first, state.edges.second);
  }

  /**
   * JGraphT, on a thread with a 1 GiB stack: the graph, its connected sets, cut points and bridges.
   *
   * @param state the edge list
   * @return the three results
   * @throws InterruptedException if interrupted while waiting for the thread
   */
  @Benchmark
  public Object[] jgrapht(Edges state) throws InterruptedException {
    return jgraphtOnBigStack(state.edges);
  }

  /**
   * Runs JGraphT's build and connectivity on a thread with a 1 GiB stack.
   *
   * @param edges the edge list
   * @return the connected sets, the cut points and the bridges
   * @throws InterruptedException if interrupted while waiting for the thread
   */
  static Object[] jgraphtOnBigStack(TerritoryEdges edges) throws InterruptedException {
    AtomicReference<Object[]> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < edges.organisations; i++) {
          graph.addVertex(i);
        }
        for (int e = 0; e < edges.first.length; e++) {
          graph.addEdge(edges.first[e], edges.second[e]);
        }
        List<Set<Integer>> components = new ConnectivityInspector<>(graph).connectedSets();
        BiconnectivityInspector<Integer, DefaultEdge> inspector = new BiconnectivityInspector<>(graph);
        result.set(new Object[] {components, inspector.getCutpoints(), inspector.getBridges()});
      } catch (Throwable t) { // NOPMD: handed to the caller
        failure.set(t);
      }
    }, "jgrapht-1GiB-stack", JGRAPHT_STACK);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw new IllegalStateException("JGraphT failed", failure.get());
    }
    return result.get();
  }

  /**
   * The fold of networks in memory into a territory graph, with the default settings.
   *
   * @param state the networks
   * @return the graph
   */
  @Benchmark
  public TerritoryGraph fold(Folding state) {
    return TerritoryAnalysis.fold(state.list.iterator(), TerritorySettings.defaults());
  }

  /**
   * The first baseline, the floor: each network's organisations and the ends of its ties read, and nothing kept but
   * a checksum; who the ends are is not looked up.
   *
   * @param state the networks
   * @return the checksum
   */
  @Benchmark
  public long plainLoop(Folding state) {
    return plainLoop(state.list);
  }

  /**
   * Reads each network's organisations and the ends of its ties.
   *
   * @param networks the networks
   * @return a checksum of what was read
   */
  static long plainLoop(List<Network> networks) {
    long sum = 0;
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      List<Organisation> organisations = network.organisations();
      for (int j = 0; j < organisations.size(); j++) {
        sum += organisations.get(j).id().hashCode();
      }
      List<Tie> ties = network.ties();
      for (int j = 0; j < ties.size(); j++) {
        Tie tie = ties.get(j);
        sum += tie.first().hashCode() ^ tie.second().hashCode();
      }
    }
    return sum;
  }

  /**
   * The second baseline: the professional ties of each network read as the issue says, each end looked up among the
   * network's members and, when both are professionals, their organisations read; nothing kept but a checksum.
   *
   * @param state the networks
   * @return the checksum
   */
  @Benchmark
  public long professionalTies(Folding state) {
    return professionalTies(state.list);
  }

  /**
   * Reads each network's professional ties: for each tie, whether both ends are professionals
   * ({@link Network#member}) and, when they are, the organisation of each.
   *
   * @param networks the networks
   * @return a checksum of what was read
   */
  static long professionalTies(List<Network> networks) {
    long sum = 0;
    for (int i = 0; i < networks.size(); i++) {
      Network network = networks.get(i);
      List<Tie> ties = network.ties();
      for (int j = 0; j < ties.size(); j++) {
        Tie tie = ties.get(j);
        Optional<Member> first = network.member(tie.first());
        Optional<Member> second = network.member(tie.second());
        if (first.isPresent() && first.get() instanceof Professional
            && second.isPresent() && second.get() instanceof Professional) {
          Optional<OrganisationId> a = ((Professional) first.get()).organisation();
          Optional<OrganisationId> b = ((Professional) second.get()).organisation();
          if (a.isPresent() && b.isPresent()) {
            sum += a.get().hashCode() ^ b.get().hashCode();
          }
        }
      }
    }
    return sum;
  }
}
