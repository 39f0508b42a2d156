package org.maillage.core.rules.form;

import org.maillage.core.rules.RuleChecks;
import java.time.LocalDate;
import java.util.List;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.OrganisationId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.Mandate;
import org.maillage.member.MandateKind;
import org.maillage.member.Organisation;
import org.maillage.member.OrganisationKind;
import org.maillage.member.Participant;
import org.maillage.member.ParticipantRole;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.Person;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.ValidationSettings;


/** Small builders for the networks of the form rules' tests. */
final class FormFixtures {
  static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  static final NetworkId NETWORK = NetworkId.of("n-1");
  static final MemberId PERSON = MemberId.of("p-1");

  private FormFixtures() {}

  static ValidationSettings settings() {
    return ValidationSettings.asOf(DATE);
  }

  static Network.Builder network(NetworkForm... forms) {
    Network.Builder b = Network.builder();
    b.id(NETWORK).created(CREATED).addForms(forms);
    return b;
  }

  static Person person() {
    return Person.builder().id(PERSON).build();
  }

  static Organisation organisation(String id) {
    return Organisation.builder().id(OrganisationId.of(id)).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL)
        .build();
  }

  static Organisation organisation(String id, String parent) {
    return Organisation.builder().id(OrganisationId.of(id)).kind(OrganisationKind.SERVICE).sector(Sector.SOCIAL)
        .parent(OrganisationId.of(parent)).build();
  }

  static Organisation association(String id) {
    return Organisation.builder().id(OrganisationId.of(id)).kind(OrganisationKind.ASSOCIATION_OF_INHABITANTS_OR_USERS)
        .sector(Sector.COMMUNITY).build();
  }

  static Professional.Builder professionalBuilder(String id) {
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).involvedFrom(CREATED);
    return b;
  }

  static Professional professional(String id, String organisation, String mandate) {
    Professional.Builder b = professionalBuilder(id);
    b.organisation(OrganisationId.of(organisation)).mandate(Mandate.of(MandateKind.CONTRACT, mandate));
    return b.build();
  }

  static Professional professional(String id, String organisation) {
    Professional.Builder b = professionalBuilder(id);
    b.organisation(OrganisationId.of(organisation));
    return b.build();
  }

  /** A professional who left before {@link #DATE}. */
  static Professional former(String id, String organisation, String mandate) {
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
        .addInvolvements(Period.of(CREATED, DATE.minusDays(1)))
        .organisation(OrganisationId.of(organisation)).mandate(Mandate.of(MandateKind.CONTRACT, mandate));
    return b.build();
  }

  /** A professional who joins after {@link #DATE}. */
  static Professional future(String id, String organisation, String mandate) {
    Professional.Builder b = Professional.builder();
    b.id(MemberId.of(id)).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE).involvedFrom(DATE.plusDays(1))
        .organisation(OrganisationId.of(organisation)).mandate(Mandate.of(MandateKind.CONTRACT, mandate));
    return b.build();
  }

  static PrimaryMember primary(String id) {
    PrimaryMember.Builder b = PrimaryMember.builder();
    b.id(MemberId.of(id)).relation(Relation.AUNT).horizon(Horizon.CLOSE).involvedFrom(CREATED);
    return b.build();
  }

  static Participant participant(String id) {
    Participant.Builder b = Participant.builder();
    b.id(MemberId.of(id)).role(ParticipantRole.EXCHANGE_MEMBER).horizon(Horizon.MIDDLE).involvedFrom(CREATED);
    return b.build();
  }

  /** A tie along which {@code from} gives {@code type} to {@code to}. */
  static Tie gives(String id, String from, String to, SupportType type) {
    return Tie.builder().id(TieId.of(id)).first(MemberId.of(from)).second(MemberId.of(to))
        .nature(TieNature.SUPPORT).putSupport(type, SupportDirection.FROM_FIRST).build();
  }

  /** A tie along which both ends give and receive {@code type}. */
  static Tie mutual(String id, String a, String b, SupportType type) {
    return Tie.builder().id(TieId.of(id)).first(MemberId.of(a)).second(MemberId.of(b))
        .nature(TieNature.SUPPORT).putSupport(type, SupportDirection.MUTUAL).build();
  }

  static List<Finding> validate(Rule rule, Network network, ValidationSettings settings) {
    return RuleChecks.validate(rule, network, settings).findings();
  }
}
