package org.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;

/** Persons copy through their builder and speak with their representatives. */
class PersonProperties {

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

  Gen<Person> persons() {
    return NetworkGenerators.persons();
  }
}
