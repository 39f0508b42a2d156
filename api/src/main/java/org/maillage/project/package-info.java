/**
 * The personalised project (<i>projet personnalisé</i>): objectives worked out with the person, the means
 * assigned to members, and the evaluation strategy, after the Belgian service guide (001).
 *
 * @since 0.1
 */
@org.maillage.MaillageStyle
@org.jspecify.annotations.NullMarked
package org.maillage.project;
