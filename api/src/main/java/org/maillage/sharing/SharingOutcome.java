package org.maillage.sharing;

import org.maillage.Labelled;

/**
 * The answer to "may A share these categories about P with B, for this purpose, now?" (<i>décision de
 * partage</i>), DOMAIN.md §4.
 *
 * @since 0.1
 */
public enum SharingOutcome implements Labelled {
  /** Not allowed (<i>refusé</i>). */
  DENY,
  /** Allowed once the person, or whoever the regime names, has been informed (<i>autorisé après
   * information</i>). */
  ALLOW_AFTER_INFORMING,
  /** Allowed only with the person's prior consent (<i>consentement requis</i>). */
  REQUIRE_CONSENT,
  /** Allowed (<i>autorisé</i>). */
  ALLOW,
  /**
   * Not decided: a fact the decision turns on is not recorded (<i>dossier incomplet</i>, DOMAIN.md §4, "Unknown is
   * not no"); {@link SharingDecision#missingFacts()} names the facts to record, about whom, and what the answer
   * would be for each way of recording them. Never a refusal for want of data.
   *
   * @since 0.2
   */
  INCOMPLETE
}
