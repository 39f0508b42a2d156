package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillage.FlowId;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Competence;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.SecrecyBasis;
import org.maillage.member.Sector;
import org.maillage.network.EthicsCharter;
import org.maillage.network.Evaluation;
import org.maillage.network.Formality;
import org.maillage.network.Governance;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.Agreement;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.person.Strength;
import org.maillage.person.StrengthKind;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.FlowMode;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.fr.FrenchStanding;
import org.maillage.sharing.fr.RegulatoryCategory;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * The whole standard catalogue on the first and last days of the calendar (<i>bornes du calendrier</i>):
 * networks judged on {@link LocalDate#MIN} and {@link LocalDate#MAX}, and networks whose dates lie on those
 * days judged on ordinary days, give findings, never a rule that failed, and render in every language.
 */
class ExtremeDatesTest {
  private static final LocalDate ORDINARY = LocalDate.of(2026, 12, 1);
  private static final MemberId PERSON = MemberId.of("p-focal");
  private static final MemberId REFERENT = MemberId.of("pro-ref");
  private static final MemberId DOCTOR = MemberId.of("pro-doc");
  private static final MemberId AUNT = MemberId.of("m-aunt");
  private static final OrganisationId CENTRE = OrganisationId.of("o-centre");
  private static final OrganisationId HOSPITAL = OrganisationId.of("o-hospital");

  /**
   * A busy person-centred network of every family's concerns: created on {@code created}, its members involved
   * for {@code involvement}, a référent designated for it too, a meeting, an evaluation, a charter and a flow on
   * {@code day}, the person having agreed, been told and consented that day.
   */
  private static Network network(Formality formality, LocalDate created, Period involvement, LocalDate day) {
    Professional.Builder referent = professional(REFERENT, CENTRE, RegulatoryCategory.SOCIAL_SERVICE_ASSISTANT,
        involvement);
    Professional.Builder doctor = professional(DOCTOR, HOSPITAL, RegulatoryCategory.HEALTH_PROFESSIONAL, involvement);
    return Network.builder().id(NetworkId.of("n-bounds")).created(created).formality(formality)
        .addForms(NetworkForm.NETWORK_INTERVENTION, NetworkForm.PAIRING)
        .focalPerson(Person.builder().id(PERSON).addNeed(Need.of(LifeSphere.HOUSING))
            .addStrength(Strength.of(StrengthKind.RESOURCE, LifeSphere.SOCIAL_LIFE))
            .addAgreement(Agreement.of(PERSON, day)).build())
        .governance(Governance.builder().place("centre social").ethicsCharter(EthicsCharter.of(day, true)).build())
        .addOrganisation(Organisation.builder().id(CENTRE).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL)
            .build())
        .addOrganisation(Organisation.builder().id(HOSPITAL).kind(OrganisationKind.ESTABLISHMENT)
            .sector(Sector.HEALTH).build())
        .addMembers(referent.build(), doctor.build(),
            PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE)
                .involvements(List.of(involvement)).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(AUNT).second(PERSON).nature(TieNature.AFFECTIVE)
            .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build())
        .addTie(Tie.builder().id(TieId.of("t-2")).first(REFERENT).second(PERSON).nature(TieNature.SUPPORT)
            .putSupport(SupportType.INFORMATIONAL, SupportDirection.MUTUAL).build())
        .addReferent(ReferentDesignation.of(REFERENT, involvement))
        .addMeeting(Meeting.builder().id(MeetingId.of("r-1")).date(day).facilitator(REFERENT)
            .addParticipant(REFERENT).build())
        .addEvaluation(Evaluation.of(day))
        .addFlow(InformationFlow.builder().id(FlowId.of("f-1")).sender(REFERENT).addRecipient(DOCTOR).about(PERSON)
            .date(day).mode(FlowMode.SHARING)
            .purpose(Purpose.of(PurposeKind.CARE_COORDINATION, InformationCategory.SOCIAL_ASSESSMENT))
            .addCategory(InformationCategory.SOCIAL_ASSESSMENT).build())
        .addInforming(Informing.builder().informed(PERSON).date(day)
            .addSubjects(InformingSubject.NATURE_OF_INFORMATION, InformingSubject.RIGHT_TO_OBJECT).build())
        .addConsent(Consent.builder().by(PERSON).given(day)
            .addInformationCategories(InformationCategory.SOCIAL_ASSESSMENT)
            .addProfessionalCategories(RegulatoryCategory.HEALTH_PROFESSIONAL).addMedia("dossier partagé")
            .addSecurityMeasures("accès nominatif").build())
        .build();
  }

  private static Professional.Builder professional(MemberId id, OrganisationId organisation,
      RegulatoryCategory category, Period involvement) {
    return Professional.builder().id(id).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).organisation(organisation)
        .addCompetence(Competence.of("accompagnement", LifeSphere.HOUSING))
        .addStanding(FrenchStanding.builder().regulatoryCategory(category).build())
        .secrecy(SecrecyBasis.PROFESSION).missionCovers(InformationCategory.values())
        .delegation(FormalDelegation.of("délégation", involvement.start())).involvements(List.of(involvement));
  }

  private static void assertJudged(ValidationReport report) {
    assertThat(report.findings()).extracting(Finding::messageKey).doesNotContain(Validator.RULE_FAILED);
    assertThat(Validator.standard().render(report, Locale.FRENCH)).hasSameSizeAs(report.findings());
    assertThat(Validator.standard().render(report, Locale.ENGLISH)).hasSameSizeAs(report.findings());
    assertThat(Validator.standard().render(report, Locale.forLanguageTag("nl"))).hasSameSizeAs(report.findings());
  }

  @Test
  void theCatalogueJudgesNetworksOnTheCalendarsFirstAndLastDays() {
    for (Formality formality : Formality.values()) {
      // given a network created on the first day of the calendar, everything happening that day, and one of
      // 2025 whose members, référent and all are there for good
      Network first = network(formality, LocalDate.MIN, Period.from(LocalDate.MIN), LocalDate.MIN);
      LocalDate created = LocalDate.of(2025, 1, 6);
      Network forGood = network(formality, created, Period.from(created), created.plusDays(1));

      // when judged on the calendar's first and last days, and the days next to them
      // then every rule answered
      for (LocalDate date : List.of(LocalDate.MIN, LocalDate.MIN.plusDays(1))) {
        assertJudged(Validator.standard().validate(first, ValidationSettings.asOf(date)));
      }
      for (LocalDate date : List.of(LocalDate.MAX.minusDays(1), LocalDate.MAX)) {
        assertJudged(Validator.standard().validate(forGood, ValidationSettings.asOf(date)));
      }
    }
  }

  @Test
  void theCatalogueJudgesValuesDatedOnTheCalendarsFirstAndLastDaysOnOrdinaryDays() {
    for (Formality formality : Formality.values()) {
      // given a network created on the first day of the calendar, its members and référent there from the
      // first day to the last, everything else happening on the first day; the same with a meeting, an
      // evaluation and a suspension on the last day
      Network first = network(formality, LocalDate.MIN, Period.of(LocalDate.MIN, LocalDate.MAX), LocalDate.MIN);
      Network last = Network.builder().from(first)
          .addMeeting(Meeting.builder().id(MeetingId.of("r-last")).date(LocalDate.MAX).facilitator(REFERENT).build())
          .addEvaluation(Evaluation.of(LocalDate.MAX))
          .addStatusHistory(StatusChange.of(LocalDate.MAX, NetworkStatus.SUSPENDED))
          .build();

      // when judged on ordinary days
      // then every rule answered
      for (LocalDate date : List.of(LocalDate.of(1970, 1, 1), ORDINARY, LocalDate.of(2999, 12, 31))) {
        assertJudged(Validator.standard().validate(first, ValidationSettings.asOf(date)));
        assertJudged(Validator.standard().validate(last, ValidationSettings.asOf(date)));
      }
    }
  }
}
