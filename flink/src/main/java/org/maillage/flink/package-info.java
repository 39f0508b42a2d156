/**
 * An Apache Flink job that validates, classifies and measures networks read as JSON Lines
 * (<i>valider des réseaux à l'échelle</i>), with a seeded generator of networks and the plain single-thread loop
 * the job is compared with.
 *
 * <p>Between the job's operators only strings and small plain records travel ({@link org.maillage.flink.Line},
 * {@link org.maillage.flink.Count}, {@link org.maillage.flink.TerritoryPart}), which Flink's own serialisers
 * handle: the immutable model values are made and dropped inside one operator, so Flink never falls back to Kryo.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.2
 */
@NullMarked
package org.maillage.flink;

import org.jspecify.annotations.NullMarked;
