package org.maillage.core.rules.project;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.project.ProjectFixtures.DATE;
import static org.maillage.core.rules.project.ProjectFixtures.NETWORK;
import static org.maillage.core.rules.project.ProjectFixtures.around;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.project.ProjectFixtures.primary;
import static org.maillage.core.rules.project.ProjectFixtures.professional;
import static org.maillage.core.rules.project.ProjectFixtures.professionalBuilder;
import static org.maillage.core.rules.project.ProjectFixtures.settings;
import static org.maillage.core.rules.project.ProjectFixtures.validate;
import static org.maillage.core.rules.project.ProjectFixtures.withoutPerson;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.Period;
import org.maillage.member.Competence;
import org.maillage.member.Horizon;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class ProjectComplementarityRuleTest implements RuleContract {

  public Rule rule() {
    return new ProjectComplementarityRule();
  }

  @Test
  void firesForEachProfessionalWithoutCompetence() {
    // given
    Network network = around().addMembers(professional("pro-1"), professionalBuilder("pro-2").build(),
        primary("m-gran")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK).member(MemberId.of("pro-2")));
      assertThat(f.messageKey()).isEqualTo("PROJECT-COMPLEMENTARITY.none");
      assertThat(f.arguments()).isEmpty();
    });
    assertRenders(rule(), findings);
  }

  @Test
  void appliesToEveryNetworkEvenWithoutPerson() {
    // given
    Network network = withoutPerson().addMembers(professionalBuilder("pro-1").build()).build();
    // when / then
    assertThat(validate(rule(), network, settings())).hasSize(1);
  }

  @Test
  void aRoleWithoutSphereCounts() {
    // given
    Network network = withoutPerson()
        .addMembers(professionalBuilder("pro-1").addCompetence(Competence.of("coordination")).build()).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void professionalsWhoLeftAreNotJudged() {
    // given
    Professional.Builder left = Professional.builder();
    left.id(MemberId.of("pro-left")).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .addInvolvements(Period.of(DATE.minusMonths(3), DATE.minusDays(1)));
    Network network = around().addMembers(left.build()).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }
}
