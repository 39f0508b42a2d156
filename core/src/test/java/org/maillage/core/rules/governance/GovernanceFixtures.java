package org.maillage.core.rules.governance;

import org.maillage.core.rules.RuleChecks;

import java.time.LocalDate;
import org.maillage.MeetingId;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.network.NetworkStatus;
import org.maillage.network.StatusChange;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.Person;
import org.maillage.validation.Rule;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * Small builders for the governance and risk rule tests. Organisations: two services of one département
 * ({@link #ASE_NORTH}, {@link #ASE_SOUTH}, institution {@link #DEPARTEMENT}), a CMP of a hospital
 * ({@link #CMP}, institution {@link #HOSPITAL}), and a school without parent body ({@link #SCHOOL}).
 */
final class GovernanceFixtures {
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final NetworkId NETWORK = NetworkId.of("n-gov");
  static final MemberId PERSON = MemberId.of("p-focal");
  static final OrganisationId DEPARTEMENT = OrganisationId.of("i-departement");
  static final OrganisationId HOSPITAL = OrganisationId.of("i-hospital");
  static final OrganisationId ASE_NORTH = OrganisationId.of("o-ase-north");
  static final OrganisationId ASE_SOUTH = OrganisationId.of("o-ase-south");
  static final OrganisationId CMP = OrganisationId.of("o-cmp");
  static final OrganisationId SCHOOL = OrganisationId.of("o-school");

  private GovernanceFixtures() {}

  /** An active person-centred network created two years before {@link #DATE}, with the organisations. */
  static Network.Builder network() {
    Network.Builder builder = Network.builder();
    builder.id(NETWORK).created(DATE.minusYears(2)).focalPerson(Person.builder().id(PERSON).build())
        .addOrganisations(
            Organisation.builder().id(ASE_NORTH).kind(OrganisationKind.SERVICE).sector(Sector.CHILD_PROTECTION)
                .parent(DEPARTEMENT).build(),
            Organisation.builder().id(ASE_SOUTH).kind(OrganisationKind.SERVICE).sector(Sector.CHILD_PROTECTION)
                .parent(DEPARTEMENT).build(),
            Organisation.builder().id(CMP).kind(OrganisationKind.SERVICE).sector(Sector.MENTAL_HEALTH)
                .parent(HOSPITAL).build(),
            Organisation.builder().id(SCHOOL).kind(OrganisationKind.ESTABLISHMENT).sector(Sector.SCHOOL).build());
    return builder;
  }

  /** A status change on the day before {@link #DATE}. */
  static StatusChange becomes(NetworkStatus status) {
    return StatusChange.of(DATE.minusDays(1), status);
  }

  /** A professional of an organisation, current since the network's creation. */
  static Professional professional(String id, OrganisationId organisation) {
    return professional(id).organisation(organisation).build();
  }

  /** A professional without organisation, current since the network's creation. */
  static Professional.Builder professional(String id) {
    Professional.Builder builder = Professional.builder();
    builder.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).involvedFrom(DATE.minusYears(2));
    return builder;
  }

  /** A relative, current since the network's creation. */
  static PrimaryMember.Builder relative(String id) {
    PrimaryMember.Builder builder = PrimaryMember.builder();
    builder.id(MemberId.of(id)).relation(Relation.AUNT).horizon(Horizon.CLOSE).involvedFrom(DATE.minusYears(2));
    return builder;
  }

  /** A meeting on a date, facilitated by someone (or nobody when {@code facilitator} is null). */
  static Meeting meeting(String id, LocalDate date, String facilitator) {
    Meeting.Builder builder = Meeting.builder();
    builder.id(MeetingId.of(id)).date(date);
    if (facilitator != null) {
      builder.facilitator(MemberId.of(facilitator));
    }
    return builder.build();
  }

  /** A support tie in which {@code giver} gives {@code type} to {@code receiver}. */
  static Tie gives(String id, MemberId giver, MemberId receiver, SupportType type) {
    return Tie.builder().id(TieId.of(id)).first(giver).second(receiver).nature(TieNature.SUPPORT)
        .putSupport(type, SupportDirection.FROM_FIRST).build();
  }

  static ValidationReport validate(Rule rule, Network network, ValidationSettings settings) {
    return RuleChecks.validate(rule, network, settings);
  }

  static ValidationReport validate(Rule rule, Network network) {
    return validate(rule, network, ValidationSettings.asOf(DATE));
  }
}
