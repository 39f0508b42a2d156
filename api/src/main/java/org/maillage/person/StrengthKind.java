package org.maillage.person;

import org.maillage.Labelled;

/**
 * What kind of strength of the person is recorded (<i>ressource ou compétence</i>).
 *
 * @since 0.1
 */
public enum StrengthKind implements Labelled {
  /** Something the person has or can draw on (<i>ressource</i>). */
  RESOURCE,
  /** Something the person knows how to do (<i>compétence</i>). */
  COMPETENCE,
  /** Knowledge drawn from experience (<i>savoir d'expérience</i>). */
  EXPERIENTIAL_KNOWLEDGE
}
