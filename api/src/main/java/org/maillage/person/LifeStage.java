package org.maillage.person;

import org.maillage.Labelled;

/**
 * Where the person stands between childhood and adulthood, as the law sees it (<i>âge et statut</i>).
 *
 * <p>It decides who must agree to the network and who is informed of a flow: for a young child the holders of
 * parental authority, for an older minor the minor and the holders, for an adult the adult (and their legal
 * representative where one is recorded). Child protection also covers young adults it supports.
 *
 * @since 0.1
 */
public enum LifeStage implements Labelled {
  /** A child too young to give a view of their own (<i>jeune enfant</i>). */
  YOUNG_CHILD,
  /** A minor able to form a view, according to age and maturity (<i>mineur</i>). */
  MINOR,
  /** A young adult still supported by child protection (<i>jeune majeur</i>). */
  YOUNG_ADULT_IN_CHILD_PROTECTION,
  /** An adult (<i>majeur</i>). */
  ADULT;

  /**
   * Tells whether the person is a minor.
   *
   * @return true for {@link #YOUNG_CHILD} and {@link #MINOR}
   */
  public boolean isMinor() {
    return this == YOUNG_CHILD || this == MINOR;
  }
}
