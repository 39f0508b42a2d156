package org.maillage.core.rules.sharing;

import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.assertRenders;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.validate;
import static org.maillage.core.sharing.fr.Scenario.AFTER;
import static org.maillage.core.sharing.fr.Scenario.DAY;
import static org.maillage.core.sharing.fr.Scenario.FLOW;
import static org.maillage.core.sharing.fr.Scenario.MOTHER;
import static org.maillage.core.sharing.fr.Scenario.PERSON;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.NetworkId;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.person.LifeStage;
import org.maillage.sharing.Informing;
import org.maillage.sharing.InformingSubject;
import org.maillage.sharing.NotInformedReason;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class ShareWithNotAboutRuleTest implements RuleContract {

  public Rule rule() {
    return new ShareWithNotAboutRule();
  }

  private static Informing toldAfter(java.time.LocalDate date) {
    return Informing.builder().informed(PERSON).date(date).flow(FLOW)
        .addSubject(InformingSubject.NATURE_OF_INFORMATION).build();
  }

  @Test
  void fires_when_the_person_was_neither_present_nor_told() {
    // given
    Scenario scenario = Scenario.general().clearInformings();

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NetworkId.of("n-lea")).flow(FLOW));
      assertThat(f.messageKey()).isEqualTo("SHARE-WITH-NOT-ABOUT.not-informed");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("flow", FLOW, "date", DAY, "person", PERSON));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void is_silent_when_told_beforehand() {
    // then
    assertThat(validate(rule(), Scenario.general())).isEmpty();
  }

  @Test
  void is_silent_when_present() {
    // given
    Scenario scenario = Scenario.general().clearInformings().flow(f -> f.personPresent(true));

    // then
    assertThat(validate(rule(), scenario)).isEmpty();
  }

  @Test
  void is_silent_when_the_person_sends_it_herself() {
    // given: nobody was told, but the person is the sender
    Scenario scenario = Scenario.general().clearInformings().flow(f -> f.sender(PERSON));

    // then
    assertThat(validate(rule(), Scenario.general().clearInformings())).isNotEmpty();
    assertThat(validate(rule(), scenario)).isEmpty();
  }

  @Test
  void being_told_only_of_the_right_to_object_is_not_being_told_of_the_flow() {
    // given
    Scenario scenario = Scenario.general().clearInformings().tell(PERSON, InformingSubject.RIGHT_TO_OBJECT);

    // then
    assertThat(validate(rule(), scenario)).extracting(Finding::messageKey)
        .containsExactly("SHARE-WITH-NOT-ABOUT.not-informed");
  }

  @Test
  void for_a_young_child_a_holder_of_parental_authority_is_told() {
    // given
    Scenario childOnly = Scenario.general().stage(LifeStage.YOUNG_CHILD).parents();
    Scenario mother = Scenario.general().stage(LifeStage.YOUNG_CHILD).parents().clearInformings()
        .tell(MOTHER, InformingSubject.NATURE_OF_INFORMATION);

    // then
    assertThat(validate(rule(), childOnly)).hasSize(1);
    assertThat(validate(rule(), mother)).isEmpty();
  }

  @Test
  void an_urgency_needs_the_person_told_afterwards_by_the_validation_date() {
    // given
    Scenario urgent = Scenario.general().clearInformings().flow(f -> f.notInformedReason(NotInformedReason.URGENCY));
    Scenario toldSince = Scenario.general().clearInformings().informing(toldAfter(AFTER))
        .flow(f -> f.notInformedReason(NotInformedReason.URGENCY));

    // when
    List<Finding> notFollowed = validate(rule(), urgent.network(), AFTER);

    // then
    assertThat(notFollowed).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SHARE-WITH-NOT-ABOUT.urgency-not-followed");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("flow", FLOW, "date", DAY, "person", PERSON,
          "asOf", AFTER));
    });
    assertRenders(rule(), notFollowed);
    assertThat(validate(rule(), toldSince.network(), AFTER)).isEmpty();
    assertThat(validate(rule(), toldSince.network(), AFTER.minusDays(1))).hasSize(1);
  }

  @Test
  void an_urgency_is_no_reason_under_child_protection() {
    // given
    Scenario scenario = Scenario.childProtection().clearInformings()
        .flow(f -> f.notInformedReason(NotInformedReason.URGENCY));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).extracting(Finding::messageKey).containsExactly("SHARE-WITH-NOT-ABOUT.reason-not-accepted");
    assertRenders(rule(), findings);
  }

  @Test
  void the_childs_interest_is_a_reason_only_where_the_regime_names_it() {
    // given
    Scenario childProtection = Scenario.childProtection().clearInformings()
        .flow(f -> f.notInformedReason(NotInformedReason.AGAINST_CHILD_INTEREST));
    Scenario general = Scenario.general().clearInformings()
        .flow(f -> f.notInformedReason(NotInformedReason.AGAINST_CHILD_INTEREST));

    // then
    assertThat(validate(rule(), childProtection)).isEmpty();
    assertThat(validate(rule(), general)).extracting(Finding::messageKey)
        .containsExactly("SHARE-WITH-NOT-ABOUT.reason-not-accepted");
  }

  @Test
  void a_flow_dated_after_the_validation_date_is_not_judged_yet() {
    // given
    Scenario scenario = Scenario.general().clearInformings();

    // then
    assertThat(validate(rule(), scenario.network(), DAY.minusDays(1))).isEmpty();
    assertThat(validate(rule(), scenario.network(), DAY)).hasSize(1);
  }

  @Test
  void a_flow_about_a_relative_asks_the_relative_to_be_told() {
    // given
    Scenario untold = Scenario.childProtection().flow(f -> f.about(MOTHER)).clearInformings();
    Scenario told = Scenario.childProtection().flow(f -> f.about(MOTHER)).clearInformings()
        .tell(MOTHER, InformingSubject.NATURE_OF_INFORMATION);

    // then
    assertThat(validate(rule(), untold)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("person", MOTHER));
    assertThat(validate(rule(), told)).isEmpty();
  }
}
