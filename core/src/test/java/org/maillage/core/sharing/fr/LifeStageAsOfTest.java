package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.sharing.fr.Scenario.DAY;

import org.junit.jupiter.api.Test;
import org.maillage.person.LifeStage;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.fr.FrenchRegime;

/**
 * DOMAIN.md §4: the person's life stage is judged as of the flow's date, from the date of birth where it is
 * recorded: a person is a minor the day before their eighteenth birthday and an adult on it.
 */
class LifeStageAsOfTest {

  @Test
  void child_protection_applies_the_day_before_the_eighteenth_birthday_and_not_on_it() {
    // given: the child-protection exchange of the fixture, about a person stated a minor, born 18 years before
    // the day after the flow, then 18 years before the day of the flow
    Scenario dayBefore = Scenario.childProtection().bornOn(DAY.plusDays(1).minusYears(18));
    Scenario birthday = Scenario.childProtection().bornOn(DAY.minusYears(18));

    // when
    SharingDecision minor = dayBefore.decide();
    SharingDecision adult = birthday.decide();

    // then
    assertThat(dayBefore.person().lifeStageOn(DAY)).isEqualTo(LifeStage.MINOR);
    assertThat(minor.regime()).isEqualTo(FrenchRegime.CHILD_PROTECTION);
    assertThat(birthday.person().lifeStageOn(DAY)).isEqualTo(LifeStage.ADULT);
    assertThat(adult.regime()).isEqualTo(FrenchRegime.SHARED_SECRECY);
    assertThat(adult.reasons()).anySatisfy(m -> assertThat(m.key())
        .isEqualTo("child-protection.person-out-of-scope"));
  }

  @Test
  void a_person_stated_an_adult_but_born_sixteen_years_ago_is_a_minor() {
    // given: the stated stage is stale, the date of birth is not
    Scenario scenario = Scenario.childProtection().stage(LifeStage.ADULT).bornOn(DAY.minusYears(16));

    // when
    SharingDecision decision = scenario.decide();

    // then: the child and both parents are owed the information, as for any minor
    assertThat(decision.regime()).isEqualTo(FrenchRegime.CHILD_PROTECTION);
    assertThat(decision.isAllowed()).isTrue();
  }
}
