/**
 * The computation of territory analyses (<i>calcul de l'analyse de territoire</i>): the fold of networks into the
 * inter-organisation graph, and its connectivity, betweenness, dominance and sector bridges on compact int arrays;
 * internal to the engine, not exported: callers go through {@code org.maillage.core.TerritoryAnalysis}, and the
 * results are the value types of {@code org.maillage.analysis}. Nothing here recurses: a path or a star of a
 * million organisations runs on the default thread stack.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.analysis.territory;
