package org.maillage.sharing.be;

import org.maillage.Labelled;

/**
 * The category of an offence a report to the prosecutor names (<i>catégorie d'infraction</i>), Code pénal
 * 458bis; recorded as a category since the list changed with the 2022 sexual-offences reform.
 *
 * @since 0.2
 */
public enum OffenceCategory implements Labelled {
  /** An offence against sexual integrity (<i>atteinte à l'intégrité sexuelle</i>). */
  SEXUAL_INTEGRITY,
  /** Homicide, or intentional blows and wounds (<i>coups et blessures</i>). */
  VIOLENCE,
  /** Female genital mutilation (<i>mutilation génitale</i>). */
  GENITAL_MUTILATION,
  /** Abandonment, or deprivation of food or care (<i>délaissement, privation d'aliments ou de soins</i>). */
  NEGLECT,
  /** Exploitation, trafficking or forced marriage (<i>exploitation, traite, mariage forcé</i>). */
  EXPLOITATION,
  /** An offence off the article's list (<i>hors de la liste</i>). */
  NOT_ON_LIST;

  /**
   * Tells whether the category is on the list of art. 458bis.
   *
   * @return false for {@link #NOT_ON_LIST}
   */
  public boolean isListed() {
    return this != NOT_ON_LIST;
  }
}
