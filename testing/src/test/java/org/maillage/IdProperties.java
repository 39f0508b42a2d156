package org.maillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** The seven typed ids share one syntax: 1 to 64 characters, no space, no control character. */
class IdProperties {

  /**
   * An id type.
   *
   * @param name its simple name
   * @param factory its factory
   */
  private record IdType(String name, Function<String, ? extends Comparable<?>> factory) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Each id type, by its simple name, with its factory. */
  private static final List<IdType> TYPES = List.of(
      new IdType("MemberId", MemberId::of),
      new IdType("NetworkId", NetworkId::of),
      new IdType("OrganisationId", OrganisationId::of),
      new IdType("TieId", TieId::of),
      new IdType("MeetingId", MeetingId::of),
      new IdType("FlowId", FlowId::of),
      new IdType("ObjectiveId", ObjectiveId::of));

  @Property
  void everyValidKeyIsKeptAsGiven(@ForAll("types") IdType type, @ForAll("validKeys") String key) {
    // given a valid key

    // when an id of any type is made from it
    Object id = type.factory().apply(key);

    // then the id prints the key itself and equals another id made from it
    assertThat(id.toString()).isEqualTo(key);
    assertThat(id).isEqualTo(type.factory().apply(key)).hasSameHashCodeAs(type.factory().apply(key));
    Statistics.label("length").collect(key.length() == 64 ? "64" : key.length() == 1 ? "1" : "2..63");
  }

  @Property
  void everyInvalidKeyIsRejectedNamingTheType(@ForAll("types") IdType type, @ForAll("invalidKeys") String key) {
    // given a blank, too long, or spaced key

    // when an id is made from it, then it fails naming the type and quoting the key or its start
    String quoted = key.length() > QuotedInput.MAX_QUOTED ? "'" + QuotedInput.escape(key.substring(0, 16))
        : QuotedInput.quote(key);
    assertThatThrownBy(() -> type.factory().apply(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(type.name() + ": ")
        .hasMessageContaining(quoted);
    Statistics.label("kind").collect(key.isBlank() ? "blank" : key.length() > 64 ? "too long" : "space or control");
    Statistics.label("kind").coverage("blank", 10);
    Statistics.label("kind").coverage("too long", 10);
    Statistics.label("kind").coverage("space or control", 10);
  }

  @Property(tries = 100)
  void idsAreOrderedAsTheirKeys(@ForAll("validKeys") String a, @ForAll("validKeys") String b) {
    // given two keys

    // when member ids are compared
    int order = MemberId.of(a).compareTo(MemberId.of(b));

    // then they order as the keys do, consistently with equality
    assertThat(Integer.signum(order)).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(order == 0).isEqualTo(MemberId.of(a).equals(MemberId.of(b)));
    assertThat(Integer.signum(FlowId.of(a).compareTo(FlowId.of(b)))).isEqualTo(Integer.signum(order));
  }

  @Test
  void aKeyOfSixtyFiveCharactersIsRejectedWithItsLength() {
    // given a key one character too long
    String key = "k".repeat(65);

    // when an id is made, then the message gives the length and the limit
    assertThatThrownBy(() -> TieId.of(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TieId")
        .hasMessageContaining("65 characters")
        .hasMessageContaining("64");
    assertThat(TieId.of("k".repeat(64)).value()).hasSize(64);
  }

  @Test
  void aKeyWithASpaceIsRejectedWithItsPosition() {
    // given keys with a space, a tab and a control character
    // when ids are made, then each fails quoting the key and the index of the bad character
    assertThatThrownBy(() -> MemberId.of("m 42"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MemberId: value 'm 42'")
        .hasMessageContaining("index 1");
    assertThatThrownBy(() -> NetworkId.of("n-1\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 3");
    assertThatThrownBy(() -> OrganisationId.of("o\u0000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1");
  }

  @Test
  void aBlankOrNullKeyIsRejected() {
    // given an empty, a blank and a null key
    String none = null;

    // when ids are made, then blank keys give IllegalArgumentException and null gives NullPointerException
    assertThatThrownBy(() -> MeetingId.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MeetingId: value '' is blank");
    assertThatThrownBy(() -> ObjectiveId.of("   ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is blank");
    assertThatThrownBy(() -> FlowId.of(none)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("FlowId");
    assertThatThrownBy(() -> new MemberId(none)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("MemberId");
  }

  Gen<IdType> types() {
    return Gen.of(TYPES);
  }

  Gen<String> validKeys() {
    return NetworkGenerators.idKeys();
  }

  Gen<String> invalidKeys() {
    return NetworkGenerators.invalidIdKeys();
  }
}
