package org.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.maillage.InvalidModelException;

import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;
import org.maillage.testing.Weighted;

/** Persons copy through their builder and speak with their representatives; life spheres take only codes. */
class PersonProperties {
  /** The syntax of a sphere code as its documentation states it, the oracle of the hand-written check. */
  private static final Pattern SPHERE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  @Property(tries = 100)
  void aCopyOfAPersonIsEqual(@ForAll("persons") Person person) {
    // given a generated person

    // when copied through the builder
    Person copy = Person.builder().from(person).build();

    // then the copy is equal, with the same hash code, and the person speaks with every representative
    assertThat(copy).isEqualTo(person).hasSameHashCodeAs(person).hasToString(person.toString());
    assertThat(copy.personAndRepresentatives()).hasSize(1 + person.representatives().size());
    person.agreements().forEach(a -> assertThat(person.personAndRepresentatives()).contains(a.by()));
  }

  @Property(tries = 500)
  void aSphereCodeIsAcceptedExactlyWhenItMatchesItsSyntax(@ForAll("sphereCodes") String code) {
    // given a text near the syntax of a sphere code: its characters, and upper-case, accented, blank and other ones

    // when a life sphere is made from it, then it is accepted exactly when the documented syntax matches
    if (SPHERE_CODE.matcher(code).matches()) {
      assertThat(LifeSphere.of(code).code()).isEqualTo(code);
      Statistics.label("accepted").collect("yes");
    } else {
      assertThatThrownBy(() -> LifeSphere.of(code)).isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("LifeSphere.code");
      Statistics.label("accepted").collect("no");
    }
    Statistics.label("accepted").coverage("yes", 20);
    Statistics.label("accepted").coverage("no", 20);
  }

  Gen<String> sphereCodes() {
    Gen<Character> codeCharacters = Gen.oneOf(Gen.chars('a', 'z'), Gen.chars('0', '9'), Gen.just('-'));
    Gen<Character> others = Gen.of('A', 'Z', ' ', '_', 'é', '\t', '{', '/', ':', '`');
    return Gen.frequencyOf(
        new Weighted<>(6, Gen.strings(codeCharacters).ofMinSize(1).ofMaxSize(12)),
        new Weighted<>(2, Gen.strings(Gen.frequencyOf(new Weighted<>(9, codeCharacters), new Weighted<>(1, others)))
            .ofMaxSize(12)),
        new Weighted<>(1, Gen.strings(codeCharacters).ofMinSize(62).ofMaxSize(66)));
  }

  Gen<Person> persons() {
    return NetworkGenerators.persons();
  }
}
