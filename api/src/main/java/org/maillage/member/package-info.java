/**
 * The members of a network (<i>membres du réseau</i>): primary members tied to the person by affective bonds,
 * professionals of the secondary network and their organisations, and participants who are neither.
 *
 * <p>The distinction between primary network (<i>réseau primaire</i>: family, friends, neighbours,
 * colleagues or schoolmates) and secondary network (<i>réseau secondaire</i>: institutions and their
 * professionals) comes from the Belgian service guide (001) and from Dumont (002). Members and organisations
 * have ids that are stable across networks, so that one professional can appear in many people's networks.
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.member;
