/**
 * Belgian legal facts of information sharing (<i>droit belge du partage d'informations; Belgisch recht van
 * informatiedeling</i>): the regimes of DOMAIN.md §4 "Belgium", a professional's Belgian standing, the records of
 * their own that open a regime (a text, a report to the prosecutor, a case consultation, an assessment of danger),
 * the community whose youth-aid legislation governs the network, the policy's settings, and the articles cited,
 * as {@link org.maillage.sharing.LegalReference values} with their validity. Nothing here is shared with another
 * jurisdiction, and the jurisdiction-neutral types of {@code org.maillage.sharing} do not name this package.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this package throws a
 * {@link NullPointerException}. Every type is immutable and thread-safe.
 *
 * @since 0.2
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.sharing.be;
