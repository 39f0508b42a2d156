/**
 * What went wrong while reading a file (<i>problèmes de lecture</i>): each problem as data, with where it is
 * and a message key rendered in French, English or Dutch, and the one exception type of the GraphML and egor
 * readers that carries every problem of a document.
 *
 * <p>Unless otherwise noted, passing {@code null} to any method of this package throws a
 * {@link java.lang.NullPointerException}. No problem quotes personal data: problems name files, lines,
 * columns, keys, ids and the values a field accepts, never a value found in a name or a note.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.formats.problem;
