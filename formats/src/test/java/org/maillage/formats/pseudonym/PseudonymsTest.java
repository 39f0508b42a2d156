package org.maillage.formats.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

  @Test
  void a_hundred_thousand_ids_get_a_hundred_thousand_pseudonyms_without_collision() {
    // given the pseudonyms of one transform
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymiserProperties.KEY, Pseudonymiser.PSEUDONYM_LENGTH);

    // when 100,000 distinct ids are pseudonymised
    Set<String> given = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      given.add(pseudonyms.of("m", "member-" + i));
    }

    // then they are all distinct, and none needed a second draw
    assertThat(given).hasSize(100_000);
    assertThat(pseudonyms.collisions()).isZero();
  }

  @Test
  void a_collision_is_detected_resolved_and_counted() {
    // given pseudonyms of one base32 character: 32 possible
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymiserProperties.KEY, 1);

    // when 32 ids are pseudonymised
    Set<String> given = new HashSet<>();
    for (int i = 0; i < 32; i++) {
      given.add(pseudonyms.of("m", "id-" + i));
    }

    // then each has its own pseudonym, the same one when asked again, and the collisions were counted
    assertThat(given).hasSize(32);
    assertThat(pseudonyms.of("m", "id-7")).isEqualTo(pseudonyms.of("m", "id-7"));
    assertThat(pseudonyms.collisions()).isPositive();
  }

  @Test
  void an_exhausted_space_is_an_error_not_a_silent_merge() {
    // given pseudonyms of one character, all taken
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymiserProperties.KEY, 1);
    for (int i = 0; i < 32; i++) {
      pseudonyms.of("m", "id-" + i);
    }

    // when one more id comes, then the transform fails, naming the kind and not the id
    assertThatThrownBy(() -> pseudonyms.of("m", "id-32")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'m'").hasMessageNotContaining("id-32");
  }

  @Test
  void kinds_are_apart_and_the_prefix_names_the_type_only() {
    // given one value used as a member id and as a tie id
    Pseudonyms pseudonyms = new Pseudonyms(PseudonymiserProperties.KEY, Pseudonymiser.PSEUDONYM_LENGTH);

    // when both are pseudonymised
    String member = pseudonyms.of("m", "mother-1");
    String tie = pseudonyms.of("t", "mother-1");

    // then the pseudonyms differ beyond the prefix, and neither carries the original's words
    assertThat(member.substring(2)).isNotEqualTo(tie.substring(2));
    assertThat(member).startsWith("m-").doesNotContain("mother");
  }

  @Test
  void a_shift_past_the_calendars_bounds_stays_on_them() {
    // given the bounds of the calendar, when they are shifted outward, then they stay; inside, the days move
    assertThat(Pseudonymiser.shift(java.time.LocalDate.MAX, 1_461)).isEqualTo(java.time.LocalDate.MAX);
    assertThat(Pseudonymiser.shift(java.time.LocalDate.MIN, -1_461)).isEqualTo(java.time.LocalDate.MIN);
    assertThat(Pseudonymiser.shift(java.time.LocalDate.of(2024, 2, 29), 1_461))
        .isEqualTo(java.time.LocalDate.of(2028, 2, 29));
  }

  @Test
  void the_key_never_shows() {
    // given a transform, when it is printed, then only its date treatment shows
    assertThat(Pseudonymiser.builder().key(PseudonymiserProperties.KEY).build().toString())
        .isEqualTo("Pseudonymiser[dates=KEEP]");
  }
}
