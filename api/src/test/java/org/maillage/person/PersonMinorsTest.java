package org.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;

class PersonMinorsTest {

  @Test
  void aMinorOfTheFamilyIsOneOnTheDayJudgedAndCarriesItsHolders() {
    // given
    MinorOfFamily noah = MinorOfFamily.builder().id(MemberId.of("c-noah")).birthDate(LocalDate.of(2019, 4, 2))
        .addHoldersOfParentalAuthority(MemberId.of("p-sarah")).build();
    Person sarah = Person.builder().id(MemberId.of("p-sarah")).addMinorsConcerned(noah).build();

    // when / then
    assertThat(sarah.minorsOfFamilyOn(LocalDate.of(2037, 4, 1))).extracting(Person::id)
        .containsExactly(MemberId.of("c-noah"));
    assertThat(sarah.minorsOfFamilyOn(LocalDate.of(2037, 4, 2))).isEmpty();
    assertThat(noah.asPerson().holdersOfAuthority()).containsExactly(MemberId.of("p-sarah"));
    assertThat(noah.toString()).doesNotContain("2019");
  }

  @Test
  void aMinorListedTwiceOrWithThePersonsIdIsRejectedWithItsPath() {
    // given
    MinorOfFamily self = MinorOfFamily.builder().id(MemberId.of("p-sarah")).build();

    // when / then
    assertThatThrownBy(() -> Person.builder().id(MemberId.of("p-sarah")).addMinorsConcerned(self).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("Person.minorsConcerned[0].id");
  }
}
