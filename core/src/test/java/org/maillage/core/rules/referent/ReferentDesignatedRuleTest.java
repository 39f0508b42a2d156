package org.maillage.core.rules.referent;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.referent.ReferentFixtures.DATE;
import static org.maillage.core.rules.referent.ReferentFixtures.NETWORK;
import static org.maillage.core.rules.referent.ReferentFixtures.designated;
import static org.maillage.core.rules.referent.ReferentFixtures.designation;
import static org.maillage.core.rules.referent.ReferentFixtures.interService;
import static org.maillage.core.rules.referent.ReferentFixtures.network;
import static org.maillage.core.rules.referent.ReferentFixtures.professional;
import static org.maillage.core.rules.referent.ReferentFixtures.relative;
import static org.maillage.core.rules.referent.ReferentFixtures.validate;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.Period;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

class ReferentDesignatedRuleTest implements RuleContract {

  public Rule rule() {
    return new ReferentDesignatedRule();
  }

  /** pro-ref and {@code professionals - 1} more professionals, plus a relative who is never counted. */
  private static Network.Builder withProfessionals(int professionals) {
    Network.Builder builder = network().addMember(relative("m-sister").build());
    if (professionals > 0) {
      builder.addMember(professional("pro-ref").build());
    }
    for (int i = 2; i <= professionals; i++) {
      builder.addMember(professional("pro-" + i).build());
    }
    return builder;
  }

  @Test
  void firesWithThreeProfessionalsAndNoReferent() {
    // given
    Network network = withProfessionals(3).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("REFERENT-DESIGNATED"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("REFERENT-DESIGNATED.missing");
      assertThat(f.arguments()).isEqualTo(ImmutableMap.of("professionals", 3, "limit", 3));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void aDesignationInForceSilencesIt() {
    // given
    Network network = withProfessionals(3).addReferent(designated()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "{0} professionals: fires={1}")
  @CsvSource({"2, false", "3, true", "4, true"})
  void needsThreeProfessionals(int professionals, boolean fires) {
    // given
    Network network = withProfessionals(professionals).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isNotEqualTo(fires);
  }

  @Test
  void aDesignationThatEndedOrHasNotStartedIsNotInForce() {
    // given
    Network ended = withProfessionals(3).addReferent(designation(Period.of(DATE.minusYears(1), DATE.minusDays(1))))
        .build();
    Network future = withProfessionals(3).addReferent(designation(Period.from(DATE.plusDays(1)))).build();
    Network endsOnTheDate = withProfessionals(3).addReferent(designation(Period.of(DATE.minusYears(1), DATE)))
        .build();

    // when / then
    assertThat(validate(rule(), ended).count()).isEqualTo(1);
    assertThat(validate(rule(), future).count()).isEqualTo(1);
    assertThat(validate(rule(), endsOnTheDate).isEmpty()).isTrue();
  }

  @Test
  void countsOnlyCurrentProfessionals() {
    // given
    Network network = withProfessionals(2)
        .addMember(professional("pro-left").involvements(List.of(Period.of(DATE.minusYears(1), DATE.minusDays(1))))
            .build())
        .build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void honoursAChangedThreshold() {
    // given
    Network network = withProfessionals(2).build();
    ValidationSettings two = ValidationSettings.builder().date(DATE).referentMinProfessionals(2).build();

    // when
    ValidationReport report = validate(rule(), network, two);

    // then
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.arguments()).isEqualTo(ImmutableMap.of("professionals", 2, "limit", 2)));
  }

  @Test
  void isSilentOnNetworksWithoutFocalPerson() {
    // given
    Network network = interService().addMembers(professional("pro-1").build(), professional("pro-2").build(),
        professional("pro-3").build()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
