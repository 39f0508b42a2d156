package org.maillage.analysis;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The analysis of a territory graph (<i>analyse de territoire</i>): how it holds together, the betweenness of each
 * organisation, what each institution holds and which dominate, and the organisations that bridge sectors.
 * Computed by {@code TerritoryAnalysis.analyse(graph, settings)}; rendered by {@code TerritoryAnalysis.render}.
 *
 * <p>This class is immutable and thread-safe, and deterministic: the same graph and settings (seed included) give
 * an equal value. Its {@code toString()} shows ids and counts only.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class TerritoryMetrics {
  TerritoryMetrics() {}

  /**
   * Returns the graph analysed.
   *
   * @return the graph
   */
  public abstract TerritoryGraph graph();

  /**
   * Returns its components, isolated organisations, articulation points and bridges.
   *
   * @return the connectivity
   */
  public abstract TerritoryConnectivity connectivity();

  /**
   * Returns the betweenness of each organisation, exact or sampled.
   *
   * @return the betweenness
   */
  public abstract TerritoryBetweenness betweenness();

  /**
   * Returns the share of each institution, the highest share of professionals first, then by id.
   *
   * @return every institution of the graph
   */
  public abstract ImmutableList<InstitutionShare> institutions();

  /**
   * Returns the threshold above which an institution dominates.
   *
   * @return the threshold of the settings
   */
  public abstract double dominanceThreshold();

  /**
   * Returns the organisations that bridge sectors, in node order.
   *
   * @return the bridges between sectors, possibly empty
   */
  public abstract ImmutableList<SectorBridge> sectorBridges();

  /**
   * Returns the dominant institutions, in the order of {@link #institutions()}.
   *
   * @return the institutions with a share above the threshold, possibly empty
   */
  public final ImmutableList<InstitutionShare> dominantInstitutions() {
    ImmutableList.Builder<InstitutionShare> dominant = ImmutableList.builder();
    for (InstitutionShare share : institutions()) {
      if (share.dominant()) {
        dominant.add(share);
      }
    }
    return dominant.build();
  }

  @Value.Check
  void check() {
    if (!connectivity().graph().equals(graph()) || betweenness().size() != graph().organisationCount()) {
      throw new IllegalArgumentException("TerritoryMetrics: the connectivity and the betweenness must be those of"
          + " the graph (" + graph() + ")");
    }
  }

  /**
   * Returns a new builder, for the engine and for tests.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TerritoryMetrics}; not thread-safe. */
  public static final class Builder extends ImmutableTerritoryMetrics.Builder {
    Builder() {}
  }
}
