/**
 * Networks (<i>réseaux</i>): the five forms, ties and supports, governance, meetings, evaluations, status and
 * membership history, and a read-only graph view for analysis.
 *
 * <p>The five forms come from Dumoulin et al. (000); the formal and informal secondary networks from Dumont
 * (002); the pair <i>travail en réseau</i> / <i>travail de réseau</i> from Cultiaux (004). A network with a
 * focal person is person-centred (<i>travail de réseau</i>); an inter-service network (<i>travail en
 * réseau</i>) has a theme and a territory instead.
 *
 * <h2>Why the graph view is Maillage's own type</h2>
 * {@link org.maillage.network.NetworkGraph} is a small read-only interface of this package, not a Guava
 * {@code com.google.common.graph} type. Guava's {@code ValueGraph} and {@code Network} are still marked
 * {@code @Beta}, and a type in an API signature is a promise kept for years: Maillage keeps the freedom to
 * change the graph library under the view (today Guava's immutable network) without breaking callers.
 * Callers who want Guava's algorithms can copy the view into a Guava graph in a few lines.
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.network;
