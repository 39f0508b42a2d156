/**
 * The ecomap of a network (<i>écocarte</i>), drawn as SVG from the model's data: the person at the centre, the
 * horizons as rings, the sectors as wedges, ties in Hartman's conventions. See {@link
 * org.maillage.formats.ecomap.Ecomap}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link NullPointerException}.
 *
 * @since 0.2
 */
@NullMarked
package org.maillage.formats.ecomap;

import org.jspecify.annotations.NullMarked;
