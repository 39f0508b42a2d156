package org.maillage.analysis;

import org.immutables.value.Value;
import org.maillage.MemberId;

/**
 * The centralities of one individual in the whole ego network, the person included (<i>centralités</i>),
 * as DOMAIN.md §3 defines them on the graph of n = N + 1 nodes where the person is tied to each of the N alters
 * and two alters are tied when at least one tie joins them (parallel ties count once).
 *
 * <ul>
 *   <li>{@link #degree()}: the number of individuals tied to this one;</li>
 *   <li>{@link #betweenness()}: Σ over unordered pairs {s, t} of others of σ_st(v) / σ_st, the share of the
 *       shortest paths between s and t that pass through v (Freeman; Brandes' algorithm);</li>
 *   <li>{@link #normalisedBetweenness()}: the betweenness divided by (n-1)(n-2)/2, undefined for n &lt; 3;</li>
 *   <li>{@link #closeness()}: (n-1) / Σ_u d(v, u), undefined for n = 1 (the network is connected through the
 *       person, so every distance is finite).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Centrality {
  Centrality() {}

  /**
   * Returns the individual: ego or an alter.
   *
   * @return the individual's id
   */
  @Value.Parameter
  public abstract MemberId individual();

  /**
   * Returns the degree: the number of distinct individuals tied to this one.
   *
   * @return the degree, 0 or more
   */
  @Value.Parameter
  public abstract int degree();

  /**
   * Returns the betweenness over unordered pairs, not normalised.
   *
   * @return the betweenness, 0 or more
   */
  @Value.Parameter
  public abstract double betweenness();

  /**
   * Returns the betweenness divided by (n-1)(n-2)/2, the number of pairs of other individuals.
   *
   * @return the figure in [0, 1], undefined for fewer than 3 individuals
   */
  @Value.Parameter
  public abstract Figure normalisedBetweenness();

  /**
   * Returns the closeness (n-1) / Σ_u d(v, u).
   *
   * @return the figure in (0, 1], undefined when the person has no alter
   */
  @Value.Parameter
  public abstract Figure closeness();

  /**
   * Obtains the centralities of one individual.
   *
   * @param individual the individual's id
   * @param degree the degree
   * @param betweenness the raw betweenness
   * @param normalisedBetweenness the normalised betweenness
   * @param closeness the closeness
   * @return the value
   */
  public static Centrality of(MemberId individual, int degree, double betweenness, Figure normalisedBetweenness,
      Figure closeness) {
    return ImmutableCentrality.of(individual, degree, betweenness, normalisedBetweenness, closeness);
  }
}
