package org.maillage.fhir;

import java.time.LocalDate;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.ObjectiveId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.member.Competence;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.person.LifeSphere;
import org.maillage.person.Need;
import org.maillage.person.LegalRepresentative;
import org.maillage.person.Person;
import org.maillage.person.RepresentationKind;
import org.maillage.project.Means;
import org.maillage.project.Objective;
import org.maillage.project.PersonalisedProject;
import org.maillage.referent.ReferentDesignation;
import org.maillage.sharing.Consent;
import org.maillage.sharing.InformationCategory;
import org.maillage.sharing.fr.RegulatoryCategory;

/** A small person-centred network that holds one of everything FHIR carries. */
final class Fixtures {
  static final LocalDate START = LocalDate.of(2026, 1, 5);

  private Fixtures() {}

  static Network lea() {
    Person lea = Person.builder().id(MemberId.of("p-lea")).name("Léa Martin").birthDate(LocalDate.of(2012, 4, 2))
        .addNeeds(Need.builder().sphere(LifeSphere.SCHOOLING).note("Décrochage depuis la rentrée").build())
        .addRepresentatives(LegalRepresentative.builder().id(MemberId.of("rep-tutor"))
            .kind(RepresentationKind.GUARDIANSHIP).name("Mme Tutrice").build())
        .build();
    PrimaryMember aunt = PrimaryMember.builder().id(MemberId.of("m-aunt")).name("Tante Marie")
        .relation(Relation.AUNT).horizon(Horizon.CLOSE).involvedFrom(START).build();
    PrimaryMember schoolmate = PrimaryMember.builder().id(MemberId.of("m-mate")).relation(Relation.SCHOOLMATE)
        .horizon(Horizon.MIDDLE).addInvolvements(Period.of(START, LocalDate.of(2026, 3, 1)),
            Period.from(LocalDate.of(2026, 5, 1))).build();
    Participant volunteer = Participant.builder().id(MemberId.of("m-volunteer")).role(ParticipantRole.VOLUNTEER)
        .horizon(Horizon.MIDDLE).involvedFrom(START).build();
    Professional educator = Professional.builder().id(MemberId.of("pro-aemo")).name("Paul Éduc")
        .sector(Sector.CHILD_PROTECTION).horizon(Horizon.MIDDLE).organisation(OrganisationId.of("o-aemo"))
        .addCompetences(Competence.of("soutien éducatif", LifeSphere.FAMILY_AND_PARENTING))
        .involvedFrom(START).build();
    Organisation department = Organisation.builder().id(OrganisationId.of("o-dept")).name("Département")
        .kind(OrganisationKind.ESTABLISHMENT).sector(Sector.CHILD_PROTECTION).build();
    Organisation aemo = Organisation.builder().id(OrganisationId.of("o-aemo")).name("Service AEMO")
        .kind(OrganisationKind.SERVICE).sector(Sector.CHILD_PROTECTION).parent(OrganisationId.of("o-dept")).build();
    Objective school = Objective.builder().id(ObjectiveId.of("ob-school")).sphere(LifeSphere.SCHOOLING)
        .statement("Retourner au collège").addMeans(Means.builder().holder(MemberId.of("pro-aemo"))
            .description("Accompagnement hebdomadaire").build())
        .addMeans(Means.of(MemberId.of("m-aunt"))).build();
    return Network.builder().id(NetworkId.of("n-lea")).name("Réseau de Léa").created(START).focalPerson(lea)
        .addOrganisations(department, aemo)
        .addMembers(aunt, schoolmate, volunteer, educator)
        .addReferents(ReferentDesignation.of(MemberId.of("pro-aemo"), Period.from(LocalDate.of(2026, 2, 1))))
        .project(PersonalisedProject.builder().addObjectives(school).evaluationStrategy("Bilan trimestriel").build())
        .addConsents(Consent.builder().by(MemberId.of("p-lea"))
            .addInformationCategories(InformationCategory.SCHOOLING, InformationCategory.FAMILY_SITUATION)
            .addProfessionalCategories(RegulatoryCategory.SOCIO_EDUCATIONAL_WORKER).given(START).build())
        .addConsents(Consent.builder().by(MemberId.of("p-lea"))
            .addInformationCategories(InformationCategory.HEALTH)
            .addProfessionalCategories(RegulatoryCategory.HEALTH_PROFESSIONAL).given(START)
            .withdrawn(LocalDate.of(2026, 4, 1)).build())
        .build();
  }
}
