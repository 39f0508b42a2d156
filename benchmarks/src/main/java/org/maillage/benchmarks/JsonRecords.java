package org.maillage.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Maillage JSON format as plain Java records (no Maillage types, no checks), the baseline of
 * {@link JsonBenchmark}: Jackson databind reads a document into them and writes them back. Ids, enumerations
 * and codes are strings, dates {@link LocalDate}s; a member is one record whose {@code type} names its sort and
 * whose fields of the other sorts are null. Absent members of the document are null or empty.
 */
final class JsonRecords {
  private JsonRecords() {}

  /** The document. */
  record DocumentRecord(String format, NetworkRecord network) {}

  /** The network. */
  record NetworkRecord(String id, String name, LocalDate created, PersonRecord focalPerson, String theme,
      String territory, List<String> forms, String formality, BasisRecord basis, List<StatusRecord> statusHistory,
      GovernanceRecord governance, StrategyRecord strategy, List<OrganisationRecord> organisations,
      List<MemberRecord> members, List<TieRecord> ties, List<MeetingRecord> meetings,
      List<EvaluationRecord> evaluations, List<DesignationRecord> referents,
      List<AssessmentRecord> referentAssessments, ProjectRecord project, PartnershipRecord partnership,
      List<FlowRecord> flows, List<InformingRecord> informings, List<ObjectionRecord> objections,
      List<ConsentRecord> consents, List<FactRecord> jurisdictionFacts, String jurisdiction) {}

  /** A period. */
  record PeriodRecord(LocalDate start, LocalDate end) {}

  /** A member of any sort. */
  record MemberRecord(String type, String id, String name, String note, String sector, String horizon,
      boolean alive, boolean reachable, boolean dormant, List<PeriodRecord> involvements, String relation,
      String role, String organisation, MandateRecord mandate, List<CompetenceRecord> competences, String secrecy,
      DelegationRecord delegation, List<String> missionCategories, List<StandingRecord> standings) {}

  /** A mandate. */
  record MandateRecord(String kind, String reference) {}

  /** A competence. */
  record CompetenceRecord(String role, List<String> spheres) {}

  /** A delegation. */
  record DelegationRecord(String reference, LocalDate given) {}

  /** A professional standing. */
  record StandingRecord(String type, String regulatoryCategory, Boolean childProtectionContributor,
      Boolean socialActionProfessional, String careTeam, String secrecy, Boolean healthProfessional,
      String youthAidRole) {}

  /** An organisation. */
  record OrganisationRecord(String id, String name, String kind, String sector, String territory, String parent) {}

  /** The focal person. */
  record PersonRecord(String id, String name, String lifeStage, LocalDate birthDate,
      Boolean unableToProtectThemselves, List<MinorRecord> minorsConcerned, List<NeedRecord> needs,
      List<StrengthRecord> strengths, List<String> lifeChoices, List<RepresentativeRecord> representatives,
      List<AgreementRecord> agreements, List<ViewRecord> views, List<MeasureRecord> measures) {}

  /** A minor of the family. */
  record MinorRecord(String id, String lifeStage, LocalDate birthDate, List<String> holdersOfParentalAuthority) {}

  /** A need. */
  record NeedRecord(String sphere, String note) {}

  /** A strength. */
  record StrengthRecord(String kind, String sphere, String note) {}

  /** A legal representative. */
  record RepresentativeRecord(String id, String kind, String name) {}

  /** An agreement. */
  record AgreementRecord(String by, LocalDate given, LocalDate withdrawn, boolean refused) {}

  /** A recorded view. */
  record ViewRecord(String of, LocalDate recorded, String stance, String note) {}

  /** A judicial measure. */
  record MeasureRecord(String reference, String kind, String judge, PeriodRecord period, List<String> mandated) {}

  /** A basis. */
  record BasisRecord(String kind, String reference, PeriodRecord period) {}

  /** A status change. */
  record StatusRecord(LocalDate date, String status) {}

  /** The governance. */
  record GovernanceRecord(String place, List<String> communicationTools, String facilitation, String traces,
      CharterRecord ethicsCharter) {}

  /** An ethics charter. */
  record CharterRecord(LocalDate adopted, Boolean coversCommunication) {}

  /** A strategy. */
  record StrategyRecord(String kind, String statement) {}

  /** A tie. */
  record TieRecord(String id, String first, String second, String nature, String quality,
      Map<String, String> supports) {}

  /** A meeting. */
  record MeetingRecord(String id, LocalDate date, List<String> participants, String facilitator,
      boolean personPresent, String note) {}

  /** An evaluation. */
  record EvaluationRecord(LocalDate date, String outcome) {}

  /** A référent designation. */
  record DesignationRecord(String professional, PeriodRecord period) {}

  /** A quality assessment. */
  record AssessmentRecord(String referent, String quality, String level, String assessedBy, LocalDate date,
      String evidence) {}

  /** The project. */
  record ProjectRecord(List<ObjectiveRecord> objectives, String evaluationStrategy, List<LocalDate> reviewDates) {}

  /** An objective. */
  record ObjectiveRecord(String id, String sphere, String statement, List<String> participation,
      List<MeansRecord> means) {}

  /** A means. */
  record MeansRecord(String holder, String description) {}

  /** A partnership. */
  record PartnershipRecord(List<String> organisations, List<String> members, String commonProject,
      CharterRecord charter, ConventionRecord convention, OriginRecord origin, PeriodRecord period) {}

  /** A convention. */
  record ConventionRecord(String reference, LocalDate signed) {}

  /** An origin. */
  record OriginRecord(String kind, String legalBasis, String commission) {}

  /** A flow. */
  record FlowRecord(String id, String sender, List<String> recipients, List<OutsideRecord> outsideProfessionals,
      List<String> authorities, SharedRecordRecord sharedRecord, String about, LocalDate date, String mode,
      PurposeRecord purpose, List<String> categories, boolean personPresent, String notInformedReason,
      Map<String, String> notInformedReasons, String report, String note) {}

  /** A professional outside the network. */
  record OutsideRecord(String id, String organisation, String secrecy, List<String> missionCategories,
      List<StandingRecord> standings) {}

  /** A shared record. */
  record SharedRecordRecord(String name, List<CategoryRecord> professionalCategories) {}

  /** A purpose. */
  record PurposeRecord(String kind, List<String> needs, String statement) {}

  /** An informing. */
  record InformingRecord(String informed, LocalDate date, List<String> subjects, String by, String flow) {}

  /** An objection. */
  record ObjectionRecord(String by, LocalDate date, List<String> categories, List<String> recipients,
      List<String> organisations) {}

  /** A consent. */
  record ConsentRecord(String by, List<String> informationCategories, List<CategoryRecord> professionalCategories,
      List<String> media, List<String> securityMeasures, LocalDate given, LocalDate withdrawn) {}

  /** A professional category. */
  record CategoryRecord(String type, String value) {}

  /** A jurisdiction fact. */
  record FactRecord(String type, LocalDate recorded, Boolean authoritiesInformed, String coordinator) {}
}
