package org.maillage.core.rules.project;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.project.ProjectFixtures.DATE;
import static org.maillage.core.rules.project.ProjectFixtures.NETWORK;
import static org.maillage.core.rules.project.ProjectFixtures.around;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.project.ProjectFixtures.former;
import static org.maillage.core.rules.project.ProjectFixtures.objective;
import static org.maillage.core.rules.project.ProjectFixtures.objectivePath;
import static org.maillage.core.rules.project.ProjectFixtures.primary;
import static org.maillage.core.rules.project.ProjectFixtures.professional;
import static org.maillage.core.rules.project.ProjectFixtures.settings;
import static org.maillage.core.rules.project.ProjectFixtures.validate;
import static org.maillage.core.rules.project.ProjectFixtures.withoutPerson;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.ObjectiveId;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

class ProjectCompleteRuleTest implements RuleContract {

  public Rule rule() {
    return new ProjectCompleteRule();
  }

  private static Network twoProfessionalsWith(PersonalisedProject project) {
    return around().addMembers(professional("pro-1"), professional("pro-2"), primary("m-gran"))
        .project(project).build();
  }

  private static PersonalisedProject complete() {
    return PersonalisedProject.builder().addObjectives(objective("obj-1", "pro-1"), objective("obj-2", "m-gran"))
        .evaluationStrategy("bilan trimestriel avec la personne").build();
  }

  @Test
  void aCompleteProjectIsSilent() {
    // given / when / then
    assertThat(validate(rule(), twoProfessionalsWith(complete()), settings())).isEmpty();
  }

  @Test
  void theMissingProjectFiresOnceOnTheNetwork() {
    // given
    Network network = around().addMembers(professional("pro-1"), professional("pro-2")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.messageKey()).isEqualTo("PROJECT-COMPLETE.no-project");
      assertThat(f.arguments()).isEqualTo(Map.of("professionals", 2));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void eachMissingPartFiresOnItsOwnSubject() {
    // given: no evaluation strategy, one objective without means
    PersonalisedProject project = PersonalisedProject.builder()
        .addObjectives(objective("obj-1", "pro-1"), objective("obj-2")).build();
    // when
    List<Finding> findings = validate(rule(), twoProfessionalsWith(project), settings());
    // then
    assertThat(findings).hasSize(2);
    assertThat(findings).anySatisfy(f -> {
      assertThat((Object) f.subject()).isEqualTo(objectivePath("obj-2"));
      assertThat(f.messageKey()).isEqualTo("PROJECT-COMPLETE.no-means");
      assertThat(f.arguments()).isEqualTo(Map.of("objective", ObjectiveId.of("obj-2")));
    });
    assertThat(findings).anySatisfy(f -> {
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK).project());
      assertThat(f.messageKey()).isEqualTo("PROJECT-COMPLETE.no-evaluation");
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aProjectWithoutObjectivesFires() {
    // given
    PersonalisedProject project = PersonalisedProject.builder().evaluationStrategy("bilan").build();
    // when
    List<Finding> findings = validate(rule(), twoProfessionalsWith(project), settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK).project());
      assertThat(f.messageKey()).isEqualTo("PROJECT-COMPLETE.no-objectives");
    });
    assertRenders(rule(), findings);
  }

  @Test
  void aBlankEvaluationStrategyIsNone() {
    // given
    PersonalisedProject project = PersonalisedProject.builder().addObjectives(objective("obj-1", "pro-1"))
        .evaluationStrategy("  ").build();
    // when / then
    assertThat(validate(rule(), twoProfessionalsWith(project), settings())).extracting(Finding::messageKey)
        .containsExactly("PROJECT-COMPLETE.no-evaluation");
  }

  @Test
  void meansHeldOnlyByMembersWhoLeftHaveLapsed() {
    // given
    PersonalisedProject project = PersonalisedProject.builder().addObjectives(objective("obj-1", "pro-old"))
        .evaluationStrategy("bilan").build();
    Network network = around().addMembers(professional("pro-1"), professional("pro-2"), former("pro-old"))
        .project(project).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat((Object) f.subject()).isEqualTo(objectivePath("obj-1"));
      assertThat(f.messageKey()).isEqualTo("PROJECT-COMPLETE.means-lapsed");
      assertThat(f.arguments()).containsExactly(Map.entry("objective", ObjectiveId.of("obj-1")),
          Map.entry("means", 1));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void thePersonMayHoldAMeansOfTheirOwnProject() {
    // given
    PersonalisedProject project = PersonalisedProject.builder().addObjectives(objective("obj-1", "p-1"))
        .evaluationStrategy("bilan").build();
    // when / then
    assertThat(validate(rule(), twoProfessionalsWith(project), settings())).isEmpty();
  }

  @Test
  void oneProfessionalIsBelowTheThreshold() {
    // given: one current professional, one who left
    Network network = around().addMembers(professional("pro-1"), former("pro-2")).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void aChangedThresholdIsHonoured() {
    // given
    ValidationSettings three = ValidationSettings.builder().date(DATE).projectMinProfessionals(3).build();
    Network two = around().addMembers(professional("pro-1"), professional("pro-2")).build();
    Network threePros = around().addMembers(professional("pro-1"), professional("pro-2"), professional("pro-3"))
        .build();
    Network four = around().addMembers(professional("pro-1"), professional("pro-2"), professional("pro-3"),
        professional("pro-4")).build();
    // when / then
    assertThat(validate(rule(), two, three)).isEmpty();
    assertThat(validate(rule(), threePros, three)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).isEqualTo(Map.of("professionals", 3)));
    assertThat(validate(rule(), four, three)).hasSize(1);
  }

  @Test
  void silentWithoutFocalPerson() {
    // given
    Network network = withoutPerson().addMembers(professional("pro-1"), professional("pro-2"))
        .project(PersonalisedProject.builder().addObjective(Objective.builder().id(ObjectiveId.of("obj-1"))
            .sphere(LifeSphere.HOUSING).build()).build())
        .build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }
}
