package org.maillage.analysis;

import java.util.Optional;
import org.immutables.value.Value;
import org.maillage.Disclosure;

/**
 * What a territory analysis is folded and computed with (<i>paramètres de l'analyse de territoire</i>): the
 * level of the graph, the territory whose networks are folded, the bound on the organisations of one network,
 * the size up to which betweenness is exact and the (epsilon, delta) bound and seed of its sampled estimate
 * beyond, and the share from which an institution dominates.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #level()}</td><td>{@link TerritoryLevel#ORGANISATION}</td><td>one node per organisation, or
 *     per institution</td></tr>
 *   <tr><td>{@link #territory()}</td><td>empty: every network</td><td>only the networks whose
 *     {@code territory()} is this code or label</td></tr>
 *   <tr><td>{@link #maxOrganisationsPerNetwork()}</td><td>{@value #DEFAULT_MAX_ORGANISATIONS}</td><td>a network
 *     with k nodes adds at most k(k-1)/2 pairs; beyond this k it adds none (see below)</td></tr>
 *   <tr><td>{@link #exactBetweennessLimit()}</td><td>{@value #DEFAULT_EXACT_LIMIT}</td><td>organisations up to
 *     which betweenness is exact</td></tr>
 *   <tr><td>{@link #epsilon()}, {@link #delta()}</td><td>0.05, 0.001</td><td>the bound of the sampled
 *     estimate</td></tr>
 *   <tr><td>{@link #seed()}</td><td>{@value #DEFAULT_SEED}</td><td>the seed of the sampling</td></tr>
 *   <tr><td>{@link #dominanceThreshold()}</td><td>0.5</td><td>an institution whose share is above it
 *     dominates</td></tr>
 * </table>
 *
 * <p><b>The bound per network.</b> A network whose professionals belong to k distinct nodes (organisations, or
 * institutions) ties each pair of them: k(k-1)/2 pairs, so that one network of 1,000 organisations alone would
 * add 499,500. Beyond {@link #maxOrganisationsPerNetwork()} nodes the network adds <em>no</em> pair (nor the
 * ties and meetings of its professionals): it still counts for each node and institution (networks,
 * professionals, meetings facilitated) and is counted in {@link TerritoryGraph#networksBeyondBound()}, so that a
 * reader sees what was left out. With the default bound a network adds at most 4,950 pairs.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class TerritorySettings {
  /** The default bound on the nodes of one network: {@value}. */
  public static final int DEFAULT_MAX_ORGANISATIONS = 100;

  /** The default number of organisations up to which betweenness is exact: {@value}. */
  public static final int DEFAULT_EXACT_LIMIT = 2_000;

  /** The default seed of the sampled betweenness: {@value}. */
  public static final long DEFAULT_SEED = 0x6D61696C6C616765L;

  TerritorySettings() {}

  /**
   * Returns the level of the graph.
   *
   * @return organisations or institutions; organisations by default
   */
  @Value.Default
  public TerritoryLevel level() {
    return TerritoryLevel.ORGANISATION;
  }

  /**
   * Returns the territory whose networks are folded: only networks whose {@code territory()} equals it.
   *
   * @return the territory's code or label, or empty to fold every network
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  public abstract Optional<String> territory();

  /**
   * Returns the most nodes a network may have and still add its pairs (see the class documentation).
   *
   * @return the bound, at least 2; {@value #DEFAULT_MAX_ORGANISATIONS} by default
   */
  @Value.Default
  public int maxOrganisationsPerNetwork() {
    return DEFAULT_MAX_ORGANISATIONS;
  }

  /**
   * Returns the number of organisations up to which betweenness is exact; beyond it, it is a sampled estimate.
   *
   * @return the limit, not negative; {@value #DEFAULT_EXACT_LIMIT} by default
   */
  @Value.Default
  public int exactBetweennessLimit() {
    return DEFAULT_EXACT_LIMIT;
  }

  /**
   * Returns the epsilon of the sampled betweenness: its error bound, as a share of n(n-2)/2.
   *
   * @return epsilon, in (0, 1); 0.05 by default
   */
  @Value.Default
  public double epsilon() {
    return 0.05;
  }

  /**
   * Returns the delta of the sampled betweenness: the probability that some estimate misses its bound.
   *
   * @return delta, in (0, 1); 0.001 by default
   */
  @Value.Default
  public double delta() {
    return 0.001;
  }

  /**
   * Returns the seed of the sampled betweenness: the same seed gives the same estimate.
   *
   * @return the seed; {@value #DEFAULT_SEED} by default
   */
  @Value.Default
  public long seed() {
    return DEFAULT_SEED;
  }

  /**
   * Returns the share above which an institution dominates the territory (the territory counterpart of
   * {@code RISK-COLONISATION}'s "more than half").
   *
   * @return the threshold, in [0, 1); 0.5 by default
   */
  @Value.Default
  public double dominanceThreshold() {
    return 0.5;
  }

  @Value.Check
  void check() {
    if (maxOrganisationsPerNetwork() < 2) {
      throw new IllegalArgumentException("TerritorySettings.maxOrganisationsPerNetwork: "
          + maxOrganisationsPerNetwork() + " is below 2; give at least 2, or keep the default "
          + DEFAULT_MAX_ORGANISATIONS);
    }
    if (exactBetweennessLimit() < 0) {
      throw new IllegalArgumentException("TerritorySettings.exactBetweennessLimit: " + exactBetweennessLimit()
          + " is negative; give 0 to always sample, or keep the default " + DEFAULT_EXACT_LIMIT);
    }
    if (!(epsilon() > 0 && epsilon() < 1)) {
      throw new IllegalArgumentException("TerritorySettings.epsilon: " + epsilon() + " is not in (0, 1)");
    }
    if (!(delta() > 0 && delta() < 1)) {
      throw new IllegalArgumentException("TerritorySettings.delta: " + delta() + " is not in (0, 1)");
    }
    if (!(dominanceThreshold() >= 0 && dominanceThreshold() < 1)) {
      throw new IllegalArgumentException("TerritorySettings.dominanceThreshold: " + dominanceThreshold()
          + " is not in [0, 1)");
    }
  }

  /**
   * Returns the default settings: every network, organisations, the defaults of the table above.
   *
   * @return the defaults
   */
  public static TerritorySettings defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TerritorySettings}; not thread-safe. */
  public static final class Builder extends ImmutableTerritorySettings.Builder {
    Builder() {}
  }
}
