package org.maillage.member;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maillage.Labelled;

/**
 * How a primary member is related to the person (<i>lien avec la personne</i>), each mapped to the HL7 v3
 * {@code RoleCode} it corresponds to, as FHIR's {@code RelatedPerson.relationship} uses them.
 *
 * @since 0.1
 */
public enum Relation implements Labelled {
  /** Mother (<i>mère</i>), {@code MTH}. */
  MOTHER(RelationGroup.FAMILY, "MTH"),
  /** Father (<i>père</i>), {@code FTH}. */
  FATHER(RelationGroup.FAMILY, "FTH"),
  /** Parent, gender not stated (<i>parent</i>), {@code PRN}. */
  PARENT(RelationGroup.FAMILY, "PRN"),
  /** Step-parent (<i>beau-parent</i>), {@code STPPRN}. */
  STEP_PARENT(RelationGroup.FAMILY, "STPPRN"),
  /** Foster parent (<i>assistant familial, famille d'accueil</i>), {@code PRNFOST}. */
  FOSTER_PARENT(RelationGroup.FAMILY, "PRNFOST"),
  /** Sibling (<i>frère ou sœur</i>), {@code SIB}. */
  SIBLING(RelationGroup.FAMILY, "SIB"),
  /** Half-sibling (<i>demi-frère ou demi-sœur</i>), {@code HSIB}. */
  HALF_SIBLING(RelationGroup.FAMILY, "HSIB"),
  /** Spouse (<i>conjoint</i>), {@code SPS}. */
  SPOUSE(RelationGroup.FAMILY, "SPS"),
  /** Unmarried partner (<i>compagnon, compagne</i>), {@code DOMPART}. */
  DOMESTIC_PARTNER(RelationGroup.FAMILY, "DOMPART"),
  /** Child (<i>enfant</i>), {@code CHILD}. */
  CHILD(RelationGroup.FAMILY, "CHILD"),
  /** Grandparent (<i>grand-parent</i>), {@code GRPRN}. */
  GRANDPARENT(RelationGroup.FAMILY, "GRPRN"),
  /** Grandchild (<i>petit-enfant</i>), {@code GRNDCHILD}. */
  GRANDCHILD(RelationGroup.FAMILY, "GRNDCHILD"),
  /** Aunt (<i>tante</i>), {@code AUNT}. */
  AUNT(RelationGroup.FAMILY, "AUNT"),
  /** Uncle (<i>oncle</i>), {@code UNCLE}. */
  UNCLE(RelationGroup.FAMILY, "UNCLE"),
  /** Cousin (<i>cousin, cousine</i>), {@code COUSN}. */
  COUSIN(RelationGroup.FAMILY, "COUSN"),
  /** Other relative (<i>autre membre de la famille</i>), {@code FAMMEMB}. */
  OTHER_RELATIVE(RelationGroup.FAMILY, "FAMMEMB"),
  /** Friend (<i>ami, amie</i>), {@code FRND}. */
  FRIEND(RelationGroup.FRIEND, "FRND"),
  /** Significant other (<i>personne importante</i>), {@code SIGOTHR}. */
  SIGNIFICANT_OTHER(RelationGroup.FRIEND, "SIGOTHR"),
  /** Neighbour (<i>voisin, voisine</i>), {@code NBOR}. */
  NEIGHBOUR(RelationGroup.NEIGHBOUR, "NBOR"),
  /** Roommate (<i>colocataire</i>), {@code ROOM}. */
  ROOMMATE(RelationGroup.NEIGHBOUR, "ROOM"),
  /** Colleague (<i>collègue</i>); HL7 v3 has no code for it. */
  COLLEAGUE(RelationGroup.COLLEAGUE_OR_SCHOOLMATE, null),
  /** Schoolmate (<i>camarade de classe</i>); HL7 v3 has no code for it. */
  SCHOOLMATE(RelationGroup.COLLEAGUE_OR_SCHOOLMATE, null),
  /** Member of the same community: association, club, place of worship (<i>membre de la communauté</i>);
   * HL7 v3 has no code for it. */
  COMMUNITY_MEMBER(RelationGroup.COMMUNITY, null);

  private final RelationGroup group;
  private final @Nullable String roleCode;

  Relation(RelationGroup group, @Nullable String roleCode) {
    this.group = group;
    this.roleCode = roleCode;
  }

  /**
   * Returns the group of the relation.
   *
   * @return the group
   */
  public RelationGroup group() {
    return group;
  }

  /**
   * Returns the HL7 v3 {@code RoleCode} of the relation (code system
   * {@code http://terminology.hl7.org/CodeSystem/v3-RoleCode}).
   *
   * @return the code, or empty for colleagues, schoolmates and community members, which HL7 v3 does not code
   */
  public Optional<String> hl7RoleCode() {
    return Optional.ofNullable(roleCode);
  }
}
