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

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;

class SecondaryAffiliationRuleTest implements RuleContract {

  public Rule rule() {
    return new SecondaryAffiliationRule();
  }

  private static Professional unaffiliated(String id) {
    return Professional.builder().id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .involvedFrom(DATE.minusYears(1)).build();
  }

  @Test
  void firesForAProfessionalWithoutOrganisation() {
    // given
    Network network = network(Formality.INFORMAL).addMember(unaffiliated("pro-1")).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleId.of("SECONDARY-AFFILIATION"));
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f).extracting(Finding::subject).isEqualTo(SubjectPath.of(NETWORK).member(MemberId.of("pro-1")));
      assertThat(f.messageKey()).isEqualTo("SECONDARY-AFFILIATION.no-organisation");
      assertThat(f.arguments()).isEmpty();
    });
    RuleChecks.assertRendersFully(rule(), report);
  }

  @Test
  void namingTheOrganisationSilencesIt() {
    // given
    Network network = network(Formality.INFORMAL).addMember(professional("pro-1").build()).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void firesOncePerProfessionalWithoutOrganisation() {
    // given
    Network network = network(Formality.FORMAL)
        .addMembers(unaffiliated("pro-1"), professional("pro-2").build(), unaffiliated("pro-3")).build();

    // when
    List<Finding> findings = validate(rule(), network).findings();

    // then
    assertThat(findings).extracting(Finding::subject).containsExactly(
        SubjectPath.of(NETWORK).member(MemberId.of("pro-1")), SubjectPath.of(NETWORK).member(MemberId.of("pro-3")));
  }

  @Test
  void ignoresProfessionalsWhoAreNotCurrent() {
    // given: one left before the date, one joins after it
    Professional left = Professional.builder().from(unaffiliated("pro-left"))
        .involvements(List.of(Period.of(DATE.minusYears(1), DATE.minusDays(1)))).build();
    Professional future = Professional.builder().from(unaffiliated("pro-future"))
        .involvements(List.of(Period.from(DATE.plusDays(1)))).build();
    Network network = network(Formality.INFORMAL).addMembers(left, future).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void aProfessionalWhoseInvolvementEndsOnTheDateIsStillJudged() {
    // given
    Professional leaving = Professional.builder().from(unaffiliated("pro-1"))
        .involvements(List.of(Period.of(DATE.minusYears(1), DATE))).build();
    Network network = network(Formality.INFORMAL).addMember(leaving).build();

    // when
    ValidationReport report = validate(rule(), network);

    // then
    assertThat(report.count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Formality.class)
  void appliesToEveryNetworkPersonCentredOrNotActiveOrNot(Formality formality) {
    // given
    Network interService = network(formality).addMember(unaffiliated("pro-1")).build();
    Network personCentred = personCentred(formality).addMember(unaffiliated("pro-1")).build();
    Network closed = network(formality).addMember(unaffiliated("pro-1"))
        .addStatusHistory(StatusChange.of(DATE.minusDays(3), NetworkStatus.CLOSED)).build();

    // when / then
    assertThat(validate(rule(), interService).count()).isEqualTo(1);
    assertThat(validate(rule(), personCentred).count()).isEqualTo(1);
    assertThat(validate(rule(), closed).count()).isEqualTo(1);
  }
}
