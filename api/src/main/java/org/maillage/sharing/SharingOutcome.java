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
  ALLOW
}
