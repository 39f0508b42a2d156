package org.maillage.core.rules.project;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.project.ProjectFixtures.around;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.project.ProjectFixtures.objective;
import static org.maillage.core.rules.project.ProjectFixtures.objectivePath;
import static org.maillage.core.rules.project.ProjectFixtures.settings;
import static org.maillage.core.rules.project.ProjectFixtures.validate;
import static org.maillage.core.rules.project.ProjectFixtures.withoutPerson;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maillage.ObjectiveId;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.project.PersonalisedProject;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;

class ProjectCoElaboratedRuleTest implements RuleContract {

  public Rule rule() {
    return new ProjectCoElaboratedRule();
  }

  private static Objective withoutParticipation(String id) {
    return Objective.builder().id(ObjectiveId.of(id)).sphere(LifeSphere.SCHOOLING).build();
  }

  @Test
  void firesForEachObjectiveWithoutParticipation() {
    // given
    PersonalisedProject project = PersonalisedProject.builder()
        .addObjectives(withoutParticipation("obj-1"), objective("obj-2"), withoutParticipation("obj-3")).build();
    Network network = around().project(project).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0)).satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(objectivePath("obj-1"));
      assertThat(f.messageKey()).isEqualTo("PROJECT-CO-ELABORATED.no-participation");
      assertThat(f.arguments()).isEqualTo(Map.of("objective", ObjectiveId.of("obj-1")));
    });
    assertThat((Object) findings.get(1).subject()).isEqualTo(objectivePath("obj-3"));
    assertRenders(rule(), findings);
  }

  @ParameterizedTest
  @EnumSource(Participation.class)
  void anyRecordedParticipationSilencesIt(Participation participation) {
    // given
    Objective objective = Objective.builder().id(ObjectiveId.of("obj-1")).sphere(LifeSphere.SCHOOLING)
        .addParticipation(participation).build();
    Network network = around().project(PersonalisedProject.builder().addObjective(objective).build()).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void silentWithoutProjectOrWithoutFocalPerson() {
    // given
    Network noProject = around().build();
    Network noPerson = withoutPerson()
        .project(PersonalisedProject.builder().addObjective(withoutParticipation("obj-1")).build()).build();
    // when / then
    assertThat(validate(rule(), noProject, settings())).isEmpty();
    assertThat(validate(rule(), noPerson, settings())).isEmpty();
  }
}
