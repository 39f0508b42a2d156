package org.maillage.core.rules.person;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.person.PersonFixtures.DATE;
import static org.maillage.core.rules.person.PersonFixtures.PERSON_PATH;
import static org.maillage.core.rules.person.PersonFixtures.around;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.person.PersonFixtures.personBuilder;
import static org.maillage.core.rules.person.PersonFixtures.settings;
import static org.maillage.core.rules.person.PersonFixtures.validate;
import static org.maillage.core.rules.person.PersonFixtures.withoutPerson;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.ValidationSettings;

class PersonMultipleNeedsRuleTest implements RuleContract {

  public Rule rule() {
    return new PersonMultipleNeedsRule();
  }

  private static Network withNeedsIn(int spheres) {
    Person.Builder b = personBuilder();
    for (int i = 0; i < spheres; i++) {
      b.addNeed(Need.of(LifeSphere.standard().get(i)));
    }
    return around(b.build()).build();
  }

  @Test
  void needsInOneSphereFire() {
    // given: two needs, one sphere
    Network network = around(personBuilder().addNeed(Need.of(LifeSphere.HOUSING))
        .addNeed(Need.of(LifeSphere.HOUSING)).build()).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat((Object) f.subject()).isEqualTo(PERSON_PATH);
      assertThat(f.messageKey()).isEqualTo("PERSON-MULTIPLE-NEEDS.few-spheres");
      assertThat(f.arguments()).containsExactly(Map.entry("spheres", 1), Map.entry("minimum", 2));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void twoSpheresAreSilentByDefault() {
    // given / when / then
    assertThat(validate(rule(), withNeedsIn(2), settings())).isEmpty();
    assertThat(validate(rule(), withNeedsIn(3), settings())).isEmpty();
  }

  @Test
  void noNeedFiresItsOwnMessage() {
    // given
    Network network = withNeedsIn(0);
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("PERSON-MULTIPLE-NEEDS.no-needs");
      assertThat(f.arguments()).isEqualTo(Map.of("minimum", 2));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aChangedMinimumIsHonoured() {
    // given
    ValidationSettings three = ValidationSettings.builder().date(DATE).multipleNeedsSpheres(3).build();
    // when / then: just below, at and just above the minimum
    assertThat(validate(rule(), withNeedsIn(2), three)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly(Map.entry("spheres", 2), Map.entry("minimum", 3)));
    assertThat(validate(rule(), withNeedsIn(3), three)).isEmpty();
    assertThat(validate(rule(), withNeedsIn(4), three)).isEmpty();
  }

  /** Every number of spheres from 0 to 10 with every minimum from 1 to 10. */
  static Stream<Arguments> spheresAndMinimums() {
    return IntStream.rangeClosed(0, 10).boxed()
        .flatMap(spheres -> IntStream.rangeClosed(1, 10).mapToObj(minimum -> Arguments.of(spheres, minimum)));
  }

  @ParameterizedTest(name = "{0} spheres, minimum {1}")
  @MethodSource("spheresAndMinimums")
  void firesExactlyBelowTheMinimum(int spheres, int minimum) {
    // given
    ValidationSettings settings = ValidationSettings.builder().date(DATE).multipleNeedsSpheres(minimum).build();
    // when
    List<Finding> findings = validate(rule(), withNeedsIn(spheres), settings);
    // then
    assertThat(findings).hasSize(spheres < minimum ? 1 : 0);
  }

  @Test
  void silentWithoutFocalPerson() {
    // given
    Network network = withoutPerson().build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }
}
