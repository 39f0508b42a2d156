/**
 * The command line (<i>ligne de commande</i>) and the one-page report: {@link org.maillage.cli.Main} runs
 * {@code maillage validate | classify | metrics | decide | render | report | convert FILE|-}; {@link
 * org.maillage.cli.Report} writes the report of one network as a self-contained HTML page.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link NullPointerException}.
 *
 * @since 0.2
 */
@NullMarked
package org.maillage.cli;

import org.jspecify.annotations.NullMarked;
