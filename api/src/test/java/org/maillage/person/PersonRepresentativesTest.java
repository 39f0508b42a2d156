package org.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maillage.MemberId;

/** Looking up a person's legal representatives (<i>représentants légaux</i>) by id. */
class PersonRepresentativesTest {
  private static final MemberId LEA = MemberId.of("u-lea");

  @Test
  void eachRepresentativeIsFoundByIdAndNobodyElse() {
    // given a child with many recorded holders of parental authority (a case system's hostile record)
    Person.Builder builder = Person.builder().id(LEA).lifeStage(LifeStage.MINOR);
    for (int i = 0; i < 500; i++) {
      builder.addRepresentative(LegalRepresentative.of(MemberId.of("m-holder-" + i),
          RepresentationKind.PARENTAL_AUTHORITY));
    }
    Person lea = builder.build();

    // when
    // then every representative is found as recorded; the child herself and a stranger are not representatives
    for (LegalRepresentative r : lea.representatives()) {
      assertThat(lea.representative(r.id())).contains(r);
    }
    assertThat(lea.representative(LEA)).isEmpty();
    assertThat(lea.representative(MemberId.of("m-stranger"))).isEmpty();
  }
}
