package org.maillage.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.maillage.Language;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.analysis.InstitutionShare;
import org.maillage.analysis.SectorBridge;
import org.maillage.analysis.TerritoryBetweenness;
import org.maillage.analysis.TerritoryConnectivity;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritoryMetrics;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.analysis.territory.Adjacency;
import org.maillage.core.analysis.territory.BetweennessComputation;
import org.maillage.core.analysis.territory.ConnectivityComputation;
import org.maillage.core.analysis.territory.DominanceComputation;
import org.maillage.core.analysis.territory.TerritoryFold;
import org.maillage.core.message.MessageFormatter;
import org.maillage.member.Sector;
import org.maillage.network.Network;

/**
 * Analyses a territory at scale (<i>analyse de territoire</i>): <i>travail en réseau</i> is woven between services
 * independently of one case (Cultiaux, 004), so folding the person-centred networks of a territory shows which
 * organisations actually work together, which bridge otherwise separate groups, which stand alone, and where one
 * institution dominates.
 *
 * <pre>{@code
 * TerritorySettings settings = TerritorySettings.builder().territory("59").build();
 * TerritoryGraph graph;
 * try (Stream<Network> networks = reader.networks()) {   // millions, read one at a time
 *   graph = TerritoryAnalysis.fold(networks, settings);
 * }
 * TerritoryMetrics metrics = TerritoryAnalysis.analyse(graph, settings);
 * System.out.println(TerritoryAnalysis.render(metrics, Locale.FRENCH));
 * }</pre>
 *
 * <p>Costs, with n organisations and m ties: the fold is linear in what it reads (see {@link #fold(Iterator,
 * TerritorySettings)}); connectivity is linear, O(n + m); betweenness is O(n·m) up to
 * {@link TerritorySettings#exactBetweennessLimit()} organisations and O(k·(n + m)) beyond, k the samples of
 * {@link TerritoryBetweenness}; dominance is O(i log i) in the institutions; sector bridges O(n + m). Nothing
 * recurses, so every method runs on the default thread stack whatever the graph.
 *
 * <p>This class is stateless and thread-safe; the results are immutable values, equal for the same networks (in any
 * order) and settings, seed included. Nothing is logged.
 *
 * @since 0.2
 */
public final class TerritoryAnalysis {
  /** Organisations listed by {@link #render} in each list, the others counted. */
  private static final int LISTED = 10;

  private TerritoryAnalysis() {}

  /**
   * Folds networks into the inter-organisation graph of a territory: one network at a time, never holding them.
   *
   * <p>For each network of the settings' territory (each network when none is given): the organisations of its
   * professionals (their institutions at {@link org.maillage.analysis.TerritoryLevel#INSTITUTION}) are its k nodes;
   * each pair of them is tied and gains a shared network, each tie recorded between two of their professionals a
   * professional tie, each meeting where professionals of both sat (participant or facilitator) a meeting together.
   * A network adds at most k(k-1)/2 pairs; beyond {@link TerritorySettings#maxOrganisationsPerNetwork()} nodes it
   * adds none and is counted in {@link TerritoryGraph#networksBeyondBound()}. Each node and institution counts its
   * networks, professionals (once per network) and facilitated meetings. Professionals without an organisation
   * count in the totals only. The result does not depend on the order of the networks.
   *
   * <p>Linear in the professionals, ties and meeting seats read, plus the pairs (k² per network, k bounded), with
   * hash lookups; then n log n to order the organisations and linear to order the ties. It keeps one entry per
   * organisation and institution, and at most two per pair (pairs are appended, then compacted when the buffer is
   * full).
   *
   * @param networks the networks, read once
   * @param settings the level, territory and bound
   * @return the graph
   */
  public static TerritoryGraph fold(Iterator<Network> networks, TerritorySettings settings) {
    Objects.requireNonNull(networks, "networks");
    TerritoryFold fold = new TerritoryFold(Objects.requireNonNull(settings, "settings"));
    while (networks.hasNext()) {
      fold.add(Objects.requireNonNull(networks.next(), "networks.next()"));
    }
    return fold.graph();
  }

  /**
   * Folds a stream of networks: {@code fold(networks.iterator(), settings)}. The stream is consumed, not closed.
   *
   * @param networks the networks
   * @param settings the level, territory and bound
   * @return the graph
   */
  public static TerritoryGraph fold(Stream<Network> networks, TerritorySettings settings) {
    Objects.requireNonNull(networks, "networks");
    return fold(networks.iterator(), settings);
  }

  /**
   * Computes the components, isolated organisations, articulation points and bridges of a graph: one iterative
   * depth-first pass over compressed int rows, linear in the organisations and ties, on the default stack.
   *
   * @param graph the graph
   * @return its connectivity
   */
  public static TerritoryConnectivity connectivity(TerritoryGraph graph) {
    return ConnectivityComputation.compute(Objects.requireNonNull(graph, "graph"));
  }

  /**
   * Computes the betweenness of each organisation: exact up to the settings' limit, O(n·m); a sampled estimate
   * beyond, O(k·(n + m)), with the settings' (epsilon, delta) bound and seed (see {@link TerritoryBetweenness}).
   *
   * @param graph the graph
   * @param settings the exact limit, epsilon, delta and seed
   * @return the betweenness
   */
  public static TerritoryBetweenness betweenness(TerritoryGraph graph, TerritorySettings settings) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(settings, "settings");
    return BetweennessComputation.compute(Adjacency.of(graph), settings);
  }

  /**
   * Analyses a graph: its connectivity, the betweenness of each organisation, the share of each institution and
   * the dominant ones (above {@link TerritorySettings#dominanceThreshold()}), and the organisations that bridge
   * sectors. The cost is that of {@link #betweenness}, plus linear and n log n parts.
   *
   * @param graph the graph
   * @param settings the betweenness and dominance settings
   * @return the metrics
   */
  public static TerritoryMetrics analyse(TerritoryGraph graph, TerritorySettings settings) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(settings, "settings");
    Adjacency rows = Adjacency.of(graph);
    return TerritoryMetrics.builder()
        .graph(graph)
        .connectivity(ConnectivityComputation.compute(graph, rows))
        .betweenness(BetweennessComputation.compute(rows, settings))
        .institutions(DominanceComputation.shares(graph, settings.dominanceThreshold()))
        .dominanceThreshold(settings.dominanceThreshold())
        .sectorBridges(DominanceComputation.sectorBridges(graph, rows))
        .build();
  }

  /**
   * Renders territory metrics in the reader's language: the networks folded and the period, the graph's size, its
   * components, isolated organisations, articulation points and bridges, the organisations of highest
   * betweenness, those on some shortest path (with the bound when sampled), the institutions holding most professionals and the dominant ones,
   * and the organisations bridging sectors; each list shows its first {@value #LISTED} and counts the others.
   *
   * @param metrics metrics made by {@link #analyse}
   * @param locale the reader's locale; French for {@code fr}, Dutch for {@code nl}, else English
   * @return the text, lines ended by {@code \n}
   */
  public static String render(TerritoryMetrics metrics, Locale locale) {
    Objects.requireNonNull(metrics, "metrics");
    Locale language = Language.of(locale).locale();
    ResourceBundle bundle = ResourceBundle.getBundle("org.maillage.core.Messages", language);
    String undefined = bundle.getString(NetworkAnalysis.UNDEFINED);
    TerritoryGraph graph = metrics.graph();
    TerritoryConnectivity connectivity = metrics.connectivity();
    StringBuilder text = new StringBuilder();
    if (graph.period().isPresent()) {
      Period period = graph.period().get();
      line(bundle, "maillage.territory.networks", ImmutableMap.of("networks", graph.networkCount(),
          "from", period.start(), "to", period.end().orElse(period.start()),
          "beyond", graph.networksBeyondBound()), language, text);
    } else {
      line(bundle, "maillage.territory.no-network", ImmutableMap.of(), language, text);
    }
    line(bundle, "maillage.territory.graph", ImmutableMap.of("level", graph.level(), "organisations",
        graph.organisationCount(), "ties", graph.tieCount(), "institutions", graph.institutions().size()), language,
        text);
    line(bundle, "maillage.territory.components", ImmutableMap.of("components", connectivity.componentCount(),
        "largest", connectivity.largestComponentSize()), language, text);
    line(bundle, "maillage.territory.isolated", ImmutableMap.of("count", connectivity.isolatedCount(),
        "ids", ids(connectivity.isolated(), bundle, language)), language, text);
    line(bundle, "maillage.territory.articulation", ImmutableMap.of("count", connectivity.articulationPointCount(),
        "ids", ids(connectivity.articulationPoints(), bundle, language)), language, text);
    StringBuilder bridges = new StringBuilder();
    for (int i = 0; i < Math.min(LISTED, connectivity.bridgeCount()); i++) {
      int tie = connectivity.bridge(i);
      bridges.append(i == 0 ? "" : ", ").append(MessageFormatter.render(graph.organisation(graph.first(tie)),
          language)).append(" - ").append(MessageFormatter.render(graph.organisation(graph.second(tie)), language));
    }
    more(connectivity.bridgeCount(), bundle, language, bridges);
    line(bundle, "maillage.territory.bridges", ImmutableMap.of("count", connectivity.bridgeCount(),
        "ties", bridges.length() == 0 ? "-" : bridges.toString()), language, text);
    TerritoryBetweenness betweenness = metrics.betweenness();
    if (betweenness.isExact()) {
      line(bundle, "maillage.territory.betweenness-exact", ImmutableMap.of(), language, text);
    } else {
      line(bundle, "maillage.territory.betweenness-sampled", ImmutableMap.of("samples", betweenness.samples(),
          "seed", betweenness.seed(), "bound", decimals(betweenness.errorBound(), 1, language),
          "confidence", decimals(1 - betweenness.delta(), 6, language)), language, text);
    }
    for (int node : betweenness.top(LISTED)) {
      if (betweenness.of(node) == 0) {
        break; // the others lie on no shortest path either
      }
      text.append("  ");
      line(bundle, "maillage.territory.betweenness-line", ImmutableMap.of("organisation", graph.organisation(node),
          "score", decimals(betweenness.of(node), 3, language),
          "normalised", betweenness.normalised(node).format(3, language, undefined)), language, text);
    }
    line(bundle, "maillage.territory.institutions", ImmutableMap.of("count", metrics.institutions().size()),
        language, text);
    ImmutableList<InstitutionShare> shares = metrics.institutions();
    for (int i = 0; i < Math.min(LISTED, shares.size()); i++) {
      text.append("  ");
      share(shares.get(i), bundle, language, undefined, text);
    }
    String threshold = decimals(metrics.dominanceThreshold(), 3, language);
    if (metrics.dominantInstitutions().isEmpty()) {
      line(bundle, "maillage.territory.no-dominant", ImmutableMap.of("threshold", threshold), language, text);
    } else {
      line(bundle, "maillage.territory.dominant", ImmutableMap.of("threshold", threshold), language, text);
      for (InstitutionShare share : metrics.dominantInstitutions()) {
        text.append("  ");
        share(share, bundle, language, undefined, text);
      }
    }
    line(bundle, "maillage.territory.sector-bridges", ImmutableMap.of("count", metrics.sectorBridges().size()),
        language, text);
    for (int i = 0; i < Math.min(LISTED, metrics.sectorBridges().size()); i++) {
      SectorBridge bridge = metrics.sectorBridges().get(i);
      StringBuilder sectors = new StringBuilder();
      for (Sector sector : bridge.sectors()) {
        sectors.append(sectors.length() == 0 ? "" : ", ").append(sector.label(language));
      }
      text.append("  ");
      line(bundle, "maillage.territory.sector-bridge", ImmutableMap.of("organisation", bridge.organisation(),
          "sector", bridge.sector().map(s -> s.label(language))
              .orElse(bundle.getString("maillage.territory.sector-unknown")),
          "sectors", sectors.toString()), language, text);
    }
    return text.toString();
  }

  private static void share(InstitutionShare share, ResourceBundle bundle, Locale language, String undefined,
      StringBuilder text) {
    line(bundle, "maillage.territory.institution", ImmutableMap.of("institution", share.institution(),
        "networks", share.networkShare().format(3, language, undefined),
        "professionals", share.professionalShare().format(3, language, undefined),
        "facilitated", share.facilitationShare().format(3, language, undefined)), language, text);
  }

  private static String ids(ImmutableList<OrganisationId> ids, ResourceBundle bundle, Locale language) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < Math.min(LISTED, ids.size()); i++) {
      joined.append(i == 0 ? "" : ", ").append(MessageFormatter.render(ids.get(i), language));
    }
    more(ids.size(), bundle, language, joined);
    return joined.length() == 0 ? "-" : joined.toString();
  }

  private static void more(int count, ResourceBundle bundle, Locale language, StringBuilder joined) {
    if (count > LISTED) {
      joined.append(' ').append(MessageFormatter.format(bundle.getString("maillage.territory.more"),
          ImmutableMap.of("more", count - LISTED), language));
    }
  }

  private static String decimals(double value, int places, Locale language) {
    return String.format(language, "%." + places + "f", value);
  }

  private static void line(ResourceBundle bundle, String key, Map<String, Object> arguments, Locale language,
      StringBuilder text) {
    text.append(MessageFormatter.format(bundle.getString(key), arguments, language)).append('\n');
  }
}
