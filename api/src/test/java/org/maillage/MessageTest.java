package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A message (<i>message</i>) made from a map, an immutable map or named values is one and the same message. */
class MessageTest {

  @Test
  void aMessageOfNamedValuesIsTheMessageOfTheirMap() {
    // given
    MemberId nadia = MemberId.of("pro-nadia");

    // when
    Message one = Message.of("REFERENT-CENTRAL.few-ties", "tied", 3);
    Message two = Message.of("REFERENT-CENTRAL.few-ties", "tied", 3, "referent", nadia);

    // then equal to the messages of the maps, arguments in the order given, with the same text
    Message oneOfMap = Message.of("REFERENT-CENTRAL.few-ties", Map.of("tied", 3));
    Message twoOfMap = Message.of("REFERENT-CENTRAL.few-ties", ImmutableMap.of("tied", 3, "referent", nadia));
    assertThat(one).isEqualTo(oneOfMap).hasSameHashCodeAs(oneOfMap).hasToString(oneOfMap.toString());
    assertThat(two).isEqualTo(twoOfMap).hasSameHashCodeAs(twoOfMap).hasToString(twoOfMap.toString());
    assertThat(two.arguments()).containsExactly(Map.entry("tied", 3), Map.entry("referent", nadia));
    assertThat(two.arguments()).isSameAs(two.arguments());
    assertThat(two.key()).isEqualTo("REFERENT-CENTRAL.few-ties");
  }

  @Test
  void anImmutableMapIsKeptAndAnyOtherMapCopiedInOrder() {
    // given
    ImmutableMap<String, Object> immutable = ImmutableMap.of("date", LocalDate.of(2026, 12, 1), "count", 2);
    Map<String, Object> mutable = new LinkedHashMap<>(immutable);

    // when
    Message kept = Message.of("GOV-REVIEW-DUE.overdue", immutable);
    Message copied = Message.of("GOV-REVIEW-DUE.overdue", mutable);
    mutable.put("count", 3);

    // then
    assertThat(kept.arguments()).isSameAs(immutable);
    assertThat(copied.arguments()).containsExactly(Map.entry("date", LocalDate.of(2026, 12, 1)),
        Map.entry("count", 2));
    assertThat(copied).isEqualTo(kept);
  }

  @Test
  void namedValuesAreCheckedAsTheArgumentsOfAMapAre() {
    // given
    // when
    // then
    assertThatThrownBy(() -> Message.of(" ", "tied", 3)).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Message.of("k", " ", 3)).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("a name is blank");
    assertThatThrownBy(() -> Message.of("k", "tied", new Object())).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("has type java.lang.Object");
    assertThatThrownBy(() -> Message.of("k", "tied", ImmutableMap.of("x", 1), "others", 2))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> Message.of("k", "tied", 1, "tied", 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is given twice");
    assertThatThrownBy(() -> Message.of("k", "tied", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("is null");
    assertThatThrownBy(() -> Message.of("k", ImmutableMap.of("tied", new Object())))
        .isInstanceOf(InvalidModelException.class);
  }
}
