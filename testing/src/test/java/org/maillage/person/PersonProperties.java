package org.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.maillage.testing.MaillageDomain;

@Domain(MaillageDomain.class)
class PersonProperties {

  @Property(tries = 100)
  void aCopyOfAPersonIsEqual(@ForAll Person person) {
    // given a generated person

    // when copied through the builder
    Person copy = Person.builder().from(person).build();

    // then the copy is equal, with the same hash code, and the person speaks with every representative
    assertThat(copy).isEqualTo(person).hasSameHashCodeAs(person).hasToString(person.toString());
    assertThat(copy.personAndRepresentatives()).hasSize(1 + person.representatives().size());
    person.agreements().forEach(a -> assertThat(person.personAndRepresentatives()).contains(a.by()));
  }
}
