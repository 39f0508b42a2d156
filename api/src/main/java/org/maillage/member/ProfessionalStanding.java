package org.maillage.member;

import org.maillage.sharing.Jurisdiction;

/**
 * A professional's standing under one jurisdiction's law (<i>statut du professionnel au regard d'un droit</i>),
 * such as the French {@link org.maillage.sharing.fr.FrenchStanding}: the legal facts about a professional that
 * one jurisdiction's sharing procedure reads, kept out of the jurisdiction-neutral {@link Professional}, which
 * holds at most one standing per jurisdiction ({@link Professional#standings()}).
 *
 * <p>Implementations are immutable and thread-safe value types of a jurisdiction's package.
 *
 * @since 0.2
 */
public interface ProfessionalStanding {

  /**
   * Returns the jurisdiction whose law the standing belongs to.
   *
   * @return the jurisdiction
   */
  Jurisdiction jurisdiction();
}
