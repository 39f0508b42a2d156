package org.maillage.core.rules.secondary;

import org.maillage.core.rules.RuleChecks;

import java.time.LocalDate;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.member.Horizon;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Professional;
import org.maillage.member.Sector;
import org.maillage.network.Formality;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.validation.Rule;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/** Small builders for the secondary-network rule tests: an inter-service network of professionals. */
final class SecondaryFixtures {
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final NetworkId NETWORK = NetworkId.of("n-sec");
  static final OrganisationId SCHOOL = OrganisationId.of("o-school");
  static final OrganisationId CMP = OrganisationId.of("o-cmp");

  private SecondaryFixtures() {}

  /** A network created a month before {@link #DATE}, with the two organisations and no member. */
  static Network.Builder network(Formality formality) {
    Network.Builder builder = Network.builder();
    builder.id(NETWORK).created(DATE.minusMonths(1)).formality(formality)
        .addOrganisation(organisation(SCHOOL, Sector.SCHOOL))
        .addOrganisation(organisation(CMP, Sector.MENTAL_HEALTH));
    return builder;
  }

  /** A person-centred variant, to show the rules also run there. */
  static Network.Builder personCentred(Formality formality) {
    return network(formality).focalPerson(Person.builder().id(MemberId.of("p-focal")).build());
  }

  static Organisation organisation(OrganisationId id, Sector sector) {
    return Organisation.builder().id(id).kind(OrganisationKind.SERVICE).sector(sector).build();
  }

  /** A professional current since a year before {@link #DATE}, working in {@link #SCHOOL}. */
  static Professional.Builder professional(String id) {
    Professional.Builder builder = Professional.builder();
    builder.id(MemberId.of(id)).sector(Sector.SCHOOL).horizon(Horizon.MIDDLE).organisation(SCHOOL)
        .involvedFrom(DATE.minusYears(1));
    return builder;
  }

  static ValidationReport validate(Rule rule, Network network, ValidationSettings settings) {
    return RuleChecks.validate(rule, network, settings);
  }

  static ValidationReport validate(Rule rule, Network network) {
    return validate(rule, network, ValidationSettings.asOf(DATE));
  }
}
