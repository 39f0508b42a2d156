package org.maillage.core.rules.secondary;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.secondary.SecondaryFixtures.DATE;
import static org.maillage.core.rules.secondary.SecondaryFixtures.NETWORK;
import static org.maillage.core.rules.secondary.SecondaryFixtures.network;
import static org.maillage.core.rules.secondary.SecondaryFixtures.personCentred;
import static org.maillage.core.rules.secondary.SecondaryFixtures.professional;
import static org.maillage.core.rules.secondary.SecondaryFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.Period;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class SecondaryInformalPersistentRuleTest implements RuleContract {
  private static final LocalDate LIMIT = DATE.minusMonths(12);

  public Rule rule() {
    return new SecondaryInformalPersistentRule();
  }

  private static Network informal(LocalDate created, int professionals) {
    Network.Builder builder = network(Formality.INFORMAL).created(created);
    for (int i = 1; i <= professionals; i++) {
      builder.addMember(professional("pro-" + i).involvements(List.of(Period.from(created))).build());
    }
    return builder.build();
  }


  @Test
  void firesForAnInformalNetworkOfTwoProfessionalsOlderThanTwelveMonths() {
    // given
    LocalDate created = LIMIT.minusDays(1);
    Network network = informal(created, 2);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("SECONDARY-INFORMAL-PERSISTENT"));
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("SECONDARY-INFORMAL-PERSISTENT.persistent");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("professionals", 2, "created", created, "months", 12));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @ParameterizedTest(name = "created {0} days after the limit: fires={1}")
  @CsvSource({"-1, true", "0, false", "1, false"})
  void ageIsStrictlyOlderThanTheMonths(int daysAfterLimit, boolean fires) {
    // given
    Network network = informal(LIMIT.plusDays(daysAfterLimit), 2);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isNotEqualTo(fires);
  }

  @ParameterizedTest(name = "{0} professionals: fires={1}")
  @CsvSource({"1, false", "2, true", "3, true"})
  void needsTwoProfessionals(int professionals, boolean fires) {
    // given
    Network network = informal(LIMIT.minusMonths(6), professionals);

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isNotEqualTo(fires);
  }

  @Test
  void honoursChangedThresholds() {
    // given
    Network network = informal(DATE.minusMonths(7), 2);
    ValidationSettings sixMonths = ValidationSettings.builder().date(DATE).informalMonths(6).build();
    ValidationSettings sixMonthsThreePros = ValidationSettings.builder().date(DATE).informalMonths(6)
        .informalMinProfessionals(3).build();

    // when / then
    assertThat(validate(rule(), network).isEmpty()).isTrue();
    assertThat(validate(rule(), network, sixMonths).findings()).singleElement()
        .satisfies(f -> assertThat(f.arguments().get("months")).isEqualTo(6));
    assertThat(validate(rule(), network, sixMonthsThreePros).isEmpty()).isTrue();
  }

  @Test
  void countsOnlyCurrentProfessionals() {
    // given: two professionals, one of whom left
    Network twoCurrent = informal(LIMIT.minusMonths(1), 2);
    Member left = Professional.builder().from((Professional) twoCurrent.members().get(1))
        .involvements(List.of(Period.of(LIMIT, DATE.minusDays(1)))).build();
    Network oneCurrent = Network.builder().from(twoCurrent)
        .members(List.of(twoCurrent.members().get(0), left)).build();

    // when
    ValidationReport report = validate(rule(), oneCurrent);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void isSilentOnFormalNetworks() {
    // given
    Network network = Network.builder().from(informal(LIMIT.minusYears(2), 3)).formality(Formality.FORMAL)
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void alsoAppliesToPersonCentredInformalNetworks() {
    // given
    Network network = personCentred(Formality.INFORMAL).created(LIMIT.minusDays(1))
        .addMembers(professional("pro-1").build(), professional("pro-2").build()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.count()).isEqualTo(1);
  }
}
