package org.maillage.sharing;

import org.maillage.Disclosure;
import org.maillage.sharing.be.BelgianProfessionalCategory;
import org.maillage.sharing.fr.RegulatoryCategory;

/**
 * A category of professionals that one jurisdiction's law names (<i>catégorie de professionnels</i>), such as
 * the French closed list of CSP R1110-2 ({@link RegulatoryCategory}): a {@link Consent} covers categories of
 * professionals, never a named recipient.
 *
 * <p>Every category is a constant of one jurisdiction's enumeration, which is why the interface is sealed; a
 * new jurisdiction adds its enumeration to the permitted ones.
 *
 * @since 0.2
 */
public sealed interface ProfessionalCategory permits RegulatoryCategory, BelgianProfessionalCategory {

  /**
   * Returns the jurisdiction whose law names the category.
   *
   * @return the jurisdiction
   */
  Jurisdiction jurisdiction();

  /**
   * Returns the constant's name, as {@link Enum#name()} does.
   *
   * @return the name
   */
  @Disclosure(Disclosure.Kind.CODE_OR_LABEL)
  String name();

  /**
   * Returns the constant's position in its enumeration, as {@link Enum#ordinal()} does.
   *
   * @return the position, from 0
   */
  int ordinal();
}
