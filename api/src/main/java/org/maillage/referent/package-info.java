/**
 * The référent de proximité (Cultiaux, 004): the professional, or professionals, of reference for the person
 * and for their network, with their five qualities (proximity, centrality, flexibility, proactivity,
 * permanence).
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.referent;
