package org.maillage.core.rules.secondary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.secondary.SecondaryFixtures.network;
import static org.maillage.core.rules.secondary.SecondaryFixtures.professional;
import static org.maillage.core.rules.secondary.SecondaryFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.Period;
import org.maillage.core.Validator;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * {@code SECONDARY-INFORMAL-PERSISTENT} judged on the first and last days of the calendar (<i>bornes du
 * calendrier</i>): twelve months before {@link LocalDate#MIN} stays at {@code LocalDate.MIN}, and the rule
 * answers instead of failing.
 */
class SecondaryInformalPersistentExtremeDatesTest {

  /** An informal network of two professionals involved from {@code from}, for good. */
  private static Network informal(LocalDate created, LocalDate from) {
    return network(Formality.INFORMAL).created(created)
        .addMembers(professional("pro-1").involvements(List.of(Period.from(from))).build(),
            professional("pro-2").involvements(List.of(Period.from(from))).build())
        .build();
  }

  @Test
  void theNetworksAgeIsJudgedOnTheCalendarsFirstAndLastDays() {
    // given an informal network created on the first day of the calendar, and one created in 2026
    Network first = informal(LocalDate.MIN, LocalDate.MIN);
    LocalDate created = LocalDate.of(2026, 1, 5);
    Network recent = informal(created, created);

    // when judged on LocalDate.MIN and LocalDate.MAX
    ValidationReport onFirstDay = validate(new SecondaryInformalPersistentRule(), first,
        ValidationSettings.asOf(LocalDate.MIN));
    ValidationReport onLastDay = validate(new SecondaryInformalPersistentRule(), recent,
        ValidationSettings.asOf(LocalDate.MAX));

    // then no rule failed: the first is not older than 12 months; the one of 2026 is persistent
    assertThat(onFirstDay.findings()).extracting(Finding::messageKey).doesNotContain(Validator.RULE_FAILED);
    assertThat(onFirstDay.isEmpty()).isTrue();
    assertThat(onLastDay.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SECONDARY-INFORMAL-PERSISTENT.persistent");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("professionals", 2, "created", created, "months", 12));
    });
  }
}
