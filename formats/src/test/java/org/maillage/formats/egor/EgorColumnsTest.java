package org.maillage.formats.egor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.TieId;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Relation;
import org.maillage.network.Network;
import org.maillage.network.SupportDirection;
import org.maillage.network.SupportType;
import org.maillage.network.Tie;
import org.maillage.network.TieNature;
import org.maillage.person.Person;

/**
 * The column names egor's {@code threefiles_to_egor} expects by default ({@code ID.vars = list(ego = "egoID",
 * alter = "alterID", source = "Source", target = "Target")}, egor's R/read.egonet.three.files.R), asserted
 * since egor cannot run here.
 */
class EgorColumnsTest {

  private static Network network() {
    MemberId lea = MemberId.of("p-1");
    MemberId aunt = MemberId.of("m-1");
    MemberId friend = MemberId.of("m-2");
    return Network.builder().id(NetworkId.of("n-1")).created(LocalDate.of(2026, 1, 5))
        .focalPerson(Person.builder().id(lea).build())
        .addMember(PrimaryMember.builder().id(aunt).relation(Relation.AUNT).horizon(Horizon.CLOSE).involvedFrom(LocalDate.of(2025, 1, 1))
            .name("Tante, \"Jo\"").build())
        .addMember(PrimaryMember.builder().id(friend).relation(Relation.FRIEND).horizon(Horizon.MIDDLE)
            .involvedFrom(LocalDate.of(2025, 1, 1)).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(aunt).second(lea).nature(TieNature.AFFECTIVE)
            .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build())
        .addTie(Tie.builder().id(TieId.of("t-2")).first(aunt).second(friend).nature(TieNature.SUPPORT).build())
        .build();
  }

  @Test
  void the_id_columns_are_egors_defaults() {
    // given a network
    // when it is written as egor's tables
    EgorTables tables = EgorWriter.standard().toTables(List.of(network()));

    // then each table starts with egor's default id columns
    assertThat(tables.egos()).startsWith("egoID,");
    assertThat(tables.alters()).startsWith("egoID,alterID,");
    assertThat(tables.aaties()).startsWith("egoID,Source,Target,");
  }

  @Test
  void rows_follow_rfc_4180() {
    // given a network whose member's name holds a comma and quotes
    // when it is written
    EgorTables tables = EgorWriter.standard().toTables(List.of(network()));

    // then records end with CRLF, the field is quoted with its quotes doubled, and the ego-alter tie is on the
    // alter's row, from the alter's side
    assertThat(tables.alters()).contains("\r\nn-1,m-1,primaryMember,\"Tante, \"\"Jo\"\"\",")
        .contains(",t-1,AFFECTIVE,ORDINARY,false,TO_EGO,");
    assertThat(tables.aaties().split("\r\n")).hasSize(2);
    assertThat(tables.aaties().split("\r\n")[1]).startsWith("n-1,m-1,m-2,t-2,SUPPORT,ORDINARY,");
  }

  @Test
  void a_professionals_competences_read_back_with_their_escapes() {
    // given a professional whose competences' roles hold a semicolon, a colon and a backslash
    org.maillage.member.Professional pro = org.maillage.member.Professional.builder().id(MemberId.of("pro-1"))
        .sector(org.maillage.member.Sector.SOCIAL).horizon(Horizon.MIDDLE).involvedFrom(LocalDate.of(2025, 1, 1))
        .addCompetence(org.maillage.member.Competence.of("budget; dettes: \\ suivi",
            org.maillage.person.LifeSphere.INCOME, org.maillage.person.LifeSphere.HOUSING))
        .addCompetence(org.maillage.member.Competence.of("médiation", org.maillage.person.LifeSphere.JUSTICE))
        .build();
    Network network = Network.builder().from(network()).addMember(pro).build();

    // when it is written and read back
    EgorTables tables = EgorWriter.standard().toTables(List.of(network));
    Network read = EgorReader.standard().read(tables).networks().get(0);

    // then the competences are the same, written escaped
    assertThat(tables.alters()).contains("income,housing:budget\\; dettes: \\\\ suivi;justice:médiation");
    assertThat(((org.maillage.member.Professional) read.members().get(2)).competences())
        .isEqualTo(pro.competences());
  }
}
