package org.maillage.core.rules.project;

import org.maillage.core.rules.RuleChecks;

import java.time.LocalDate;
import java.util.List;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.Period;
import org.maillage.member.Competence;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.person.Person;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.Participation;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/** Small builders for the networks of the project rules' tests. */
final class ProjectFixtures {
  static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  static final NetworkId NETWORK = NetworkId.of("n-1");
  static final MemberId PERSON = MemberId.of("p-1");

  private ProjectFixtures() {}

  static ValidationSettings settings() {
    return ValidationSettings.asOf(DATE);
  }

  static SubjectPath objectivePath(String id) {
    return SubjectPath.of(NETWORK).project().objective(ObjectiveId.of(id));
  }

  static Network.Builder around() {
    Network.Builder b = Network.builder();
    b.id(NETWORK).created(CREATED).focalPerson(Person.builder().id(PERSON).build());
    return b;
  }

  static Network.Builder withoutPerson() {
    Network.Builder b = Network.builder();
    b.id(NETWORK).created(CREATED);
    return b;
  }

  static Professional.Builder professionalBuilder(String id) {
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).involvedFrom(CREATED);
    return b;
  }

  /** A current professional with a stated competence. */
  static Professional professional(String id) {
    return professionalBuilder(id).addCompetence(Competence.of("suivi budgétaire", LifeSphere.INCOME)).build();
  }

  /** A professional with a competence who left before {@link #DATE}. */
  static Professional former(String id) {
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .addInvolvements(Period.of(CREATED, DATE.minusDays(1)))
        .addCompetence(Competence.of("suivi budgétaire", LifeSphere.INCOME));
    return b.build();
  }

  static PrimaryMember primary(String id) {
    PrimaryMember.Builder b = PrimaryMember.builder();
    b.id(MemberId.of(id)).relation(Relation.GRANDPARENT).horizon(Horizon.CLOSE).involvedFrom(CREATED);
    return b.build();
  }

  /** An objective co-defined with the person, with means held by the given individuals. */
  static Objective objective(String id, String... holders) {
    Objective.Builder b = Objective.builder();
    b.id(ObjectiveId.of(id)).sphere(LifeSphere.HOUSING).addParticipation(Participation.CO_DEFINED);
    for (String holder : holders) {
      b.addMeans(Means.of(MemberId.of(holder)));
    }
    return b.build();
  }

  static List<Finding> validate(Rule rule, Network network, ValidationSettings settings) {
    return RuleChecks.validate(rule, network, settings).findings();
  }
}
