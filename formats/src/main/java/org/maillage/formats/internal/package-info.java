/**
 * What the research formats (GraphML, egor's tables) share, unexported: the attributes they carry of a
 * network, its focal person, its members and its ties, written as text and read back with every problem
 * collected.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.maillage.formats.internal;
