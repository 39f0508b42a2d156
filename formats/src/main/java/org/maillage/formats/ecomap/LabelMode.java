package org.maillage.formats.ecomap;

/**
 * What an ecomap writes beside each member (<i>étiquettes</i>).
 *
 * @since 0.2
 */
public enum LabelMode {
  /**
   * Roles only: the relation of a relative, the sector of a professional, the kind of an organisation. No name
   * is read, so that a picture of a pseudonymised network, or one shown outside the team, names no one.
   */
  ROLES,
  /** The name where one is recorded, else the role: for the team's own use. */
  NAMES
}
