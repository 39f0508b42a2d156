/**
 * egor's three tables (<i>les trois tables d'egor</i>) as CSV: egos, alters and alter-alter ties, with the
 * column names egor's {@code threefiles_to_egor} expects by default, so that a researcher reads them in R with no
 * {@code ID.vars} argument; {@link org.maillage.formats.egor.EgorWriter} writes many networks in one set of
 * tables, {@link org.maillage.formats.egor.EgorReader} reads them back.
 *
 * <p>Unless otherwise noted, passing {@code null} to any method of this package throws a
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.formats.egor;
