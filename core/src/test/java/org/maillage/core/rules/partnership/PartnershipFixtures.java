package org.maillage.core.rules.partnership;

import org.maillage.core.rules.RuleChecks;

import java.time.LocalDate;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
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
import org.maillage.partnership.Charter;
import org.maillage.partnership.Origin;
import org.maillage.partnership.Partnership;
import org.maillage.person.Person;
import org.maillage.validation.Rule;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * Small builders for the partnership rule tests: a person-centred network with two organisations, two
 * professionals, an aunt, a volunteer, and a partnership that passes every partnership rule unless changed.
 */
final class PartnershipFixtures {
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final NetworkId NETWORK = NetworkId.of("n-part");
  static final MemberId PERSON = MemberId.of("p-focal");
  static final OrganisationId ASE = OrganisationId.of("o-ase");
  static final OrganisationId SCHOOL = OrganisationId.of("o-school");
  static final MemberId EDUCATOR = MemberId.of("pro-ase");
  static final MemberId TEACHER = MemberId.of("pro-school");
  static final MemberId AUNT = MemberId.of("m-aunt");
  static final MemberId VOLUNTEER = MemberId.of("v-1");

  private PartnershipFixtures() {}

  /** A partnership of both organisations and both professionals, with a charter and a spontaneous origin. */
  static Partnership.Builder partnership() {
    Partnership.Builder builder = Partnership.builder();
    builder.addOrganisations(ASE, SCHOOL).addMembers(EDUCATOR, TEACHER).commonProject("scolarité de l'enfant")
        .charter(Charter.of(DATE.minusMonths(3))).origin(Origin.spontaneous());
    return builder;
  }

  /** The network, without any partnership. */
  static Network.Builder network() {
    Network.Builder builder = Network.builder();
    builder.id(NETWORK).created(DATE.minusYears(1))
        .focalPerson(Person.builder().id(PERSON).build())
        .addOrganisations(organisation(ASE, Sector.CHILD_PROTECTION), organisation(SCHOOL, Sector.SCHOOL))
        .addMembers(professional(EDUCATOR, ASE), professional(TEACHER, SCHOOL))
        .addMember(PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(DATE.minusYears(1)).build())
        .addMember(Participant.builder().id(VOLUNTEER).role(ParticipantRole.VOLUNTEER).horizon(Horizon.MIDDLE)
            .involvedFrom(DATE.minusYears(1)).build());
    return builder;
  }

  static Network with(Partnership partnership) {
    return network().partnership(partnership).build();
  }

  private static Organisation organisation(OrganisationId id, Sector sector) {
    return Organisation.builder().id(id).kind(OrganisationKind.SERVICE).sector(sector).build();
  }

  private static Professional professional(MemberId id, OrganisationId organisation) {
    return Professional.builder().id(id).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).organisation(organisation)
        .involvedFrom(DATE.minusYears(1)).build();
  }

  static ValidationReport validate(Rule rule, Network network) {
    return RuleChecks.validate(rule, network, ValidationSettings.asOf(DATE));
  }
}
