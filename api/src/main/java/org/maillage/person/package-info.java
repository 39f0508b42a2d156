/**
 * The person supported (<i>personne accompagnée, usager, bénéficiaire</i>): needs by life sphere, strengths,
 * life choices, legal representation, agreement to the network and recorded views, judicial measures.
 *
 * <p>Following the Belgian service guide (001), a network starts from the person and their life choices, from
 * their needs and also from their knowledge and resources, never from their deficits alone.
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.person;
