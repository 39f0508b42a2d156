/**
 * Rendering of messages (<i>rendu des messages</i>); internal to the engine, not exported.
 */
@org.jspecify.annotations.NullMarked
package org.maillage.core.message;
