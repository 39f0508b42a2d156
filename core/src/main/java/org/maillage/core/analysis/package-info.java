/**
 * The computation of analyses (<i>calcul des analyses</i>); internal to the engine, not exported: callers go
 * through {@code org.maillage.core.NetworkAnalysis}, and the results are the value types of
 * {@code org.maillage.analysis}.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.analysis;
