/**
 * Networks as JSON and JSON Lines (<i>format JSON</i>): {@link org.maillage.formats.json.NetworkJsonWriter}
 * and {@link org.maillage.formats.json.NetworkJsonReader} for one document,
 * {@link org.maillage.formats.json.NetworkJsonLinesWriter} and
 * {@link org.maillage.formats.json.NetworkJsonLinesReader} for a stream of networks one per line, and
 * {@link org.maillage.formats.json.JsonFormat} for the format's name, version and schema.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
@NullMarked
package org.maillage.formats.json;

import org.jspecify.annotations.NullMarked;
