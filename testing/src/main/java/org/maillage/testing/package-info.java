/**
 * Reusable jqwik generators of valid Maillage values, shipped in the api test-jar for the tests of every
 * module: {@link org.maillage.testing.NetworkArbitraries} and the domain context
 * {@link org.maillage.testing.MaillageDomain}.
 *
 * @since 0.1
 */
package org.maillage.testing;
