package org.maillage.core.rules.person;

import org.maillage.core.rules.RuleChecks;

import java.time.LocalDate;
import java.util.List;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.TieId;
import org.maillage.member.Competence;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.LifeSphere;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationSettings;

/** Small builders for the networks of the person rules' tests. */
final class PersonFixtures {
  static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  static final NetworkId NETWORK = NetworkId.of("n-1");
  static final MemberId PERSON = MemberId.of("p-1");
  static final SubjectPath PERSON_PATH = SubjectPath.of(NETWORK).person(PERSON);
  static final OrganisationId ORGANISATION = OrganisationId.of("o-1");

  private PersonFixtures() {}

  static ValidationSettings settings() {
    return ValidationSettings.asOf(DATE);
  }

  static Person.Builder personBuilder() {
    Person.Builder b = Person.builder();
    b.id(PERSON);
    return b;
  }

  /** A network around a person, with the one organisation professionals work in. */
  static Network.Builder around(Person person) {
    Network.Builder b = Network.builder();
    b.id(NETWORK).created(CREATED).focalPerson(person).addOrganisation(Organisation.builder().id(ORGANISATION)
        .kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL).build());
    return b;
  }

  /** A network without focal person. */
  static Network.Builder withoutPerson() {
    Network.Builder b = Network.builder();
    b.id(NETWORK).created(CREATED).addOrganisation(Organisation.builder().id(ORGANISATION)
        .kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL).build());
    return b;
  }

  static Professional professional(String id, LifeSphere... spheres) {
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).organisation(ORGANISATION)
        .involvedFrom(CREATED);
    if (spheres.length > 0) {
      b.addCompetence(Competence.of("accompagnement", spheres));
    }
    return b.build();
  }

  static PrimaryMember primary(String id) {
    PrimaryMember.Builder b = PrimaryMember.builder();
    b.id(MemberId.of(id)).relation(Relation.SIBLING).horizon(Horizon.CLOSE).involvedFrom(CREATED);
    return b.build();
  }

  /** A tie along which a member gives emotional support to the person. */
  static Tie supports(String tie, String member) {
    return Tie.builder().id(TieId.of(tie)).first(MemberId.of(member)).second(PERSON).nature(TieNature.AFFECTIVE)
        .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build();
  }

  static List<Finding> validate(Rule rule, Network network, ValidationSettings settings) {
    return RuleChecks.validate(rule, network, settings).findings();
  }
}
