package org.maillage.core.rules.referent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.referent.ReferentFixtures.DATE;
import static org.maillage.core.rules.referent.ReferentFixtures.NETWORK;
import static org.maillage.core.rules.referent.ReferentFixtures.PERSON;
import static org.maillage.core.rules.referent.ReferentFixtures.network;
import static org.maillage.core.rules.referent.ReferentFixtures.professional;
import static org.maillage.core.rules.referent.ReferentFixtures.tie;
import static org.maillage.core.rules.referent.ReferentFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.network.Network;
import org.maillage.referent.ReferentDesignation;
import org.maillage.validation.Finding;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

/**
 * The référent rules on a network of many référents in force (<i>référents de proximité</i>), each judged on
 * their own designations and ties, whatever the others' (the shape of the probe that found them quadratic).
 */
class ReferentRulesManyReferentsTest {
  private static final int REFERENTS = 2000;

  /**
   * {@link #REFERENTS} professionals tied to the person, each designated référent twice in turn: the first
   * designation ended, the second in force; for the even ones the second ends in a month, for the odd ones it
   * is open.
   */
  private static Network manyReferents() {
    Network.Builder builder = network();
    for (int i = 0; i < REFERENTS; i++) {
      MemberId id = MemberId.of("pro-" + i);
      builder.addMember(professional(id.value()).build()).addTie(tie("t-" + i, id, PERSON));
    }
    for (int i = 0; i < REFERENTS; i++) {
      builder.addReferent(ReferentDesignation.of(MemberId.of("pro-" + i),
          Period.of(DATE.minusYears(1), DATE.minusMonths(6))));
    }
    for (int i = 0; i < REFERENTS; i++) {
      LocalDate start = DATE.minusMonths(6).plusDays(1);
      builder.addReferent(ReferentDesignation.of(MemberId.of("pro-" + i),
          i % 2 == 0 ? Period.of(start, DATE.plusMonths(1)) : Period.from(start)));
    }
    return builder.build();
  }

  @Test
  void permanenceNamesTheReferentsWhoseOwnDesignationEndsSoon() {
    // given
    Network network = manyReferents();

    // when
    ValidationReport report = validate(new ReferentPermanentRule(), network);

    // then every even référent, and only them, with the end of their own chain of designations
    assertThat(report.findings()).hasSize(REFERENTS / 2).allSatisfy(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.designation-ends");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("end", DATE.plusMonths(1), "months", 3));
    });
    assertThat(report.findings()).extracting(Finding::subject).doesNotHaveDuplicates()
        .contains(SubjectPath.of(NETWORK).member(MemberId.of("pro-0")),
            SubjectPath.of(NETWORK).member(MemberId.of("pro-1998")))
        .doesNotContain(SubjectPath.of(NETWORK).member(MemberId.of("pro-1")));
  }

  @Test
  void centralityNamesEachReferentOnce() {
    // given
    Network network = manyReferents();

    // when
    ValidationReport report = validate(new ReferentCentralRule(), network);

    // then each référent is tied to the person and to none of the 1,999 others
    assertThat(report.findings()).hasSize(REFERENTS).extracting(Finding::subject).doesNotHaveDuplicates();
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-CENTRAL.few-ties");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("tied", 0, "others", REFERENTS - 1));
    });
  }
}
