package org.maillage.core.rules.person;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.person.PersonFixtures.PERSON_PATH;
import static org.maillage.core.rules.person.PersonFixtures.around;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.person.PersonFixtures.personBuilder;
import static org.maillage.core.rules.person.PersonFixtures.settings;
import static org.maillage.core.rules.person.PersonFixtures.validate;
import static org.maillage.core.rules.person.PersonFixtures.withoutPerson;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Strength;
import org.maillage.person.StrengthKind;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;

class PersonStrengthsRuleTest implements RuleContract {

  public Rule rule() {
    return new PersonStrengthsRule();
  }

  @Test
  void firesWhenOnlyNeedsAreRecorded() {
    // given
    var network = around(personBuilder().addNeed(Need.of(LifeSphere.HOUSING)).build()).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PERSON-STRENGTHS.none");
      assertThat(f.arguments()).isEmpty();
    });
    assertRenders(rule(), findings);
  }

  @ParameterizedTest
  @EnumSource(StrengthKind.class)
  void anyKindOfStrengthSilencesIt(StrengthKind kind) {
    // given
    var network = around(personBuilder().addStrength(Strength.builder().kind(kind).build()).build()).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void silentWithoutFocalPerson() {
    // given
    var network = withoutPerson().build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }
}
