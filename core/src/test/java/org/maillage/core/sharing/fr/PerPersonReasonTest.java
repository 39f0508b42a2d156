package org.maillage.core.sharing.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.sharing.fr.Scenario.FATHER;
import static org.maillage.core.sharing.fr.Scenario.GUARDIAN;
import static org.maillage.core.sharing.fr.Scenario.MOTHER;
import static org.maillage.core.sharing.fr.Scenario.PERSON;

import org.junit.jupiter.api.Test;
import org.maillage.Message;
import org.maillage.person.RepresentationKind;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.NotInformedReason;
import org.maillage.sharing.ReportKind;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingOutcome;

/**
 * DOMAIN.md §4: the reason for not informing is recorded for each person owed the information (urgency, against
 * the child's interest); it waives the information owed to that person only.
 */
class PerPersonReasonTest {

  @Test
  void against_the_childs_interest_to_inform_the_father_the_mother_is_still_owed_the_information() {
    // given: a concern about a child; informing the father would be against the child's interest
    Scenario scenario = Scenario.report(ReportKind.CHILD_CONCERN)
        .flow(f -> f.putNotInformedReason(FATHER, NotInformedReason.AGAINST_CHILD_INTEREST));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW_AFTER_INFORMING);
    assertThat(decision.addressees()).containsExactly(MOTHER);
    assertThat(decision.reasons()).extracting(Message::key).contains("child-interest.waived-for");
  }

  @Test
  void the_mother_informed_and_the_father_not_to_be_the_concern_may_go() {
    // given
    Scenario scenario = Scenario.report(ReportKind.CHILD_CONCERN)
        .tell(MOTHER, InformingSubject.NATURE_OF_INFORMATION)
        .flow(f -> f.putNotInformedReason(FATHER, NotInformedReason.AGAINST_CHILD_INTEREST));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW);
  }

  @Test
  void an_urgency_recorded_for_the_person_does_not_waive_what_her_guardian_is_owed() {
    // given: the person under guardianship, neither told; an urgency recorded for the person only
    Scenario scenario = Scenario.general().representative(GUARDIAN, RepresentationKind.GUARDIANSHIP)
        .clearInformings()
        .flow(f -> f.putNotInformedReason(PERSON, NotInformedReason.URGENCY));

    // when
    SharingDecision decision = scenario.decide();

    // then
    assertThat(decision.outcome()).isEqualTo(SharingOutcome.ALLOW_AFTER_INFORMING);
    assertThat(decision.addressees()).containsExactly(GUARDIAN);
    assertThat(decision.reasons()).extracting(Message::key).contains("general.step8.urgency-for");
  }

  @Test
  void an_urgency_recorded_for_everyone_owed_waives_it_as_the_flows_reason_does() {
    // given
    Scenario perPerson = Scenario.general().representative(GUARDIAN, RepresentationKind.GUARDIANSHIP)
        .clearInformings().flow(f -> f.putNotInformedReason(PERSON, NotInformedReason.URGENCY)
            .putNotInformedReason(GUARDIAN, NotInformedReason.URGENCY));
    Scenario forTheFlow = Scenario.general().representative(GUARDIAN, RepresentationKind.GUARDIANSHIP)
        .clearInformings().flow(f -> f.notInformedReason(NotInformedReason.URGENCY));

    // when / then
    assertThat(perPerson.decide().outcome()).isEqualTo(SharingOutcome.ALLOW);
    assertThat(forTheFlow.decide().outcome()).isEqualTo(SharingOutcome.ALLOW);
    assertThat(perPerson.decide().decidingStep()).isEqualTo(forTheFlow.decide().decidingStep());
  }
}
