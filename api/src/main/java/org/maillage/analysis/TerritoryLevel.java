package org.maillage.analysis;

import org.maillage.Labelled;

/**
 * The level at which a territory graph is drawn (<i>niveau du graphe de territoire</i>): organisations, or the
 * institutions one level up.
 *
 * <p>The institution of an organisation is its parent body when recorded, else the organisation itself (DOMAIN.md
 * §2), as {@link org.maillage.member.Organisation#institution()} says. This enum is immutable and thread-safe.
 *
 * @since 0.2
 */
public enum TerritoryLevel implements Labelled {
  /** One node per organisation (<i>organisation, structure</i>): a school, an ASE service, a CMP. */
  ORGANISATION,
  /** One node per institution (<i>institution</i>): the parent body, or the organisation that has none. */
  INSTITUTION
}
