package org.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;

/** Looking up a person's legal representatives (<i>représentants légaux</i>), and each party's records, by id. */
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

  @Test
  void eachPartysAgreementsAndViewsAreTheirsInOrder() {
    // given the person and her curator, each with agreements and views, interleaved
    MemberId curator = MemberId.of("r-curator");
    Agreement first = Agreement.of(LEA, LocalDate.of(2026, 1, 5));
    Agreement curators = Agreement.of(curator, LocalDate.of(2026, 1, 6));
    Agreement second = Agreement.of(LEA, LocalDate.of(2026, 3, 1));
    RecordedView view = RecordedView.of(curator, LocalDate.of(2026, 1, 7), Stance.FAVOURABLE);
    Person lea = Person.builder().id(LEA)
        .addRepresentative(LegalRepresentative.of(curator, RepresentationKind.CURATORSHIP))
        .addAgreements(first, curators, second).addView(view).build();

    // when
    // then
    assertThat(lea.agreementsBy(LEA)).containsExactly(first, second);
    assertThat(lea.agreementsBy(curator)).containsExactly(curators);
    assertThat(lea.viewsOf(curator)).containsExactly(view);
    assertThat(lea.viewsOf(LEA)).isEmpty();
    assertThat(lea.agreementsBy(MemberId.of("m-stranger"))).isEmpty();
  }
}
