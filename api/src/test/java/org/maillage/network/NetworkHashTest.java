package org.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.Period;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.person.Person;
import org.maillage.referent.ReferentDesignation;

/** A network's hash code (<i>empreinte</i>), kept once computed, agrees with its equality. */
class NetworkHashTest {
  private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
  private static final MemberId LEA = MemberId.of("u-lea");
  private static final MemberId AUNT = MemberId.of("m-aunt");
  private static final MemberId NADIA = MemberId.of("pro-nadia");

  private static Network.Builder network() {
    return Network.builder().id(NetworkId.of("n-lea")).created(CREATED)
        .focalPerson(Person.builder().id(LEA).build())
        .addMember(PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(CREATED).build())
        .addMember(Professional.builder().id(NADIA).sector(Sector.SOCIAL).horizon(Horizon.MIDDLE)
            .involvedFrom(CREATED).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(AUNT).second(LEA).nature(TieNature.AFFECTIVE).build())
        .addReferent(ReferentDesignation.of(NADIA, Period.from(CREATED)));
  }

  @Test
  void equalNetworksHaveEqualHashCodesWhenEverAsked() {
    // given two networks built from the same parts, and a rebuilt copy of the first
    Network first = network().build();
    Network second = network().build();
    Network copy = Network.builder().from(first).build();

    // when the first is hashed before its indexes are built, the second after, the copy never before
    int firstHash = first.hashCode();
    second.tiesOf(AUNT);
    second.designationsOf(NADIA);
    second.institutions();

    // then they are equal, with one hash code, asked once or many times
    assertThat(second).isEqualTo(first);
    assertThat(copy).isEqualTo(first).isEqualTo(second);
    assertThat(second.hashCode()).isEqualTo(firstHash);
    assertThat(copy.hashCode()).isEqualTo(firstHash);
    assertThat(first.hashCode()).isEqualTo(firstHash);
    assertThat(first).isEqualTo(second);
  }

  @Test
  void networksDifferingInOnePartAreUnequalWhetherHashedOrNot() {
    // given networks differing in one part only
    Network network = network().build();
    Network otherTheme = network().theme("protection de l'enfance").build();
    Network otherTie = network().ties(List.of()).build();

    // when compared before any hash code is asked, then after
    boolean equalBefore = network.equals(otherTheme) || network.equals(otherTie);
    network.hashCode();
    otherTheme.hashCode();
    otherTie.hashCode();

    // then they are unequal both times, and each equals itself
    assertThat(equalBefore).isFalse();
    assertThat(network).isNotEqualTo(otherTheme).isNotEqualTo(otherTie);
    assertThat(otherTheme).isNotEqualTo(network);
    assertThat(network).isEqualTo(network);
  }
}
