package org.maillage.validation;

import org.maillage.Labelled;

/**
 * How serious a finding is (<i>gravité</i>), from DOMAIN.md §2.
 *
 * @since 0.1
 */
public enum Severity implements Labelled {
  /** Contradicts a definition (<i>erreur</i>): a report with one is not acceptable. */
  ERROR,
  /** A risk the literature names (<i>avertissement</i>). */
  WARNING,
  /** A suggestion (<i>information</i>). */
  INFO
}
