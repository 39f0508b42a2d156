package org.maillage.core.rules.sharing;

import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.assertRenders;
import static org.maillage.core.rules.sharing.SharingRuleFixtures.validate;
import static org.maillage.core.sharing.fr.Scenario.DAY;
import static org.maillage.core.sharing.fr.Scenario.FLOW;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.NetworkId;
import org.maillage.core.sharing.fr.Scenario;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.Purpose;
import org.maillage.sharing.PurposeKind;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class ShareNecessaryRuleTest implements RuleContract {

  public Rule rule() {
    return new ShareNecessaryRule();
  }

  @Test
  void fires_when_no_purpose_is_stated() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.purpose(Optional.empty()));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NetworkId.of("n-lea")).flow(FLOW));
      assertThat(f.messageKey()).isEqualTo("SHARE-NECESSARY.no-purpose");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("flow", FLOW, "date", DAY));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void fires_for_each_category_the_purpose_does_not_need() {
    // given
    Scenario scenario = Scenario.general()
        .flow(f -> f.addCategories(InformationCategory.MENTAL_HEALTH, InformationCategory.HEALTH));

    // when
    List<Finding> findings = validate(rule(), scenario);

    // then
    assertThat(findings).extracting(Finding::messageKey).containsOnly("SHARE-NECESSARY.unneeded");
    assertThat(findings).extracting(f -> f.arguments()).containsExactly(
        ImmutableMap.of("flow", FLOW, "date", DAY, "category", InformationCategory.HEALTH),
        ImmutableMap.of("flow", FLOW, "date", DAY, "category", InformationCategory.MENTAL_HEALTH));
    assertRenders(rule(), findings);
  }

  @Test
  void is_silent_when_the_purpose_needs_everything_carried() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.addCategory(InformationCategory.HEALTH)
        .purpose(Purpose.of(PurposeKind.CARE_COORDINATION, InformationCategory.HEALTH,
            InformationCategory.SOCIAL_ASSESSMENT)));

    // then
    assertThat(validate(rule(), scenario)).isEmpty();
    assertThat(validate(rule(), Scenario.general())).isEmpty();
  }

  @Test
  void a_flow_dated_after_the_validation_date_is_not_judged_yet() {
    // given
    Scenario scenario = Scenario.general().flow(f -> f.purpose(Optional.empty()));

    // then
    assertThat(validate(rule(), scenario.network(), DAY.minusDays(1))).isEmpty();
  }
}
