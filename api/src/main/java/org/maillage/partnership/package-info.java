/**
 * Partnership (<i>partenariat</i>): an exchange system between professionals only, around a common project,
 * formalised by a charter or a convention, spontaneous or imposed.
 *
 * <p>Dumont (002) and the Belgian guide (001) set it against the network: a partnership follows an
 * institutional logic and is formalised; a network follows an actor logic, is built together from the person,
 * and is never decreed. The two complement each other.
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.partnership;
