/**
 * Analysis (<i>analyse</i>): the result types of what Maillage computes about a network, as opposed to what
 * it judges. Today the ego-network metrics of a person-centred network ({@link
 * org.maillage.analysis.EgoNetworkMetrics}) and the settings they are computed with ({@link
 * org.maillage.analysis.AnalysisSettings}); the engine that computes them is {@code
 * org.maillage.core.NetworkAnalysis}. And the analysis of a territory folded from many networks: the
 * inter-organisation {@link org.maillage.analysis.TerritoryGraph} and its {@link
 * org.maillage.analysis.TerritoryMetrics}, computed by {@code org.maillage.core.TerritoryAnalysis}.
 *
 * <p>Every result is a value: immutable, thread-safe, equal when equal, deterministic for the same network and
 * settings, and its {@code toString()} shows ids and figures only, never a name or a note. A figure that has no
 * value for a network (a density with fewer than two alters, say) is {@link org.maillage.analysis.Figure#undefined()
 * undefined}, never {@code NaN} and never 0.
 *
 * <p>Null policy: unless otherwise noted, passing {@code null} to any method, factory or builder of this
 * package throws {@link java.lang.NullPointerException}, and no method returns {@code null}.
 *
 * @since 0.2
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.analysis;
