/**
 * The French information-sharing decision of DOMAIN.md §4 (<i>décision de partage, droit français</i>):
 * reports, child protection, social action and the general regime of shared secrecy, one class each, each
 * step of the general regime a named method, in the order of the text; internal to the engine,
 * not exported. Obtain the policy through {@code org.maillage.core.SharingPolicies.france()}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link java.lang.NullPointerException}.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.sharing.fr;
