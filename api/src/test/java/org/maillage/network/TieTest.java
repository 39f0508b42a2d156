package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.TieId;

class TieTest {
  private static final MemberId AUNT = MemberId.of("m-aunt");
  private static final MemberId LEA = MemberId.of("u-lea");
  private static final MemberId STRANGER = MemberId.of("m-stranger");

  private static Tie tie() {
    return Tie.builder().id(TieId.of("t-1")).first(AUNT).second(LEA).nature(TieNature.AFFECTIVE)
        .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST)
        .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_SECOND)
        .putSupport(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL)
        .build();
  }

  @Test
  void eachEndGivesWhatFlowsFromItAndWhatIsMutual() {
    // given a tie where the aunt supports Léa emotionally, Léa helps her in practice, and both keep company
    Tie tie = tie();

    // when the supports given by each end are read
    // then each gives its own direction's supports and the mutual one
    assertThat(tie.givenBy(AUNT)).containsExactlyInAnyOrder(SupportType.EMOTIONAL, SupportType.COMPANIONSHIP);
    assertThat(tie.givenBy(LEA)).containsExactlyInAnyOrder(SupportType.PRACTICAL, SupportType.COMPANIONSHIP);
    assertThat(tie.givenBy(AUNT)).doesNotContain(SupportType.PRACTICAL);
  }

  @Test
  void eachEndReceivesWhatTheOtherGives() {
    // given the same tie
    Tie tie = tie();

    // when the supports received are read, then they are what the other end gives
    assertThat(tie.receivedBy(LEA)).containsExactlyInAnyOrderElementsOf(tie.givenBy(AUNT));
    assertThat(tie.receivedBy(AUNT)).containsExactlyInAnyOrderElementsOf(tie.givenBy(LEA));
    assertThat(tie.receivedBy(LEA)).doesNotContain(SupportType.PRACTICAL);
  }

  @Test
  void someoneOutsideTheTieGivesAndReceivesNothing() {
    // given the same tie and an individual not at its ends
    Tie tie = tie();

    // when asked about that individual, then nothing is given or received, and there is no other end
    assertThat(tie.givenBy(STRANGER)).isEmpty();
    assertThat(tie.receivedBy(STRANGER)).isEmpty();
    assertThat(tie.involves(STRANGER)).isFalse();
    assertThatThrownBy(() -> tie.other(STRANGER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'t-1'")
        .hasMessageContaining("'m-stranger'");
  }

  @Test
  void aTieWithoutSupportGivesNothingAndHasNoMultiplexity() {
    // given a conflict tie with no support
    Tie conflict = Tie.builder().id(TieId.of("t-2")).first(AUNT).second(LEA).nature(TieNature.CONFLICT)
        .quality(TieQuality.STRESSFUL).build();

    // when read, then no end gives or receives, and the multiplexity is zero
    assertThat(conflict.givenBy(AUNT)).isEmpty();
    assertThat(conflict.receivedBy(LEA)).isEmpty();
    assertThat(conflict.multiplexity()).isZero();
    assertThat(tie().multiplexity()).isEqualTo(3);
  }

  @Test
  void theEndsAndTheirOppositesAreKnown() {
    // given the tie
    Tie tie = tie();

    // when its ends are asked, then each end's opposite is the other, and quality defaults to ordinary
    assertThat(tie.involves(AUNT)).isTrue();
    assertThat(tie.involves(LEA)).isTrue();
    assertThat(tie.other(AUNT)).isEqualTo(LEA);
    assertThat(tie.other(LEA)).isEqualTo(AUNT);
    assertThat(tie.quality()).isEqualTo(TieQuality.ORDINARY);
  }

  @Test
  void aRequiredPartLeftOutOrNullIsRejected() {
    // given a tie builder without a nature, and a null end

    // when built, then it fails naming the missing attribute, and null is refused at once
    assertThatThrownBy(() -> Tie.builder().id(TieId.of("t-3")).first(AUNT).second(LEA).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("Tie.nature");
    MemberId none = null;
    assertThatThrownBy(() -> Tie.builder().first(none)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Tie.first");
  }
}
