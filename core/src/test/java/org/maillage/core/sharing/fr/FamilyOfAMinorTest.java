package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.sharing.fr.Scenario.ASE;
import static org.maillage.core.sharing.fr.Scenario.DAY;
import static org.maillage.core.sharing.fr.Scenario.EDUC;
import static org.maillage.core.sharing.fr.Scenario.FATHER;
import static org.maillage.core.sharing.fr.Scenario.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.person.MinorOfFamily;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.LegalReference;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.fr.FrenchRegime;

/**
 * CASF L226-2-2 covers "a member of a minor's family": an adult person whose minor children (or other minors of
 * the family the support concerns) are recorded falls within child protection.
 */
class FamilyOfAMinorTest {
  private static final MemberId CHILD = MemberId.of("c-noah");

  /** The ASE social worker tells the educator, to assess the situation, about the adult person. */
  private static Scenario aboutTheMother(MinorOfFamily child) {
    return Scenario.general().minorOfFamily(child)
        .flow(f -> f.sender(ASE).recipients(List.of(EDUC))
            .purpose(Purpose.of(PurposeKind.CHILD_SITUATION_ASSESSMENT, InformationCategory.EDUCATIONAL_ASSESSMENT))
            .categories(List.of(InformationCategory.EDUCATIONAL_ASSESSMENT)));
  }

  @Test
  void a_child_protection_exchange_about_an_adult_mother_of_a_minor_is_judged_under_casf_l226_2_2() {
    // given: the person, an adult, mother of a seven-year-old over whom she and the father hold parental authority
    Scenario scenario = aboutTheMother(MinorOfFamily.builder().id(CHILD).birthDate(DAY.minusYears(7))
        .addHoldersOfParentalAuthority(PERSON, FATHER).build());

    // when
    SharingDecision decision = scenario.decide();

    // then: the mother was told beforehand; the father and the child (by maturity) are owed the information
    assertThat(decision.regime()).isEqualTo(FrenchRegime.CHILD_PROTECTION);
    assertThat(decision.legalBasis()).extracting(LegalReference::label).contains("CASF L226-2-2");
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW_AFTER_INFORMING);
    assertThat(decision.addressees()).containsExactly(FATHER, CHILD);
  }

  @Test
  void once_the_child_comes_of_age_the_mother_is_no_longer_a_member_of_a_minors_family() {
    // given: the same child, 18 on the day of the flow
    Scenario scenario = aboutTheMother(MinorOfFamily.builder().id(CHILD).birthDate(DAY.minusYears(18))
        .addHoldersOfParentalAuthority(PERSON, FATHER).build());

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
  }

  @Test
  void an_adult_is_a_member_of_a_minors_family_only_when_a_minor_of_the_family_is_recorded() {
    // given: a minor recorded without holders of parental authority, and no minor recorded at all
    Scenario scenario = aboutTheMother(MinorOfFamily.builder().id(CHILD).birthDate(DAY.minusYears(7)).build());
    Scenario without = Scenario.general()
        .flow(f -> f.sender(ASE).recipients(List.of(EDUC))
            .purpose(Purpose.of(PurposeKind.CHILD_SITUATION_ASSESSMENT, InformationCategory.EDUCATIONAL_ASSESSMENT))
            .categories(List.of(InformationCategory.EDUCATIONAL_ASSESSMENT)));

    // when / then
    assertThat(scenario.decide().regime()).isEqualTo(FrenchRegime.CHILD_PROTECTION);
    assertThat(without.decide().regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
  }
}
