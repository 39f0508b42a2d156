package org.maillage.core.rules.person;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.person.PersonFixtures.DATE;
import static org.maillage.core.rules.person.PersonFixtures.PERSON;
import static org.maillage.core.rules.person.PersonFixtures.PERSON_PATH;
import static org.maillage.core.rules.person.PersonFixtures.around;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.person.PersonFixtures.personBuilder;
import static org.maillage.core.rules.person.PersonFixtures.primary;
import static org.maillage.core.rules.person.PersonFixtures.settings;
import static org.maillage.core.rules.person.PersonFixtures.validate;
import static org.maillage.core.rules.person.PersonFixtures.withoutPerson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.BasisKind;
import org.maillage.network.Network;
import org.maillage.network.NetworkBasis;
import org.maillage.person.Agreement;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.LifeStage;
import org.maillage.person.Person;
import org.maillage.person.RecordedView;
import org.maillage.person.RepresentationKind;
import org.maillage.person.Stance;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;

class PersonConsentRuleTest implements RuleContract {
  private static final MemberId MOTHER = MemberId.of("r-mother");
  private static final MemberId FATHER = MemberId.of("r-father");
  private static final MemberId GUARDIAN = MemberId.of("r-guardian");
  private static final NetworkBasis COURT_ORDER = NetworkBasis.of(BasisKind.COURT_ORDER, "TE-2026-118");

  public Rule rule() {
    return new PersonConsentRule();
  }

  private List<Finding> check(Person person) {
    return validate(rule(), around(person).build(), settings());
  }

  private List<Finding> checkUnderCourtOrder(Person person) {
    return validate(rule(), around(person).basis(COURT_ORDER).build(), settings());
  }

  private static Person.Builder youngChild() {
    return personBuilder().lifeStage(LifeStage.YOUNG_CHILD)
        .addRepresentatives(LegalRepresentative.of(MOTHER, RepresentationKind.PARENTAL_AUTHORITY),
            LegalRepresentative.of(FATHER, RepresentationKind.PARENTAL_AUTHORITY));
  }

  @Test
  void anAdultsAgreementInForceIsEnough() {
    // given
    Person person = personBuilder().addAgreement(Agreement.of(PERSON, DATE.minusMonths(2))).build();
    // when / then
    assertThat(check(person)).isEmpty();
  }

  @Test
  void noAgreementFiresOnThePerson() {
    // given
    Person person = personBuilder().build();
    // when
    List<Finding> findings = check(person);
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.person-missing");
      assertThat(f.arguments()).isEmpty();
    });
    assertRenders(rule(), findings);
  }

  @Test
  void anAgreementCountsFromTheDayItIsGiven() {
    // given
    Person onTheDate = personBuilder().addAgreement(Agreement.of(PERSON, DATE)).build();
    Person theDayAfter = personBuilder().addAgreement(Agreement.of(PERSON, DATE.plusDays(1))).build();
    // when / then
    assertThat(check(onTheDate)).isEmpty();
    assertThat(check(theDayAfter)).extracting(Finding::messageKey).containsExactly("PERSON-CONSENT.person-missing");
  }

  @Test
  void aWithdrawalOnOrBeforeTheDateEndsTheAgreement() {
    // given
    Person withdrawnOnTheDate = personBuilder().addAgreement(Agreement.builder().by(PERSON)
        .given(DATE.minusMonths(3)).withdrawn(DATE).build()).build();
    Person withdrawnLater = personBuilder().addAgreement(Agreement.builder().by(PERSON)
        .given(DATE.minusMonths(3)).withdrawn(DATE.plusDays(1)).build()).build();
    // when
    List<Finding> findings = check(withdrawnOnTheDate);
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.person-withdrawn");
      assertThat(f.arguments()).isEqualTo(Map.of("withdrawn", DATE));
    });
    assertRenders(rule(), findings);
    assertThat(check(withdrawnLater)).isEmpty();
  }

  @Test
  void aNewAgreementAfterAWithdrawalIsInForce() {
    // given
    Person person = personBuilder()
        .addAgreement(Agreement.builder().by(PERSON).given(DATE.minusMonths(5)).withdrawn(DATE.minusMonths(4)).build())
        .addAgreement(Agreement.of(PERSON, DATE.minusMonths(1))).build();
    // when / then
    assertThat(check(person)).isEmpty();
  }

  @Test
  void aRefusalInEffectFiresAndNamesItsDay() {
    // given a person who refused on the day before, and one who refused, then agreed later
    Person refused = personBuilder().addAgreement(Agreement.refusal(PERSON, DATE.minusDays(1))).build();
    Person agreedSince = personBuilder().addAgreement(Agreement.refusal(PERSON, DATE.minusMonths(2)))
        .addAgreement(Agreement.of(PERSON, DATE.minusMonths(1))).build();
    // when
    List<Finding> findings = check(refused);
    // then: the latest answer counts
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.person-refused");
      assertThat(f.arguments()).isEqualTo(Map.of("refused", DATE.minusDays(1)));
    });
    assertRenders(rule(), findings);
    assertThat(check(agreedSince)).isEmpty();
  }

  @Test
  void aLaterRefusalOverridesAnAgreementNotWithdrawnAndARefusalWinsOnTheSameDay() {
    // given an agreement followed by a refusal, and an agreement and a refusal of the same day
    Person laterRefusal = personBuilder().addAgreement(Agreement.of(PERSON, DATE.minusMonths(3)))
        .addAgreement(Agreement.refusal(PERSON, DATE.minusMonths(1))).build();
    Person sameDay = personBuilder().addAgreement(Agreement.of(PERSON, DATE.minusMonths(1)))
        .addAgreement(Agreement.refusal(PERSON, DATE.minusMonths(1))).build();
    Person refusalLifted = personBuilder().addAgreement(Agreement.of(PERSON, DATE.minusMonths(3)))
        .addAgreement(Agreement.builder().by(PERSON).given(DATE.minusMonths(2)).refused(true)
            .withdrawn(DATE.minusMonths(1)).build()).build();
    // when / then: a withdrawn refusal no longer stands, and the earlier agreement counts again
    assertThat(check(laterRefusal)).extracting(Finding::messageKey).containsExactly("PERSON-CONSENT.person-refused");
    assertThat(check(sameDay)).extracting(Finding::messageKey).containsExactly("PERSON-CONSENT.person-refused");
    assertThat(check(refusalLifted)).isEmpty();
  }

  @Test
  void aRelativesAgreementIsKeptButStandsForNoOne() {
    // given an adult whose aunt, a relative of the network who is not a representative, agreed
    Person person = personBuilder().addAgreement(Agreement.of(MemberId.of("m-aunt"), DATE.minusMonths(1))).build();
    // when
    List<Finding> findings = validate(rule(), around(person).addMember(primary("m-aunt")).build(), settings());
    // then
    assertThat(findings).extracting(Finding::messageKey).containsExactly("PERSON-CONSENT.person-missing");
  }

  @Test
  void aRepresentativesRefusalIsNamed() {
    // given an adult under guardianship who agreed, whose guardian refused
    Person person = personBuilder()
        .addRepresentative(LegalRepresentative.of(GUARDIAN, RepresentationKind.GUARDIANSHIP))
        .addAgreement(Agreement.of(PERSON, DATE.minusMonths(1)))
        .addAgreement(Agreement.refusal(GUARDIAN, DATE.minusDays(3))).build();
    // when
    List<Finding> findings = check(person);
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.representative-refused");
      assertThat(f.arguments()).isEqualTo(Map.of("representative", GUARDIAN, "refused", DATE.minusDays(3)));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void anAdultsGuardianMustAgreeToo() {
    // given
    Person person = personBuilder()
        .addRepresentative(LegalRepresentative.of(GUARDIAN, RepresentationKind.GUARDIANSHIP))
        .addAgreement(Agreement.of(PERSON, DATE.minusMonths(1))).build();
    // when
    List<Finding> findings = check(person);
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.representative-missing");
      assertThat(f.arguments()).isEqualTo(Map.of("representative", GUARDIAN));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aRepresentativesWithdrawalIsNamed() {
    // given
    Person person = personBuilder()
        .addRepresentative(LegalRepresentative.of(GUARDIAN, RepresentationKind.CURATORSHIP))
        .addAgreement(Agreement.of(PERSON, DATE.minusMonths(1)))
        .addAgreement(Agreement.builder().by(GUARDIAN).given(DATE.minusMonths(2)).withdrawn(DATE.minusDays(3)).build())
        .build();
    // when
    List<Finding> findings = check(person);
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.representative-withdrawn");
      assertThat(f.arguments()).containsExactly(Map.entry("representative", GUARDIAN),
          Map.entry("withdrawn", DATE.minusDays(3)));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aYoungChildNeedsEachHolderOfParentalAuthorityButNotTheirOwnAgreement() {
    // given
    Person both = youngChild().addAgreement(Agreement.of(MOTHER, DATE.minusMonths(1)))
        .addAgreement(Agreement.of(FATHER, DATE.minusMonths(1))).build();
    Person motherOnly = youngChild().addAgreement(Agreement.of(MOTHER, DATE.minusMonths(1))).build();
    // when
    List<Finding> findings = check(motherOnly);
    // then
    assertThat(check(both)).isEmpty();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.representative-missing");
      assertThat(f.arguments()).isEqualTo(Map.of("representative", FATHER));
    });
  }

  @Test
  void aYoungChildWithoutRecordedRepresentativeFires() {
    // given: even the child's own agreement does not suffice
    Person person = personBuilder().lifeStage(LifeStage.YOUNG_CHILD)
        .addAgreement(Agreement.of(PERSON, DATE.minusMonths(1))).build();
    // when
    List<Finding> findings = check(person);
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PERSON-CONSENT.no-representative");
    });
    assertRenders(rule(), findings);
  }

  @Test
  void anOlderMinorMustAgreeBesidesTheHolders() {
    // given
    Person person = youngChild().lifeStage(LifeStage.MINOR).addAgreement(Agreement.of(MOTHER, DATE.minusMonths(1)))
        .addAgreement(Agreement.of(FATHER, DATE.minusMonths(1))).build();
    // when / then
    assertThat(check(person)).extracting(Finding::messageKey).containsExactly("PERSON-CONSENT.person-missing");
  }

  @Test
  void everyMissingPartyIsReported() {
    // given
    Person person = youngChild().lifeStage(LifeStage.MINOR).build();
    // when / then
    assertThat(check(person)).extracting(Finding::messageKey).containsExactly("PERSON-CONSENT.person-missing",
        "PERSON-CONSENT.representative-missing", "PERSON-CONSENT.representative-missing");
  }

  @Test
  void underACourtOrderRecordedViewsStandInEvenOpposed() {
    // given
    Person person = personBuilder()
        .addRepresentative(LegalRepresentative.of(GUARDIAN, RepresentationKind.GUARDIANSHIP))
        .addView(RecordedView.of(PERSON, DATE.minusMonths(1), Stance.OPPOSED))
        .addView(RecordedView.of(GUARDIAN, DATE, Stance.RESERVED)).build();
    // when / then
    assertThat(checkUnderCourtOrder(person)).isEmpty();
    assertThat(check(person)).extracting(Finding::messageKey)
        .containsExactly("PERSON-CONSENT.person-missing", "PERSON-CONSENT.representative-missing");
  }

  @Test
  void aCourtOrderWhoseOrderHasExpiredNoLongerLetsRecordedViewsStandInForAgreement() {
    // given: the same views, under an order in force until the day before the date judged, then until that day
    Person person = personBuilder()
        .addRepresentative(LegalRepresentative.of(GUARDIAN, RepresentationKind.GUARDIANSHIP))
        .addView(RecordedView.of(PERSON, DATE.minusMonths(1), Stance.OPPOSED))
        .addView(RecordedView.of(GUARDIAN, DATE.minusDays(2), Stance.RESERVED)).build();
    NetworkBasis expired = COURT_ORDER.inForce(Period.of(DATE.minusYears(1), DATE.minusDays(1)));
    NetworkBasis inForce = COURT_ORDER.inForce(Period.of(DATE.minusYears(1), DATE));

    // when
    List<Finding> afterTheOrder = validate(rule(), around(person).basis(expired).build(), settings());
    List<Finding> underTheOrder = validate(rule(), around(person).basis(inForce).build(), settings());

    // then
    assertThat(underTheOrder).isEmpty();
    assertThat(afterTheOrder).extracting(Finding::messageKey)
        .containsExactly("PERSON-CONSENT.person-missing", "PERSON-CONSENT.representative-missing");
    assertThat(expired.isInForceOn(DATE)).isFalse();
    assertThat(COURT_ORDER.isInForceOn(DATE)).isTrue();
  }

  @Test
  void underACourtOrderMissingViewsFire() {
    // given: the person's view comes after the date, the guardian's is missing
    Person person = personBuilder()
        .addRepresentative(LegalRepresentative.of(GUARDIAN, RepresentationKind.GUARDIANSHIP))
        .addAgreement(Agreement.of(PERSON, DATE.minusMonths(1)))
        .addView(RecordedView.of(PERSON, DATE.plusDays(1), Stance.FAVOURABLE)).build();
    // when
    List<Finding> findings = checkUnderCourtOrder(person);
    // then: an agreement is no view
    assertThat(findings).extracting(Finding::messageKey)
        .containsExactly("PERSON-CONSENT.person-view-missing", "PERSON-CONSENT.representative-view-missing");
    assertThat(findings.get(1).arguments()).isEqualTo(Map.of("representative", GUARDIAN));
    assertThat(findings).allSatisfy(f -> assertThat((Object) f.subject()).isEqualTo(PERSON_PATH));
    assertRenders(rule(), findings);
  }

  @Test
  void underACourtOrderAYoungChildsHoldersAreHeard() {
    // given
    Person heard = youngChild().addView(RecordedView.of(MOTHER, DATE.minusDays(1), Stance.OPPOSED))
        .addView(RecordedView.of(FATHER, DATE.minusDays(1), Stance.FAVOURABLE)).build();
    Person fatherUnheard = youngChild().addView(RecordedView.of(MOTHER, DATE.minusDays(1), Stance.OPPOSED)).build();
    // when / then
    assertThat(checkUnderCourtOrder(heard)).isEmpty();
    assertThat(checkUnderCourtOrder(fatherUnheard)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).isEqualTo(Map.of("representative", FATHER)));
  }

  @Test
  void aProfessionalsCourtMandateIsNotTheNetworksBasis() {
    // given
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of("pro-1")).sector(Sector.CHILD_PROTECTION).horizon(Horizon.MIDDLE)
        .mandate(Mandate.of(MandateKind.COURT_ORDER, "TE-2026-118")).involvedFrom(DATE.minusMonths(2));
    Person person = personBuilder().addView(RecordedView.of(PERSON, DATE.minusDays(1), Stance.OPPOSED)).build();
    Network network = around(person).addMember(b.build()).basis(NetworkBasis.agreement()).build();
    // when / then
    assertThat(validate(rule(), network, settings())).extracting(Finding::messageKey)
        .containsExactly("PERSON-CONSENT.person-missing");
  }

  @Test
  void silentWithoutFocalPerson() {
    // given
    Network network = withoutPerson().build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  /** Every number of holders from 1 to 6 with every set of agreeing indexes among 0 to 5 (64 sets). */
  static Stream<Arguments> holdersAndAgreeing() {
    return IntStream.rangeClosed(1, 6).boxed().flatMap(holders -> IntStream.range(0, 1 << 6).mapToObj(bits -> {
      Set<Integer> agreeing = new TreeSet<>();
      for (int i = 0; i < 6; i++) {
        if ((bits & (1 << i)) != 0) {
          agreeing.add(i);
        }
      }
      return Arguments.of(holders, agreeing);
    }));
  }

  @ParameterizedTest(name = "{0} holders, {1} agreeing")
  @MethodSource("holdersAndAgreeing")
  void aYoungChildGetsOneFindingPerHolderWhoHasNotAgreed(int holders, Set<Integer> agreeing) {
    // given
    Person.Builder b = personBuilder().lifeStage(LifeStage.YOUNG_CHILD);
    List<MemberId> missing = new ArrayList<>();
    for (int i = 0; i < holders; i++) {
      MemberId holder = MemberId.of("r-" + i);
      b.addRepresentative(LegalRepresentative.of(holder, RepresentationKind.PARENTAL_AUTHORITY));
      if (agreeing.contains(i)) {
        b.addAgreement(Agreement.of(holder, DATE.minusDays(i)));
      } else {
        missing.add(holder);
      }
    }
    // when
    List<Finding> findings = check(b.build());
    // then
    assertThat(findings).extracting(f -> f.arguments().get("representative"))
        .containsExactlyInAnyOrderElementsOf(missing);
  }
}
