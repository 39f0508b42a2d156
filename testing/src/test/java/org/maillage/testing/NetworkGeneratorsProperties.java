package org.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Network;

/**
 * The generators give every main type of the model, valid and dated near the reference date (what the former
 * domain context {@code MaillageDomain} gave by type).
 */
class NetworkGeneratorsProperties {

  @Property(tries = 30)
  void theGeneratorsGiveNetworksMembersAndIds(@ForAll("networks") Network network, @ForAll("members") Member member,
      @ForAll("professionals") Professional professional, @ForAll("memberIds") MemberId id,
      @ForAll("organisationIds") OrganisationId organisation, @ForAll("dates") LocalDate date) {
    // given values drawn from the generators

    // when they are read
    // then each is a valid, buildable value of its type, dated near the reference date
    assertThat(Network.builder().from(network).build()).isEqualTo(network);
    assertThat(member.involvements()).isNotEmpty();
    assertThat(professional.id().value()).isNotBlank();
    assertThat(id.value().length()).isBetween(1, NetworkGenerators.MAX_ID_LENGTH);
    assertThat(organisation.value()).doesNotContainAnyWhitespaces();
    assertThat(date).isBetween(NetworkGenerators.REFERENCE_DATE.minusYears(6),
        NetworkGenerators.REFERENCE_DATE.plusYears(2));
    assertThat(network.created()).isBeforeOrEqualTo(NetworkGenerators.REFERENCE_DATE);
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<Member> members() {
    return NetworkGenerators.members();
  }

  Gen<Professional> professionals() {
    return NetworkGenerators.professionals();
  }

  Gen<MemberId> memberIds() {
    return NetworkGenerators.memberIds();
  }

  Gen<OrganisationId> organisationIds() {
    return NetworkGenerators.organisationIds();
  }

  Gen<LocalDate> dates() {
    return NetworkGenerators.dates();
  }
}
