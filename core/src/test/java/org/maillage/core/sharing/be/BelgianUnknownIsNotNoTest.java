package org.maillage.core.sharing.be;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.MemberId;
import org.maillage.sharing.FactAnswer;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.MissingFact;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;
import org.maillage.sharing.be.BelgianFact;

/**
 * Unknown is not "no" (DOMAIN.md §4), under Belgian law: taking a recorded fact of a party's Belgian standing out
 * of the record never changes a decision into another definite answer. Either the decision stays the same (the
 * fact did not matter, or every recording of it gives the same answer), or it becomes incomplete, names that fact,
 * and lists among its answers the one the record gave.
 */
class BelgianUnknownIsNotNoTest {
  private static final List<BelgianFact> STANDING = List.of(BelgianFact.SECRECY_STANDING,
      BelgianFact.HEALTH_PROFESSIONAL, BelgianFact.YOUTH_AID_ROLE);

  static List<BelgianSituationsTest.Row> completeRows() {
    return BelgianSituationsTest.rows().filter(r -> r.outcome() != SharingOutcome.INCOMPLETE)
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("completeRows")
  void forgetting_a_standing_fact_keeps_the_answer_or_asks_for_that_fact(BelgianSituationsTest.Row row) {
    // given
    Scenario recorded = row.scenario().get();
    SharingDecision before = recorded.decide();
    InformationFlow flow = recorded.flowValue();
    List<MemberId> parties = new ArrayList<>();
    parties.add(flow.sender());
    parties.addAll(flow.recipients());
    int checked = 0;

    for (MemberId party : parties) {
      if (!recorded.isProfessional(party)) {
        continue;
      }
      for (BelgianFact fact : STANDING) {
        // when
        SharingDecision after = row.scenario().get().forget(fact, party).decide();
        checked++;

        // then
        if (after.outcome() != before.outcome()) {
          assertThat(after.outcome()).as("%s of %s forgotten", fact, party).isEqualTo(SharingOutcome.INCOMPLETE);
          MissingFact missing = after.missingFacts().stream()
              .filter(m -> m.kind() == fact && party.equals(m.about().orElse(null))).findFirst().orElse(null);
          assertThat(missing).as("%s of %s named", fact, party).isNotNull();
          assertThat(missing.answers().stream().map(FactAnswer::outcome)).as("answers for %s", fact)
              .contains(before.outcome());
        }
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void the_table_decides_at_every_step_of_the_procedure() {
    // given
    Set<BelgianStep> reached = EnumSet.noneOf(BelgianStep.class);

    // when
    BelgianSituationsTest.rows().forEach(row -> {
      String key = row.scenario().get().decide().decidingStep().value();
      for (BelgianStep step : BelgianStep.values()) {
        if (step.key().value().equals(key)) {
          reached.add(step);
        }
      }
    });

    // then
    assertThat(reached).containsExactlyInAnyOrder(BelgianStep.values());
  }

  @Test
  void the_table_reaches_every_regime_every_outcome_and_both_variants() {
    // when
    List<BelgianSituationsTest.Row> rows = BelgianSituationsTest.rows().collect(Collectors.toList());

    // then
    assertThat(rows.stream().map(BelgianSituationsTest.Row::regime).distinct())
        .containsExactlyInAnyOrder(org.maillage.sharing.be.BelgianRegime.values());
    assertThat(rows.stream().map(BelgianSituationsTest.Row::outcome).distinct())
        .containsExactlyInAnyOrder(SharingOutcome.values());
    assertThat(rows.stream().map(BelgianSituationsTest.Row::step))
        .anyMatch(s -> s.startsWith("be.youth.fwb.")).anyMatch(s -> s.startsWith("be.youth.flanders."));
  }
}
