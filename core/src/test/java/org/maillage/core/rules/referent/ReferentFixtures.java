package org.maillage.core.rules.referent;

import org.maillage.core.rules.RuleChecks;

import java.time.LocalDate;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.Person;
import org.maillage.referent.ReferentDesignation;
import org.maillage.validation.Rule;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/** Small builders for the référent rule tests: a person-centred network and its référent designations. */
final class ReferentFixtures {
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final NetworkId NETWORK = NetworkId.of("n-ref");
  static final MemberId PERSON = MemberId.of("p-focal");
  static final MemberId REFERENT = MemberId.of("pro-ref");
  static final OrganisationId SERVICE = OrganisationId.of("o-service");

  private ReferentFixtures() {}

  /** A person-centred network created a year before {@link #DATE}, with one organisation and no member. */
  static Network.Builder network() {
    Network.Builder builder = Network.builder();
    builder.id(NETWORK).created(DATE.minusYears(1)).focalPerson(Person.builder().id(PERSON).build())
        .addOrganisation(Organisation.builder().id(SERVICE).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL)
            .build());
    return builder;
  }

  /** The same network without a focal person: an inter-service network. */
  static Network.Builder interService() {
    Network.Builder builder = Network.builder();
    builder.id(NETWORK).created(DATE.minusYears(1)).theme("protection de l'enfance").territory("Lille")
        .addOrganisation(Organisation.builder().id(SERVICE).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL)
            .build());
    return builder;
  }

  /** A professional of the service, current since the network's creation. */
  static Professional.Builder professional(String id) {
    Professional.Builder builder = Professional.builder();
    builder.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).organisation(SERVICE)
        .involvedFrom(DATE.minusYears(1));
    return builder;
  }

  /** A relative, current since the network's creation. */
  static PrimaryMember.Builder relative(String id) {
    PrimaryMember.Builder builder = PrimaryMember.builder();
    builder.id(MemberId.of(id)).relation(Relation.SIBLING).horizon(Horizon.CLOSE).involvedFrom(DATE.minusYears(1));
    return builder;
  }

  /** A designation of {@link #REFERENT} for a period. */
  static ReferentDesignation designation(Period period) {
    return ReferentDesignation.of(REFERENT, period);
  }

  /** An open designation of {@link #REFERENT} since the network's creation. */
  static ReferentDesignation designated() {
    return designation(Period.from(DATE.minusYears(1)));
  }

  /** A collaboration tie between two individuals. */
  static Tie tie(String id, MemberId first, MemberId second) {
    return Tie.builder().id(TieId.of(id)).first(first).second(second).nature(TieNature.COLLABORATION).build();
  }

  static ValidationReport validate(Rule rule, Network network, ValidationSettings settings) {
    return RuleChecks.validate(rule, network, settings);
  }

  static ValidationReport validate(Rule rule, Network network) {
    return validate(rule, network, ValidationSettings.asOf(DATE));
  }
}
