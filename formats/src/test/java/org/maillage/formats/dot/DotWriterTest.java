package org.maillage.formats.dot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.maillage.network.TieQuality;
import org.maillage.person.Person;

class DotWriterTest {

  @Test
  void ids_are_quoted_and_escaped_and_no_name_is_written() {
    // given a network whose member id holds a quote, a backslash and a brace, and whose member has a name
    MemberId lea = MemberId.of("p-1");
    MemberId odd = MemberId.of("m\"}\\x");
    Network network = Network.builder().id(NetworkId.of("n-1")).created(LocalDate.of(2026, 1, 5))
        .focalPerson(Person.builder().id(lea).name("Léa").build())
        .addMember(PrimaryMember.builder().id(odd).name("Tante Jo").relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(LocalDate.of(2025, 1, 1)).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(odd).second(lea).nature(TieNature.AFFECTIVE)
            .quality(TieQuality.STRONG).putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build())
        .build();

    // when it is written as DOT
    String dot = DotWriter.standard().toString(network);

    // then the id is one escaped string, the tie is labelled with its nature and support, and no name appears
    assertThat(dot).startsWith("graph \"n-1\" {\n")
        .contains("\"p-1\" [shape=doublecircle];")
        .contains("\"m\\\"}\\\\x\" [shape=ellipse];")
        .contains("\"m\\\"}\\\\x\" -- \"p-1\" [label=\"affective\\nemotional ->\", style=bold];")
        .doesNotContain("Léa").doesNotContain("Tante").endsWith("}\n");
  }
}
