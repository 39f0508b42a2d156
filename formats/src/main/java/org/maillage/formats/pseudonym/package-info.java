/**
 * Pseudonymisation (<i>pseudonymisation</i>): one transform from a network to a network, applied before any
 * writer, so that no output can leak what another hides.
 *
 * <p>{@link org.maillage.formats.pseudonym.Pseudonymiser} removes or replaces every text the model classifies
 * as personal or free text ({@link org.maillage.Disclosure}), replaces every id with a keyed pseudonym, and
 * keeps, shifts or coarsens the dates ({@link org.maillage.formats.pseudonym.DateTreatment}).
 *
 * <p>Unless otherwise noted, passing {@code null} to any method of this package throws a
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.formats.pseudonym;
