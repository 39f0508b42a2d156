package org.maillage.member;

import org.maillage.Labelled;

/**
 * The group a primary relation belongs to (<i>type de lien primaire</i>), in the order the literature lists
 * them: family first, then friends, neighbours, colleagues or schoolmates, community (001, 002).
 *
 * @since 0.1
 */
public enum RelationGroup implements Labelled {
  /** Family (<i>famille</i>). */
  FAMILY(Sector.FAMILY),
  /** Friends (<i>amis</i>). */
  FRIEND(Sector.FRIENDS),
  /** Neighbours (<i>voisins</i>). */
  NEIGHBOUR(Sector.NEIGHBOURHOOD),
  /** Colleagues or schoolmates (<i>collègues ou camarades</i>). */
  COLLEAGUE_OR_SCHOOLMATE(Sector.WORK_OR_SCHOOL),
  /** Community (<i>communauté</i>). */
  COMMUNITY(Sector.COMMUNITY);

  private final Sector sector;

  RelationGroup(Sector sector) {
    this.sector = sector;
  }

  /**
   * Returns the sector a member of this group is in unless recorded otherwise.
   *
   * @return the default sector
   */
  public Sector defaultSector() {
    return sector;
  }
}
