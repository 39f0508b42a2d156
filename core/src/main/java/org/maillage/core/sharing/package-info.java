/**
 * What every jurisdiction's sharing decision shares (<i>socle commun du partage</i>), internal to the engine,
 * not exported: how the sharing rules read the outcomes of a network's flows under the policy of the network's
 * jurisdiction, quietly when the policy can.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link java.lang.NullPointerException}.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.sharing;
