package org.maillage.person;

import org.maillage.Labelled;

/**
 * The kind of a judicial measure in progress for the person (<i>mesure judiciaire</i>).
 *
 * @since 0.1
 */
public enum MeasureKind implements Labelled {
  /** Educational assistance in the family, ordered by the children's judge (<i>AEMO judiciaire</i>). */
  EDUCATIONAL_ASSISTANCE,
  /** Placement of a child ordered by a judge (<i>placement judiciaire</i>). */
  PLACEMENT,
  /** A judicial measure protecting an adult (<i>mesure de protection juridique des majeurs</i>). */
  ADULT_PROTECTION,
  /** A judicial investigation measure (<i>mesure judiciaire d'investigation éducative</i>). */
  INVESTIGATION,
  /** Any other judicial measure (<i>autre mesure judiciaire</i>). */
  OTHER
}
