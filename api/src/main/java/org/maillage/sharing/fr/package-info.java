/**
 * French legal facts of information sharing (<i>droit français du partage d'informations</i>): the articles
 * French decisions cite, as {@link org.maillage.sharing.LegalReference values} with their validity. Nothing
 * here is shared with another jurisdiction, and the jurisdiction-neutral types of {@code org.maillage.sharing}
 * do not name this package.
 *
 * @since 0.2
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.sharing.fr;
