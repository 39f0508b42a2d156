package org.maillage.referent;

import org.maillage.Labelled;

/**
 * The five qualities of a référent de proximité, after Cultiaux (004) (<i>qualités du référent</i>).
 *
 * @since 0.1
 */
public enum ReferentQuality implements Labelled {
  /** Close to the person's daily life (<i>proximité</i>). */
  PROXIMITY,
  /** At the centre of the network's ties (<i>centralité</i>). */
  CENTRALITY,
  /** Able to adapt the support and the framework (<i>flexibilité</i>). */
  FLEXIBILITY,
  /** Acting ahead of needs rather than waiting (<i>proactivité</i>). */
  PROACTIVITY,
  /** Lasting over time (<i>pérennité</i>). */
  PERMANENCE
}
