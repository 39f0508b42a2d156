/**
 * The entry points of the Maillage engine (<i>moteur</i>).
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core;
