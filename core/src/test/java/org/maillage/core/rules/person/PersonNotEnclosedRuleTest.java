package org.maillage.core.rules.person;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.person.PersonFixtures.DATE;
import static org.maillage.core.rules.person.PersonFixtures.PERSON_PATH;
import static org.maillage.core.rules.person.PersonFixtures.around;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.person.PersonFixtures.personBuilder;
import static org.maillage.core.rules.person.PersonFixtures.primary;
import static org.maillage.core.rules.person.PersonFixtures.professional;
import static org.maillage.core.rules.person.PersonFixtures.settings;
import static org.maillage.core.rules.person.PersonFixtures.supports;
import static org.maillage.core.rules.person.PersonFixtures.validate;
import static org.maillage.core.rules.person.PersonFixtures.withoutPerson;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.ValidationSettings;

class PersonNotEnclosedRuleTest implements RuleContract {
  private static final Person HOUSING_AND_INCOME = personBuilder().addNeed(Need.of(LifeSphere.HOUSING))
      .addNeed(Need.of(LifeSphere.INCOME)).build();

  public Rule rule() {
    return new PersonNotEnclosedRule();
  }

  private static Network withProfessionals(int count) {
    Network.Builder b = around(personBuilder().build());
    for (int i = 0; i < count; i++) {
      b.addMember(professional("pro-" + i));
    }
    return b.build();
  }

  @Test
  void moreThanEightProfessionalsFire() {
    // given
    Network network = withProfessionals(9);
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PERSON-NOT-ENCLOSED.too-many");
      assertThat(f.arguments()).containsExactly(Map.entry("professionals", 9), Map.entry("limit", 8));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void eightOrSevenProfessionalsAreSilent() {
    // given / when / then
    assertThat(validate(rule(), withProfessionals(8), settings())).isEmpty();
    assertThat(validate(rule(), withProfessionals(7), settings())).isEmpty();
  }

  @Test
  void aChangedLimitIsHonoured() {
    // given
    ValidationSettings four = ValidationSettings.builder().date(DATE).maxProfessionals(4).build();
    // when / then
    assertThat(validate(rule(), withProfessionals(3), four)).isEmpty();
    assertThat(validate(rule(), withProfessionals(4), four)).isEmpty();
    assertThat(validate(rule(), withProfessionals(5), four)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly(Map.entry("professionals", 5), Map.entry("limit", 4)));
  }

  @Test
  void professionalsWhoLeftDoNotCount() {
    // given: nine professionals, one of whom left the day before
    Professional.Builder left = Professional.builder();
    left.id(MemberId.of("pro-left")).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .addInvolvements(Period.of(DATE.minusMonths(3), DATE.minusDays(1)));
    Network.Builder b = around(personBuilder().build()).addMember(left.build());
    for (int i = 0; i < 8; i++) {
      b.addMember(professional("pro-" + i));
    }
    // when / then
    assertThat(validate(rule(), b.build(), settings())).isEmpty();
  }

  @Test
  void professionalsCoveringEveryNeedWithoutPrimaryMemberFire() {
    // given
    Network network = around(HOUSING_AND_INCOME).addMember(professional("pro-1", LifeSphere.HOUSING))
        .addMember(professional("pro-2", LifeSphere.INCOME, LifeSphere.HEALTH)).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PERSON-NOT-ENCLOSED.covered-without-primary");
      assertThat(f.arguments()).containsExactly(Map.entry("spheres", 2), Map.entry("professionals", 2));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aMobilisedPrimaryMemberSilencesTheCoverage() {
    // given
    Network network = around(HOUSING_AND_INCOME).addMember(professional("pro-1", LifeSphere.HOUSING))
        .addMember(professional("pro-2", LifeSphere.INCOME)).addMember(primary("m-sister"))
        .addTie(supports("t-1", "m-sister")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void aPrimaryMemberWhoGivesNothingDoesNotSilenceIt() {
    // given
    Network network = around(HOUSING_AND_INCOME).addMember(professional("pro-1", LifeSphere.HOUSING))
        .addMember(professional("pro-2", LifeSphere.INCOME)).addMember(primary("m-sister")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).extracting(Finding::messageKey)
        .containsExactly("PERSON-NOT-ENCLOSED.covered-without-primary");
  }

  @Test
  void aSphereLeftUncoveredIsSilent() {
    // given
    Network network = around(HOUSING_AND_INCOME).addMember(professional("pro-1", LifeSphere.HOUSING)).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void aPersonWithoutNeedsIsNotCovered() {
    // given
    Network network = around(personBuilder().build()).addMember(professional("pro-1", LifeSphere.HOUSING)).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void bothConditionsMayFire() {
    // given
    Network.Builder b = around(HOUSING_AND_INCOME);
    for (int i = 0; i < 9; i++) {
      b.addMember(professional("pro-" + i, LifeSphere.HOUSING, LifeSphere.INCOME));
    }
    // when / then
    assertThat(validate(rule(), b.build(), settings())).extracting(Finding::messageKey)
        .containsExactly("PERSON-NOT-ENCLOSED.covered-without-primary", "PERSON-NOT-ENCLOSED.too-many");
  }

  @Test
  void silentWithoutFocalPerson() {
    // given
    Network.Builder b = withoutPerson();
    for (int i = 0; i < 12; i++) {
      b.addMember(professional("pro-" + i));
    }
    // when / then
    assertThat(validate(rule(), b.build(), settings())).isEmpty();
  }
}
