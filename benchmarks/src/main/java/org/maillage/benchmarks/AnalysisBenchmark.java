package org.maillage.benchmarks;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.maillage.MemberId;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.ReferentRanking;
import org.maillage.core.NetworkAnalysis;
import org.maillage.member.Member;
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
 * Throughput of the ego-network metrics (issue 13): {@code NetworkAnalysis.egoMetrics(network, asOf(AS_OF))},
 * every figure of DOMAIN.md §3, on {@link Networks#personCentred(int)} networks of 60 and 400 members; and the
 * JGraphT 1.5 baseline on the same 60-member network: building the 61-node graph (the person tied to every
 * current member, two members tied when a tie joins them), then betweenness, closeness and connected
 * components. Also the classification and the référent ranking ({@code NetworkAnalysis.classify},
 * {@code rankReferents}) on the same networks, whose goal is to be at least as fast as
 * {@code ValidatorBenchmark.validate}.
 *
 * <p>The network and settings are built once per trial, outside the measurement; the results go to JMH's
 * blackhole. {@link #vertexEdgeProduct(Network)} gives the V·E of each network, for the slope of
 * {@code ratios.py}.
 *
 * @since 0.2
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBenchmark {
  /** Creates the benchmark; JMH does. */
  public AnalysisBenchmark() {}

  /**
   * The person-centred network of the size under test.
   *
   * @since 0.2
   */
  @State(Scope.Benchmark)
  public static class Metrics {
    /** Members of the network, the focal person not counted. */
    @Param({"60", "400"})
    public int members;

    AnalysisSettings settings;
    Network network;

    /** Creates the state; JMH does. */
    public Metrics() {}

    /** Builds the network and the settings, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      settings = AnalysisSettings.asOf(Networks.AS_OF);
      network = Networks.personCentred(members);
    }
  }

  /**
   * The 60-member network of the JGraphT baseline.
   *
   * @since 0.2
   */
  @State(Scope.Benchmark)
  public static class Baseline {
    Network network;

    /** Creates the state; JMH does. */
    public Baseline() {}

    /** Builds the network, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      network = Networks.personCentred(60);
    }
  }

  /**
   * Every ego-network figure of the network.
   *
   * @param state the network and settings
   * @return the metrics
   */
  @Benchmark
  public EgoNetworkMetrics egoMetrics(Metrics state) {
    return NetworkAnalysis.egoMetrics(state.network, state.settings);
  }

  /**
   * The classification of the network: the five forms and partnership against network, with their features.
   *
   * @param state the network and settings
   * @return the classification
   */
  @Benchmark
  public Classification classify(Metrics state) {
    return NetworkAnalysis.classify(state.network, state.settings);
  }

  /**
   * The référent ranking of the network: every current professional scored on the five qualities.
   *
   * @param state the network and settings
   * @return the ranking
   */
  @Benchmark
  public ReferentRanking rankReferents(Metrics state) {
    return NetworkAnalysis.rankReferents(state.network, state.settings);
  }

  /**
   * JGraphT: build the graph, then betweenness, closeness and connected components.
   *
   * @param state the network
   * @return the three results, for the blackhole
   */
  @Benchmark
  public Object[] jgraphtCentralities(Baseline state) {
    Graph<MemberId, DefaultEdge> graph = graph(state.network);
    Map<MemberId, Double> betweenness = new BetweennessCentrality<>(graph, false).getScores();
    Map<MemberId, Double> closeness = new ClosenessCentrality<>(graph, false, true).getScores();
    List<Set<MemberId>> components = new ConnectivityInspector<>(graph).connectedSets();
    return new Object[] {betweenness, closeness, components};
  }

  /**
   * Builds the ego network as JGraphT sees it: the person and the members current on {@link Networks#AS_OF},
   * the person tied to each, two members tied when at least one tie joins them.
   *
   * @param network a person-centred network
   * @return the simple undirected graph
   */
  static Graph<MemberId, DefaultEdge> graph(Network network) {
    Graph<MemberId, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    MemberId ego = network.focalPerson().orElseThrow().id();
    graph.addVertex(ego);
    Set<MemberId> alters = new HashSet<>();
    for (Member member : network.currentMembers(Networks.AS_OF)) {
      graph.addVertex(member.id());
      graph.addEdge(ego, member.id());
      alters.add(member.id());
    }
    for (Tie tie : network.ties()) {
      if (alters.contains(tie.first()) && alters.contains(tie.second())) {
        graph.addEdge(tie.first(), tie.second());
      }
    }
    return graph;
  }

  /**
   * Returns V·E of a network's ego graph: V = N + 1 individuals, E = the tied pairs, the person's N included.
   *
   * @param network a person-centred network
   * @return V·E
   */
  public static long vertexEdgeProduct(Network network) {
    Graph<MemberId, DefaultEdge> graph = graph(network);
    return (long) graph.vertexSet().size() * graph.edgeSet().size();
  }
}
