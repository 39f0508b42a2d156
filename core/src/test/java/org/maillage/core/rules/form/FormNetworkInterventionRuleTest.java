package org.maillage.core.rules.form;

import org.maillage.core.rules.RuleChecks;
import org.maillage.core.rules.RuleContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.core.rules.form.FormFixtures.CREATED;
import static org.maillage.core.rules.form.FormFixtures.DATE;
import static org.maillage.core.rules.form.FormFixtures.NETWORK;
import static org.maillage.core.rules.form.FormFixtures.PERSON;
import static org.maillage.core.rules.RuleChecks.assertRenders;
import static org.maillage.core.rules.form.FormFixtures.gives;
import static org.maillage.core.rules.form.FormFixtures.network;
import static org.maillage.core.rules.form.FormFixtures.person;
import static org.maillage.core.rules.form.FormFixtures.primary;
import static org.maillage.core.rules.form.FormFixtures.settings;
import static org.maillage.core.rules.form.FormFixtures.validate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.ObjectiveId;
import org.maillage.Period;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Relation;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.SupportType;
import org.maillage.person.LifeSphere;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

class FormNetworkInterventionRuleTest implements RuleContract {

  public Rule rule() {
    return new FormNetworkInterventionRule();
  }

  private static Network.Builder declared() {
    return network(NetworkForm.NETWORK_INTERVENTION).focalPerson(person());
  }

  @Test
  void aPrimaryMemberGivingSupportToThePersonIsEnough() {
    // given
    Network network = declared().addMembers(primary("m-aunt"))
        .addTies(gives("t-1", "m-aunt", PERSON.value(), SupportType.PRACTICAL)).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void aPrimaryMemberHoldingAMeansIsEnough() {
    // given
    PersonalisedProject project = PersonalisedProject.builder().addObjective(Objective.builder()
        .id(ObjectiveId.of("obj-1")).sphere(LifeSphere.HOUSING).addMeans(Means.of(MemberId.of("m-aunt"))).build())
        .build();
    Network network = declared().addMembers(primary("m-aunt")).project(project).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }

  @Test
  void firesWhenNoPrimaryMemberIsMobilised() {
    // given: the aunt is current but gives nothing
    Network network = declared().addMembers(primary("m-aunt")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageKey()).isEqualTo("FORM-NETWORK-INTERVENTION.no-mobilised");
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK).person(PERSON));
      assertThat(f.arguments()).isEqualTo(Map.of("primary", 1));
    });
    assertRenders(rule(), findings);
  }

  @Test
  void dormantOrFormerMembersAreNotMobilised() {
    // given
    PrimaryMember.Builder dormant = PrimaryMember.builder();
    dormant.id(MemberId.of("m-uncle")).relation(Relation.UNCLE).horizon(Horizon.DISTANT).dormant(true)
        .involvedFrom(CREATED);
    PrimaryMember.Builder former = PrimaryMember.builder();
    former.id(MemberId.of("m-friend")).relation(Relation.FRIEND).horizon(Horizon.CLOSE)
        .addInvolvements(Period.of(CREATED, DATE.minusDays(1)));
    Network network = declared().addMembers(dormant.build(), former.build())
        .addTies(gives("t-1", "m-uncle", PERSON.value(), SupportType.EMOTIONAL),
            gives("t-2", "m-friend", PERSON.value(), SupportType.EMOTIONAL))
        .build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then: only the dormant uncle is current
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("primary", 1));
  }

  @Test
  void firesWithoutFocalPerson() {
    // given
    Network network = network(NetworkForm.NETWORK_INTERVENTION).addMembers(primary("m-aunt")).build();
    // when
    List<Finding> findings = validate(rule(), network, settings());
    // then
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("FORM-NETWORK-INTERVENTION.no-person");
      assertThat((Object) f.subject()).isEqualTo(SubjectPath.of(NETWORK));
      assertThat(f.arguments()).isEmpty();
    });
    assertRenders(rule(), findings);
  }

  @Test
  void silentWhenTheFormIsNotDeclared() {
    // given
    Network network = network(NetworkForm.PAIRING).focalPerson(person()).build();
    // when / then
    assertThat(validate(rule(), network, settings())).isEmpty();
  }
}
