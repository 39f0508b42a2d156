package org.maillage.core.rules.referent;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.referent.ReferentFixtures.DATE;
import static org.maillage.core.rules.referent.ReferentFixtures.NETWORK;
import static org.maillage.core.rules.referent.ReferentFixtures.REFERENT;
import static org.maillage.core.rules.referent.ReferentFixtures.designated;
import static org.maillage.core.rules.referent.ReferentFixtures.designation;
import static org.maillage.core.rules.referent.ReferentFixtures.interService;
import static org.maillage.core.rules.referent.ReferentFixtures.network;
import static org.maillage.core.rules.referent.ReferentFixtures.professional;
import static org.maillage.core.rules.referent.ReferentFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.Period;
import org.maillage.member.Professional;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class ReferentPermanentRuleTest implements RuleContract {
  private static final LocalDate START = DATE.minusYears(1);
  private static final LocalDate HORIZON = DATE.plusMonths(3);

  public Rule rule() {
    return new ReferentPermanentRule();
  }

  private static Professional referent(Period... involvements) {
    return professional("pro-ref").involvements(List.of(involvements)).build();
  }

  @Test
  void firesWhenTheDesignationEndsWithinThreeMonths() {
    // given
    Network network = network().addMember(referent(Period.from(START)))
        .addReferent(designation(Period.of(START, HORIZON))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("REFERENT-PERMANENT"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(REFERENT));
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.designation-ends");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("end", HORIZON, "months", 3));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void openInvolvementAndDesignationSilenceIt() {
    // given
    Network network = network().addMember(referent(Period.from(START))).addReferent(designated()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "ends {0} days after the horizon: fires={1}")
  @CsvSource({"-1, true", "0, true", "1, false"})
  void theHorizonIsIncluded(int days, boolean fires) {
    // given
    Network designationEnds = network().addMember(referent(Period.from(START)))
        .addReferent(designation(Period.of(START, HORIZON.plusDays(days)))).build();
    Network involvementEnds = network().addMember(referent(Period.of(START, HORIZON.plusDays(days))))
        .addReferent(designated()).build();

    // when / then
    assertThat(validate(rule(), designationEnds).isEmpty()).isNotEqualTo(fires);
    assertThat(validate(rule(), involvementEnds).isEmpty()).isNotEqualTo(fires);
  }

  @Test
  void firesWhenTheInvolvementEndsWithinThreeMonths() {
    // given
    LocalDate end = DATE.plusMonths(1);
    Network network = network().addMember(referent(Period.of(START, end))).addReferent(designated()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.involvement-ends");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("end", end, "months", 3));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void reportsTheEarlierEndAndTheInvolvementOnATie() {
    // given
    LocalDate early = DATE.plusMonths(1);
    LocalDate late = DATE.plusMonths(2);
    Network involvementFirst = network().addMember(referent(Period.of(START, early)))
        .addReferent(designation(Period.of(START, late))).build();
    Network designationFirst = network().addMember(referent(Period.of(START, late)))
        .addReferent(designation(Period.of(START, early))).build();
    Network sameDay = network().addMember(referent(Period.of(START, early)))
        .addReferent(designation(Period.of(START, early))).build();

    // when / then
    assertThat(validate(rule(), involvementFirst).findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.involvement-ends");
      assertThat(f.arguments()).containsEntry("end", early);
    });
    assertThat(validate(rule(), designationFirst).findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.designation-ends");
      assertThat(f.arguments()).containsEntry("end", early);
    });
    assertThat(validate(rule(), sameDay).findings()).singleElement().extracting(Finding::messageKey)
        .isEqualTo("REFERENT-PERMANENT.involvement-ends");
  }

  @Test
  void aDesignationRenewedTheNextDayDoesNotEnd() {
    // given: the second designation, listed first, starts the day after the first ends
    LocalDate end = DATE.plusMonths(1);
    Network renewed = network().addMember(referent(Period.from(START)))
        .addReferent(designation(Period.from(end.plusDays(1))))
        .addReferent(designation(Period.of(START, end))).build();
    Network withAGap = network().addMember(referent(Period.from(START)))
        .addReferent(designation(Period.of(START, end)))
        .addReferent(designation(Period.from(end.plusDays(2)))).build();

    // when / then
    assertThat(validate(rule(), renewed).isEmpty()).isTrue();
    assertThat(validate(rule(), withAGap).findings()).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("end", end));
  }

  @Test
  void aRenewedChainIsFollowedToItsEnd() {
    // given: two adjacent designations, the chain ending within three months
    LocalDate first = DATE.plusDays(10);
    LocalDate second = DATE.plusMonths(2);
    Network network = network().addMember(referent(Period.from(START)))
        .addReferent(designation(Period.of(START, first)))
        .addReferent(designation(Period.of(first.plusDays(1), second))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("end", second));
  }

  @Test
  void anInvolvementResumedTheNextDayDoesNotEnd() {
    // given
    LocalDate end = DATE.plusMonths(1);
    Network network = network().addMember(referent(Period.of(START, end), Period.from(end.plusDays(1))))
        .addReferent(designated()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void firesForAReferentInForceWhoIsNotACurrentMember() {
    // given
    Network left = network().addMember(referent(Period.of(START, DATE.minusDays(1)))).addReferent(designated())
        .build();
    Network notYet = network().addMember(referent(Period.from(DATE.plusDays(1)))).addReferent(designated())
        .build();

    // when
    ValidationReport report = validate(rule(), left);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("REFERENT-PERMANENT.not-current");
      assertThat(f.arguments()).isEmpty();
    });
    RuleChecks.assertRendersFully(rule(), report);
    assertThat(validate(rule(), notYet).findings()).singleElement().extracting(Finding::messageKey)
        .isEqualTo("REFERENT-PERMANENT.not-current");
  }

  @Test
  void aReferentWithSeveralDesignationsInForceIsJudgedOnce() {
    // given
    Network network = network().addMember(referent(Period.of(START, DATE.plusMonths(1))))
        .addReferent(designated()).addReferent(designation(Period.from(DATE.minusMonths(1)))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.count()).isEqualTo(1);
  }

  @Test
  void honoursAChangedNumberOfMonths() {
    // given
    LocalDate end = DATE.plusMonths(5);
    Network network = network().addMember(referent(Period.from(START)))
        .addReferent(designation(Period.of(START, end))).build();
    ValidationSettings sixMonths = ValidationSettings.builder().date(DATE).referentPermanenceMonths(6).build();

    // when
    ValidationReport report = validate(rule(), network, sixMonths);

    // then
    assertThat(validate(rule(), network).isEmpty()).isTrue();
    assertThat(report.findings()).singleElement()
        .satisfies(f -> assertThat(f.arguments()).isEqualTo(ImmutableMap.of("end", end, "months", 6)));
  }

  @Test
  void aDesignationNotInForceIsNotJudged() {
    // given
    Network network = network().addMember(referent(Period.of(START, DATE.plusDays(5))))
        .addReferent(designation(Period.of(START, DATE.minusDays(1)))).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void isSilentOnNetworksWithoutFocalPerson() {
    // given
    Network network = interService().addMember(referent(Period.of(START, DATE.plusDays(5))))
        .addReferent(designated()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
