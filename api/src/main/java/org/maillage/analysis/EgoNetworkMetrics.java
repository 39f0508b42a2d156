package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.member.Sector;
import org.maillage.network.SupportType;

/**
 * The ego-network figures of a person-centred network on a date (<i>indicateurs du réseau personnel</i>), as
 * DOMAIN.md §3 pins them, so that every implementation gives the same numbers.
 *
 * <h2>The graph measured</h2>
 * Ego is the focal person (<i>la personne</i>); the alters are the members current on {@link #date()}, N of
 * them, in the network's order ({@link #alters()}). Ties among alters are undirected and a pair of alters joined
 * by several ties counts once, with the largest weight of its ties; L is the number of such pairs
 * ({@link #alterTies()}). Ego is tied to every alter, whatever ties the network records with her, and every
 * ego-alter tie weighs 1. A tie's weight comes from its quality through {@link AnalysisSettings#weightOf}; a tie
 * of weight 0 is still a tie. The sectors are those of {@link Sector}; n_s alters are in sector s, and a sector
 * is <i>present</i> when n_s &gt; 0.
 *
 * <h2>Where Maillage differs from egor</h2>
 * egor's {@code ego_density}, {@code ego_constraint} and {@code EI} count each alter-alter tie row, so a pair of
 * alters with two ties counts twice there and once here: the figures differ only on such networks. Every other
 * figure egor has is computed as egor computes it; the figures egor has not (brokerage on support directions,
 * reciprocity and multiplexity of support, bridge persons) are defined in their accessors.
 *
 * <h2>Undefined figures</h2>
 * A figure without a value for the network is {@link Figure#undefined()}, never {@code NaN} or 0; each accessor
 * says when. With no alter (N = 0), every share, density, diversity, E-I, Burt and support figure is undefined,
 * the lists of alters, components, isolates, stars and bridges are empty, and the person's centrality is degree
 * 0, betweenness 0, the normalised betweenness and closeness undefined.
 *
 * <p>Obtain it with {@code NetworkAnalysis.egoMetrics(network, settings)} in {@code org.maillage.core}. This class
 * is immutable and thread-safe; its {@code toString()} shows ids, sectors and numbers only.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class EgoNetworkMetrics {
  EgoNetworkMetrics() {}

  /**
   * Returns the id of the network measured.
   *
   * @return the network's id
   */
  public abstract NetworkId network();

  /**
   * Returns the date as of which the alters are current.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns ego: the focal person.
   *
   * @return the person's id
   */
  public abstract MemberId ego();

  /**
   * Returns the alters: the members current on the date, in the network's order.
   *
   * @return the alters' ids, possibly empty
   */
  public abstract ImmutableList<MemberId> alters();

  /**
   * Returns the size N (<i>taille du réseau</i>): the number of alters.
   *
   * @return N
   */
  public final int size() {
    return alters().size();
  }

  /**
   * Returns the mobilisable size (<i>taille mobilisable</i>): the alters alive and reachable.
   *
   * @return the count, at most N
   */
  public abstract int mobilisableSize();

  /**
   * Returns n_s, the number of alters in each present sector, in the order of {@link Sector}.
   *
   * @return the counts, each at least 1; empty when N = 0
   */
  public abstract ImmutableMap<Sector, Integer> sectorCounts();

  /**
   * Returns the composition p_s = n_s / N of each present sector (<i>composition</i>), in the order of
   * {@link Sector}.
   *
   * @return the shares; empty when N = 0
   */
  public abstract ImmutableMap<Sector, Figure> composition();

  /**
   * Returns the share of one sector, p_s = n_s / N.
   *
   * @param sector a sector
   * @return the share, 0 for a sector not present; undefined when N = 0
   */
  public final Figure share(Sector sector) {
    if (size() == 0) {
      return Figure.undefined();
    }
    Figure share = composition().get(sector);
    return share != null ? share : Figure.of(0);
  }

  /**
   * Returns the primary share: the alters in a primary sector ({@link Sector#isPrimary()}: family, friends,
   * neighbourhood, work or school, community) over N.
   *
   * @return the share; undefined when N = 0
   */
  public abstract Figure primaryShare();

  /**
   * Returns the secondary share: the alters in the other sectors over N; 1 minus the primary share.
   *
   * @return the share; undefined when N = 0
   */
  public abstract Figure secondaryShare();

  /**
   * Returns L, the number of pairs of alters tied to each other (parallel ties count once).
   *
   * @return L
   */
  public abstract int alterTies();

  /**
   * Returns the density D = L / (N(N-1)/2) (<i>densité</i>), ego excluded; egor's {@code ego_density}, except
   * that a pair with several ties counts once.
   *
   * @return the density in [0, 1]; undefined for N &lt; 2
   */
  public abstract Figure density();

  /**
   * Returns the weighted density: Σ over tied pairs of the pair's weight (the largest of its ties), over
   * N(N-1)/2.
   *
   * @return the weighted density, 0 or more; undefined for N &lt; 2
   */
  public abstract Figure weightedDensity();

  /**
   * Returns the density within each present sector, L_ss / (n_s(n_s-1)/2), with L_ss the tied pairs of alters
   * both in s; undefined for a sector of one alter.
   *
   * @return the densities by present sector, in the order of {@link Sector}
   */
  public abstract ImmutableMap<Sector, Figure> densityWithin();

  /**
   * Returns the density within one sector, L_ss / (n_s(n_s-1)/2).
   *
   * @param sector a sector
   * @return the density; undefined when n_s &lt; 2
   */
  public final Figure densityWithin(Sector sector) {
    Figure density = densityWithin().get(sector);
    return density != null ? density : Figure.undefined();
  }

  /**
   * Returns the density between each two present sectors, L_st / (n_s n_t), with L_st the tied pairs of alters
   * one in s and one in t; keyed by the sector first in the order of {@link Sector}, then the other.
   *
   * @return the densities, for every two present sectors
   */
  public abstract ImmutableMap<Sector, ImmutableMap<Sector, Figure>> densityBetween();

  /**
   * Returns the density between two different sectors, L_st / (n_s n_t), in either order.
   *
   * @param sector a sector
   * @param other another sector
   * @return the density; undefined when either sector is empty
   * @throws IllegalArgumentException if the two sectors are the same; use {@link #densityWithin(Sector)}
   */
  public final Figure densityBetween(Sector sector, Sector other) {
    if (sector == other) {
      throw new IllegalArgumentException("EgoNetworkMetrics.densityBetween: " + sector + " twice; for the"
          + " density inside one sector use densityWithin(" + sector + ")");
    }
    Sector first = sector.compareTo(other) < 0 ? sector : other;
    ImmutableMap<Sector, Figure> row = densityBetween().get(first);
    Figure density = row == null ? null : row.get(first == sector ? other : sector);
    return density != null ? density : Figure.undefined();
  }

  /**
   * Returns the components of the alter graph (ego left out), each as its alters in the network's order, the
   * components in the order of their first alter; an isolate is a component of its own.
   *
   * @return the components; empty when N = 0
   */
  public abstract ImmutableList<ImmutableSet<MemberId>> components();

  /**
   * Returns the isolates (<i>isolés</i>): alters tied to no other alter.
   *
   * @return the isolates, in the network's order
   */
  public abstract ImmutableSet<MemberId> isolates();

  /**
   * Returns the stars (<i>étoiles</i>): every alter of the highest degree in the alter graph.
   *
   * @return the stars, in the network's order; empty when no alter has a tie to another
   */
  public abstract ImmutableSet<MemberId> stars();

  /**
   * Returns the bridge persons (<i>personnes-ponts</i>): alters tied to alters of at least two sectors other
   * than their own.
   *
   * @return the bridge persons, in the network's order
   */
  public abstract ImmutableSet<MemberId> bridges();

  /**
   * Returns Blau's heterogeneity index H = 1 - Σ_k p_k² over the present sectors (<i>indice de Blau</i>).
   *
   * @return H in [0, 1); undefined when N = 0
   */
  public abstract Figure blau();

  /**
   * Returns the index of qualitative variation IQV = H · K / (K - 1), with K the number of sectors the model
   * defines ({@code Sector.values().length}, 16).
   *
   * @return the IQV in [0, 1]; undefined when N = 0
   */
  public abstract Figure iqv();

  /**
   * Returns the IQV with K the number of present sectors, H · K / (K - 1).
   *
   * @return the IQV in [0, 1]; undefined when fewer than two sectors are present
   */
  public abstract Figure iqvPresent();

  /**
   * Returns the Shannon entropy of the sectors in base 2, -Σ_k p_k log2 p_k over the present sectors; egor's
   * {@code alts_diversity_entropy}.
   *
   * @return the entropy in bits, 0 or more; undefined when N = 0
   */
  public abstract Figure entropy();

  /**
   * Returns the raw E-I index of the alter-alter ties by sector, (E - I) / (E + I), with E the tied pairs across
   * two sectors and I those inside one (Krackhardt and Stern). Not egor's {@code EI(rescale = FALSE)}, which
   * returns (2E - I) / (2E + I).
   *
   * @return the index in [-1, 1]; undefined when L = 0
   */
  public abstract Figure eiIndex();

  /**
   * Returns the E-I index rescaled as egor's {@code EI} with {@code rescale = TRUE} does it:
   * (E / ΣP_ext - I / ΣP_int) / (E / ΣP_ext + I / ΣP_int), with ΣP_ext = Σ_{g&lt;h} n_g n_h and
   * ΣP_int = Σ_g n_g(n_g - 1)/2 over the present sectors, so that each count is read against the pairs that
   * could have made it.
   *
   * @return the index in [-1, 1]; undefined when L = 0, when one sector only is present, or when every present
   *     sector has a single alter
   */
  public abstract Figure eiIndexRescaled();

  /**
   * Returns, for each present sector g, the raw E-I index of the ties touching g, (E_g - I_g) / (E_g + I_g),
   * with E_g the tied pairs between g and another sector and I_g those inside g.
   *
   * @return the indexes by present sector, each undefined when E_g + I_g = 0
   */
  public abstract ImmutableMap<Sector, Figure> eiIndexBySector();

  /**
   * Returns, for each present sector g, the E-I index rescaled as egor's {@code EI} rescales a group:
   * (E_g / P_ext,g - I_g / P_int,g) / (E_g / P_ext,g + I_g / P_int,g), with P_ext,g = n_g (N - n_g) and
   * P_int,g = n_g(n_g - 1)/2.
   *
   * @return the indexes by present sector, each undefined when E_g + I_g = 0, P_ext,g = 0 or P_int,g = 0
   *     (where egor's division gives {@code NaN})
   */
  public abstract ImmutableMap<Sector, Figure> eiIndexRescaledBySector();

  /**
   * Returns Burt's effective size N - 2L / N (<i>taille effective</i>): the alters less their redundancy.
   *
   * @return the effective size in [1, N]; undefined when N = 0
   */
  public abstract Figure effectiveSize();

  /**
   * Returns Burt's efficiency: the effective size over N.
   *
   * @return the efficiency in (0, 1]; undefined when N = 0
   */
  public abstract Figure efficiency();

  /**
   * Returns Burt's constraint of ego c = Σ_j (p_ej + Σ_{q≠e,j} p_eq p_qj)², on the graph with ego included and
   * every tie of weight 1, where p_ij = w_ij / Σ_k w_ik: igraph's {@code constraint}, which egor's
   * {@code ego_constraint} calls (except for parallel ties, counted once here).
   *
   * @return the constraint, 1 when N = 1 and possibly above 1; undefined when N = 0
   */
  public abstract Figure constraint();

  /**
   * Returns Burt's constraint with the alter-alter ties weighted ({@link AnalysisSettings#weightOf}), the
   * ego-alter ties still of weight 1; otherwise as {@link #constraint()}.
   *
   * @return the weighted constraint; undefined when N = 0
   */
  public abstract Figure weightedConstraint();

  /**
   * Returns ego's betweenness (<i>intermédiarité de la personne</i>): Σ over the unordered pairs {j, k} of alters
   * not tied to each other of 1 / g_jk, where g_jk is the number of alters tied to both plus one for ego. It
   * equals ego's {@linkplain Centrality#betweenness() betweenness} in the whole network.
   *
   * @return the betweenness, 0 or more; 0 when N &lt; 2
   */
  public abstract double egoBetweenness();

  /**
   * Returns the degree, betweenness and closeness of every individual in the whole network: ego first, then the
   * alters in the network's order. See {@link Centrality} for the formulas.
   *
   * @return the centralities, N + 1 of them
   */
  public abstract ImmutableList<Centrality> centralities();

  /**
   * Returns the centralities of one individual; the index is built on the first call, in time linear in N.
   *
   * @param individual ego or an alter
   * @return the centralities, or empty for an id that is neither
   */
  public final Optional<Centrality> centralityOf(MemberId individual) {
    return Optional.ofNullable(centralityIndex().get(individual));
  }

  @Value.Lazy
  ImmutableMap<MemberId, Centrality> centralityIndex() {
    ImmutableList<Centrality> centralities = centralities();
    ImmutableMap.Builder<MemberId, Centrality> index = ImmutableMap.builderWithExpectedSize(centralities.size());
    for (int i = 0; i < centralities.size(); i++) {
      index.put(centralities.get(i).individual(), centralities.get(i));
    }
    return index.buildOrThrow();
  }

  /**
   * Returns, for each type of support, the number of support arcs among the individuals, ego included: an arc
   * u → v when some tie between u and v carries that support from u to v (mutual support makes two arcs), each
   * ordered pair once.
   *
   * @return the arcs by type, every type present, in the order of {@link SupportType}
   */
  public abstract ImmutableMap<SupportType, Integer> supportArcs();

  /**
   * Returns, for each type of support, its reciprocity (<i>réciprocité</i>): the pairs with arcs both ways over
   * the pairs with any arc of that type, ego included.
   *
   * @return the reciprocity by type, every type present; each undefined when the type has no arc
   */
  public abstract ImmutableMap<SupportType, Figure> reciprocity();

  /**
   * Returns the multiplexity of support (<i>multiplexité</i>): the share of alters who give at least two types
   * of support, to anyone (ego or another alter).
   *
   * @return the share in [0, 1]; undefined when N = 0
   */
  public abstract Figure multiplexity();

  /**
   * Returns the multiplexity of support to ego: the share of alters who give ego at least two types of support.
   *
   * @return the share in [0, 1]; undefined when N = 0
   */
  public abstract Figure multiplexityToEgo();

  /**
   * Returns the Gould-Fernandez brokerage roles of every alter, on the support arcs among alters with the
   * sectors as groups; see {@link Brokerage}.
   *
   * @return the roles of each alter, in the network's order
   */
  public abstract ImmutableList<Brokerage> brokerage();

  /**
   * Returns the brokerage roles of one alter; the index is built on the first call, in time linear in N.
   *
   * @param alter an alter
   * @return the roles, or empty for an id that is not an alter
   */
  public final Optional<Brokerage> brokerageOf(MemberId alter) {
    return Optional.ofNullable(brokerageIndex().get(alter));
  }

  @Value.Lazy
  ImmutableMap<MemberId, Brokerage> brokerageIndex() {
    ImmutableList<Brokerage> brokerage = brokerage();
    ImmutableMap.Builder<MemberId, Brokerage> index = ImmutableMap.builderWithExpectedSize(brokerage.size());
    for (int i = 0; i < brokerage.size(); i++) {
      index.put(brokerage.get(i).alter(), brokerage.get(i));
    }
    return index.buildOrThrow();
  }

  /**
   * Returns one single-number figure by name, so that a table or a comparison can go through them all
   * ({@code for (EgoMetric m : EgoMetric.values())}). Counts are given as figures: N, the mobilisable size, L,
   * and the numbers of components, isolates, stars and bridges.
   *
   * @param metric the figure wanted
   * @return its value, undefined where its accessor says so
   */
  public final Figure figure(EgoMetric metric) {
    switch (metric) {
      case SIZE:
        return Figure.of(size());
      case MOBILISABLE_SIZE:
        return Figure.of(mobilisableSize());
      case PRIMARY_SHARE:
        return primaryShare();
      case SECONDARY_SHARE:
        return secondaryShare();
      case ALTER_TIES:
        return Figure.of(alterTies());
      case DENSITY:
        return density();
      case WEIGHTED_DENSITY:
        return weightedDensity();
      case COMPONENTS:
        return Figure.of(components().size());
      case ISOLATES:
        return Figure.of(isolates().size());
      case STARS:
        return Figure.of(stars().size());
      case BRIDGES:
        return Figure.of(bridges().size());
      case BLAU:
        return blau();
      case IQV:
        return iqv();
      case IQV_PRESENT:
        return iqvPresent();
      case ENTROPY:
        return entropy();
      case EI_INDEX:
        return eiIndex();
      case EI_INDEX_RESCALED:
        return eiIndexRescaled();
      case EFFECTIVE_SIZE:
        return effectiveSize();
      case EFFICIENCY:
        return efficiency();
      case CONSTRAINT:
        return constraint();
      case WEIGHTED_CONSTRAINT:
        return weightedConstraint();
      case EGO_BETWEENNESS:
        return Figure.of(egoBetweenness());
      case MULTIPLEXITY:
        return multiplexity();
      case MULTIPLEXITY_TO_EGO:
        return multiplexityToEgo();
      default:
        throw new AssertionError(metric);
    }
  }

  /**
   * Returns a new builder, for the engine and for tests; users obtain the metrics from the engine.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EgoNetworkMetrics}; not thread-safe. */
  public static final class Builder extends ImmutableEgoNetworkMetrics.Builder {
    Builder() {}
  }
}
