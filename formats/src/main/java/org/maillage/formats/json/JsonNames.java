package org.maillage.formats.json;

/**
 * The member names and discriminator values of the format that are not attribute names of the model.
 *
 * <p>This class holds constants only and is thread-safe.
 */
final class JsonNames {
  /** The top-level member naming the format and its version. */
  static final String FORMAT = "format";
  /** The top-level member holding the network. */
  static final String NETWORK = "network";
  /** The discriminator member of a polymorphic value. */
  static final String TYPE = "type";

  static final String PRIMARY_MEMBER = "PrimaryMember";
  static final String PROFESSIONAL = "Professional";
  static final String PARTICIPANT = "Participant";
  static final String FRENCH_STANDING = "FrenchStanding";
  static final String SOCIAL_ACTION_TRIGGER = "SocialActionTrigger";
  static final String REGULATORY_CATEGORY = "RegulatoryCategory";
  static final String BELGIAN_STANDING = "BelgianStanding";
  static final String BELGIAN_CATEGORY = "BelgianProfessionalCategory";
  static final String BELGIAN_FLOW_RECORD = "BelgianFlowRecord";
  static final String CASE_CONSULTATION = "CaseConsultation";
  static final String MINOR_COMPETENCE = "MinorCompetence";
  static final String YOUTH_AID_COMMUNITY = "YouthAidCommunity";

  private JsonNames() {}
}
