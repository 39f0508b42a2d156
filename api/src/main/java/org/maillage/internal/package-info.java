/**
 * How the generated builders of the model report a missing attribute or a null argument: not exported, read
 * only by the code Immutables generates (see {@code org.maillage.MaillageStyle}).
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.internal;
