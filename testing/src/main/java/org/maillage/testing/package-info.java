/**
 * Test fixtures for Maillage: a small seeded property harness for JUnit 5 and generators of valid Maillage
 * values, for the tests of every module.
 *
 * <p>The harness: a {@link org.maillage.testing.Property} is a JUnit test run many times, each try with its own
 * seed and its {@link org.maillage.testing.ForAll} parameters drawn from a {@link org.maillage.testing.Gen};
 * {@link org.maillage.testing.Statistics} prove that the generators reach the interesting cases; a failure
 * prints its seed, and {@link org.maillage.testing.Seeds#SEED_PROPERTY} replays it. It replaces jqwik, whose
 * maintainer asks AI coding agents not to use it.
 *
 * <p>The generators: {@link org.maillage.testing.NetworkGenerators} gives ids, dates, members, ties, flows and
 * whole networks of every kind and shape, valid by construction.
 *
 * <p>Unless otherwise noted, no argument of a method of this package may be null, and generators never give
 * null.
 *
 * @since 0.1
 */
package org.maillage.testing;
