package org.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;

class PersonTest {
  private static final MemberId LEA = MemberId.of("u-lea");
  private static final MemberId MOTHER = MemberId.of("m-mother");
  private static final LocalDate GIVEN = LocalDate.of(2026, 1, 10);

  @Test
  void anAgreementIsInForceFromItsDayUntilTheDayBeforeItsWithdrawal() {
    // given an agreement given on 10 January and withdrawn on 1 March
    Agreement agreement = Agreement.builder().by(LEA).given(GIVEN).withdrawn(LocalDate.of(2026, 3, 1)).build();

    // when judged around those days, then it holds from the first and no longer on the second
    assertThat(agreement.isInForceOn(GIVEN.minusDays(1))).isFalse();
    assertThat(agreement.isInForceOn(GIVEN)).isTrue();
    assertThat(agreement.isInForceOn(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(agreement.isInForceOn(LocalDate.of(2026, 3, 1))).isFalse();
    assertThat(Agreement.of(LEA, GIVEN).isInForceOn(GIVEN.plusYears(5))).isTrue();
  }

  @Test
  void anAgreementWithdrawnBeforeItWasGivenIsRejected() {
    // given a withdrawal the day before the agreement

    // when built, then it fails naming the field, both dates and who agreed
    assertThatThrownBy(() -> Agreement.builder().by(LEA).given(GIVEN).withdrawn(GIVEN.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Agreement.withdrawn")
        .hasMessageContaining("2026-01-09")
        .hasMessageContaining("2026-01-10")
        .hasMessageContaining("'u-lea'");
    assertThat(Agreement.builder().by(LEA).given(GIVEN).withdrawn(GIVEN).build().isInForceOn(GIVEN)).isFalse();
  }

  @Test
  void viewsMustComeFromThePersonOrARepresentative() {
    // given a stranger's view (a stranger's agreement is checked by the network, which knows the relatives)

    // when the person is built, then it fails naming the field and the stranger
    MemberId stranger = MemberId.of("m-stranger");
    assertThatThrownBy(() -> Person.builder().id(LEA).addView(RecordedView.of(stranger, GIVEN, Stance.OPPOSED)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Person.views")
        .hasMessageContaining("'m-stranger'");
  }

  @Test
  void aRepresentativeAgreesForThePerson() {
    // given a mother holding parental authority who agreed
    Person lea = Person.builder().id(LEA).lifeStage(LifeStage.YOUNG_CHILD)
        .addRepresentative(LegalRepresentative.of(MOTHER, RepresentationKind.PARENTAL_AUTHORITY))
        .addAgreement(Agreement.of(MOTHER, GIVEN)).build();

    // when read, then the mother is a representative and speaks with the person
    assertThat(lea.representative(MOTHER)).isPresent();
    assertThat(lea.representative(LEA)).isEmpty();
    assertThat(lea.personAndRepresentatives()).containsExactly(LEA, MOTHER);
    assertThat(lea.lifeStage().isMinor()).isTrue();
  }

  @Test
  void parentalAuthorityEndsAtMajorityWhileGuardianshipHoldsAuthorityAtAnyAge() {
    // given the same representatives: a mother with parental authority, a guardian and a curator
    MemberId guardian = MemberId.of("r-guardian");
    MemberId curator = MemberId.of("r-curator");
    Person.Builder person = Person.builder().id(LEA)
        .addRepresentative(LegalRepresentative.of(MOTHER, RepresentationKind.PARENTAL_AUTHORITY))
        .addRepresentative(LegalRepresentative.of(guardian, RepresentationKind.GUARDIANSHIP))
        .addRepresentative(LegalRepresentative.of(curator, RepresentationKind.CURATORSHIP));

    // when read for a minor and for an adult
    Person minor = person.lifeStage(LifeStage.MINOR).build();
    Person adult = person.lifeStage(LifeStage.ADULT).build();

    // then the minor's holders are the mother and the guardian, the adult's the guardian alone
    assertThat(minor.holdersOfAuthority()).containsExactly(MOTHER, guardian);
    assertThat(adult.holdersOfAuthority()).containsExactly(guardian);
    assertThat(Person.builder().id(LEA).lifeStage(LifeStage.YOUNG_CHILD).build().holdersOfAuthority()).isEmpty();
  }

  @Test
  void aRepresentativeListedTwiceOrWithThePersonsIdIsRejected() {
    // given a representative twice, and one with the person's own id
    LegalRepresentative mother = LegalRepresentative.of(MOTHER, RepresentationKind.PARENTAL_AUTHORITY);

    // when built, then each fails naming the field and the id
    assertThatThrownBy(() -> Person.builder().id(LEA).addRepresentatives(mother, mother).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Person.representatives")
        .hasMessageContaining("'m-mother'");
    assertThatThrownBy(() -> Person.builder().id(LEA)
            .addRepresentative(LegalRepresentative.of(LEA, RepresentationKind.GUARDIANSHIP)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'u-lea'");
  }

  @Test
  void needsInTwoSpheresAreMultiple() {
    // given a person with two housing needs and one income need, and one with housing only
    Person two = Person.builder().id(LEA).addNeeds(Need.of(LifeSphere.HOUSING), Need.of(LifeSphere.HOUSING),
        Need.of(LifeSphere.INCOME)).build();
    Person one = Person.builder().id(LEA).addNeed(Need.of(LifeSphere.HOUSING)).build();

    // when the spheres are read, then only the first has multiple needs
    assertThat(two.needSpheres()).containsExactlyInAnyOrder(LifeSphere.HOUSING, LifeSphere.INCOME);
    assertThat(two.hasMultipleNeeds()).isTrue();
    assertThat(one.hasMultipleNeeds()).isFalse();
    assertThat(Person.builder().id(LEA).build().hasMultipleNeeds()).isFalse();
  }

  @Test
  void measuresInProgressAreThoseWhosePeriodContainsTheDate() {
    // given a measure from January to June and one from July
    JudicialMeasure first = JudicialMeasure.builder().reference("AE-1").kind(MeasureKind.EDUCATIONAL_ASSISTANCE)
        .period(Period.of(GIVEN, LocalDate.of(2026, 6, 30))).build();
    JudicialMeasure second = JudicialMeasure.builder().reference("PL-2").kind(MeasureKind.PLACEMENT)
        .period(Period.from(LocalDate.of(2026, 7, 1))).build();
    Person lea = Person.builder().id(LEA).addMeasures(first, second).build();

    // when measures are read on dates, then each is in progress only in its period
    assertThat(lea.measuresOn(LocalDate.of(2026, 6, 30))).containsExactly(first);
    assertThat(lea.measuresOn(LocalDate.of(2026, 7, 1))).containsExactly(second);
    assertThat(lea.measuresOn(GIVEN.minusDays(1))).isEmpty();
  }

  @Test
  void blankMeasureReferencesAndBadSphereCodesAreRejected() {
    // given a blank reference and sphere codes that are not lower-case keys
    // when the values are made, then each fails naming its field
    assertThatThrownBy(() -> JudicialMeasure.builder().reference(" ").kind(MeasureKind.OTHER)
            .period(Period.from(GIVEN)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JudicialMeasure.reference");
    assertThatThrownBy(() -> LifeSphere.of("Housing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LifeSphere.code")
        .hasMessageContaining("'Housing'");
    assertThatThrownBy(() -> LifeSphere.of("-x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(LifeSphere.of("sport").isStandard()).isFalse();
    assertThat(LifeSphere.HOUSING.isStandard()).isTrue();
  }

  @Test
  void aPersonBornOnADateIsAMinorTheDayBeforeTheirEighteenthBirthdayAndAnAdultOnIt() {
    // given: stated a minor when the network began, born on 15 June 2008
    Person lea = Person.builder().id(MemberId.of("p-lea")).lifeStage(LifeStage.MINOR)
        .birthDate(LocalDate.of(2008, 6, 15)).build();

    // when / then
    assertThat(lea.lifeStageOn(LocalDate.of(2026, 6, 14))).isEqualTo(LifeStage.MINOR);
    assertThat(lea.lifeStageOn(LocalDate.of(2026, 6, 15))).isEqualTo(LifeStage.ADULT);
    assertThat(lea.lifeStageOn(LocalDate.of(2030, 1, 1))).isEqualTo(LifeStage.ADULT);
  }

  @Test
  void theDateOfBirthDecidesMinorOrAdultAndTheStatedStageWhatTheAgeDoesNot() {
    // given
    LocalDate birth = LocalDate.of(2020, 3, 1);
    Person youngChild = Person.builder().id(MemberId.of("p-1")).lifeStage(LifeStage.YOUNG_CHILD).birthDate(birth)
        .build();
    Person statedAdult = Person.builder().id(MemberId.of("p-2")).lifeStage(LifeStage.ADULT).birthDate(birth).build();
    Person supported = Person.builder().id(MemberId.of("p-3")).lifeStage(LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION)
        .birthDate(LocalDate.of(2007, 1, 10)).build();
    Person noBirthDate = Person.builder().id(MemberId.of("p-4")).lifeStage(LifeStage.MINOR).build();

    // when / then
    assertThat(youngChild.lifeStageOn(LocalDate.of(2026, 12, 1))).isEqualTo(LifeStage.YOUNG_CHILD);
    assertThat(youngChild.lifeStageOn(LocalDate.of(2038, 3, 1))).isEqualTo(LifeStage.ADULT);
    assertThat(statedAdult.lifeStageOn(LocalDate.of(2026, 12, 1))).isEqualTo(LifeStage.MINOR);
    assertThat(supported.lifeStageOn(LocalDate.of(2026, 12, 1))).isEqualTo(LifeStage.YOUNG_ADULT_IN_CHILD_PROTECTION);
    assertThat(supported.lifeStageOn(LocalDate.of(2024, 12, 1))).isEqualTo(LifeStage.MINOR);
    assertThat(noBirthDate.lifeStageOn(LocalDate.of(2090, 1, 1))).isEqualTo(LifeStage.MINOR);
    assertThat(LifeStage.MINOR).isEqualTo(Person.builder().id(MemberId.of("p-5"))
        .birthDate(LocalDate.MAX.minusYears(3)).build().lifeStageOn(LocalDate.MAX));
  }

  @Test
  void parentalAuthorityOnADateFollowsTheDateOfBirth() {
    // given: a father holding parental authority over a person who turns 18 on 15 June 2026
    Person lea = Person.builder().id(MemberId.of("p-lea")).lifeStage(LifeStage.MINOR)
        .birthDate(LocalDate.of(2008, 6, 15))
        .addRepresentatives(LegalRepresentative.of(MemberId.of("r-father"), RepresentationKind.PARENTAL_AUTHORITY))
        .build();

    // when / then
    assertThat(lea.holdersOfAuthorityOn(LocalDate.of(2026, 6, 14))).containsExactly(MemberId.of("r-father"));
    assertThat(lea.holdersOfAuthorityOn(LocalDate.of(2026, 6, 15))).isEmpty();
  }

  @Test
  void theDateOfBirthStaysOutOfToString() {
    // given
    Person lea = Person.builder().id(MemberId.of("p-lea")).birthDate(LocalDate.of(2008, 6, 15)).build();

    // when / then
    assertThat(lea.toString()).doesNotContain("2008");
  }
}
