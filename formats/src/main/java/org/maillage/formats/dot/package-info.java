/**
 * Graphviz DOT (<i>DOT de Graphviz</i>) for a quick look at a network: {@link org.maillage.formats.dot.DotWriter}.
 *
 * <p>Unless otherwise noted, passing {@code null} to any method of this package throws a
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.formats.dot;
