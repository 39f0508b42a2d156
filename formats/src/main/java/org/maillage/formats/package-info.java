/**
 * What every reader of the formats shares (<i>lecture des formats</i>): the limits put on untrusted input
 * ({@link org.maillage.formats.ReadLimits}) and the one error type of a reader
 * ({@link org.maillage.formats.FormatException}), carrying every problem of a document
 * ({@link org.maillage.formats.FormatProblem}) as data, each rendered in French, English or Dutch.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
@NullMarked
package org.maillage.formats;

import org.jspecify.annotations.NullMarked;
