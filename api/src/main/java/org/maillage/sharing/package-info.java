/**
 * Information flows about a person under professional secrecy (<i>échange et partage d'informations</i>):
 * the flows themselves, the person informed, objections, consents, and the purposes that justify a flow.
 *
 * <p>The words follow the annex of the French order of 25 November 2016: an <em>exchange</em>
 * (<i>échange</i>) goes to clearly identified recipients, a <em>sharing</em> (<i>partage</i>) makes
 * information available to categories of professionals entitled to know it. Bouts (003) and the Belgian guide
 * (001) insist that passing on what the person's path needs is a duty, and that network work communicates with
 * the person rather than about them.
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.sharing;
