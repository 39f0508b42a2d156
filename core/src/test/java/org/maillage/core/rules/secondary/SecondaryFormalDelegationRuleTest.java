package org.maillage.core.rules.secondary;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.secondary.SecondaryFixtures.DATE;
import static org.maillage.core.rules.secondary.SecondaryFixtures.NETWORK;
import static org.maillage.core.rules.secondary.SecondaryFixtures.network;
import static org.maillage.core.rules.secondary.SecondaryFixtures.professional;
import static org.maillage.core.rules.secondary.SecondaryFixtures.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.FormalDelegation;
import org.maillage.member.Professional;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class SecondaryFormalDelegationRuleTest implements RuleContract {

  public Rule rule() {
    return new SecondaryFormalDelegationRule();
  }

  private static Professional delegated(String id, LocalDate given) {
    return professional(id).delegation(FormalDelegation.of("note-2026-" + id, given)).build();
  }

  @Test
  void firesForAProfessionalOfAFormalNetworkWithoutDelegation() {
    // given
    Network network = network(Formality.FORMAL).addMember(professional("pro-1").build()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("SECONDARY-FORMAL-DELEGATION"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(MemberId.of("pro-1")));
      assertThat(f.messageKey()).isEqualTo("SECONDARY-FORMAL-DELEGATION.missing");
      assertThat(f.arguments()).isEmpty();
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void aDelegationGivenOnOrBeforeTheDateSilencesIt() {
    // given
    Network before = network(Formality.FORMAL).addMember(delegated("pro-1", DATE.minusMonths(2))).build();
    Network onTheDate = network(Formality.FORMAL).addMember(delegated("pro-1", DATE)).build();

    // when / then
    assertThat(validate(rule(), before).isEmpty()).isTrue();
    assertThat(validate(rule(), onTheDate).isEmpty()).isTrue();
  }

  @Test
  void aDelegationGivenAfterTheDateIsNotThereYet() {
    // given
    LocalDate given = DATE.plusDays(1);
    Network network = network(Formality.FORMAL).addMember(delegated("pro-1", given)).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("SECONDARY-FORMAL-DELEGATION.not-yet-given");
      assertThat(f.arguments()).isEqualTo(Map.of("given", given));
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void firesOncePerProfessionalWithoutDelegation() {
    // given
    Network network = network(Formality.FORMAL).addMembers(professional("pro-1").build(),
        delegated("pro-2", DATE.minusDays(5)), professional("pro-3").build()).build();

    // when
    List<Finding> findings = validate(rule(), network).findings();

    // then
    assertThat(findings).extracting(f -> f.subject().last().key()).containsExactly("pro-1", "pro-3");
  }

  @Test
  void ignoresProfessionalsWhoAreNotCurrent() {
    // given
    Professional left = professional("pro-left")
        .involvements(List.of(Period.of(DATE.minusYears(1), DATE.minusDays(1)))).build();
    Network network = network(Formality.FORMAL).addMember(left).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void isSilentOnInformalNetworks() {
    // given
    Network network = network(Formality.INFORMAL).addMember(professional("pro-1").build()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }
}
