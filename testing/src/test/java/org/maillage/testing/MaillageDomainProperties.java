package org.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.maillage.MemberId;
import org.maillage.OrganisationId;
import org.maillage.member.Member;
import org.maillage.member.Professional;
import org.maillage.network.Network;

/** The domain context gives every main type of the model to {@code @ForAll} parameters. */
@Domain(MaillageDomain.class)
class MaillageDomainProperties {

  @Property(tries = 30)
  void theDomainProvidesNetworksMembersAndIds(@ForAll Network network, @ForAll Member member,
      @ForAll Professional professional, @ForAll MemberId id, @ForAll OrganisationId organisation,
      @ForAll LocalDate date) {
    // given values drawn from the domain

    // when they are read
    // then each is a valid, buildable value of its type, dated near the reference date
    assertThat(Network.builder().from(network).build()).isEqualTo(network);
    assertThat(member.involvements()).isNotEmpty();
    assertThat(professional.id().value()).isNotBlank();
    assertThat(id.value().length()).isBetween(1, NetworkArbitraries.MAX_ID_LENGTH);
    assertThat(organisation.value()).doesNotContainAnyWhitespaces();
    assertThat(date).isBetween(NetworkArbitraries.REFERENCE_DATE.minusYears(6),
        NetworkArbitraries.REFERENCE_DATE.plusYears(2));
    assertThat(network.created()).isBeforeOrEqualTo(NetworkArbitraries.REFERENCE_DATE);
  }
}
