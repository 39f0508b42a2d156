package org.maillage.formats.graphml;

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
import org.maillage.person.Person;

/** The writer's output in Network Canvas's conventions, element by element. */
class GraphmlWriterTest {
  private static final MemberId LEA = MemberId.of("p-1");
  private static final MemberId AUNT = MemberId.of("m-1");
  private static final MemberId FRIEND = MemberId.of("m-2");

  private static Network network() {
    return Network.builder().id(NetworkId.of("n-1")).created(LocalDate.of(2026, 1, 5))
        .focalPerson(Person.builder().id(LEA).name("Léa").build())
        .addMember(PrimaryMember.builder().id(AUNT).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .name("Jo\u0001\r").involvedFrom(LocalDate.of(2025, 1, 1)).build())
        .addMember(PrimaryMember.builder().id(FRIEND).relation(Relation.FRIEND).horizon(Horizon.MIDDLE)
            .involvedFrom(LocalDate.of(2025, 1, 1)).build())
        .addTie(Tie.builder().id(TieId.of("t-1")).first(AUNT).second(LEA).nature(TieNature.AFFECTIVE)
            .putSupport(SupportType.EMOTIONAL, SupportDirection.FROM_FIRST).build())
        .addTie(Tie.builder().id(TieId.of("t-2")).first(AUNT).second(FRIEND).nature(TieNature.SUPPORT)
            .putSupport(SupportType.PRACTICAL, SupportDirection.FROM_SECOND)
            .putSupport(SupportType.EMOTIONAL, SupportDirection.MUTUAL).build())
        .build();
  }

  @Test
  void the_document_follows_network_canvas_conventions() {
    // given a person-centred network
    // when it is written
    String graphml = GraphmlWriter.standard().toString(network());

    // then: the namespaces, NC's reserved keys, the ego as graph data, typed nodes numbered from 1
    assertThat(graphml).contains("xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        .contains("xmlns:nc=\"http://schema.networkcanvas.com/xmlns\"")
        .contains("<key id=\"networkCanvasType\" attr.name=\"networkCanvasType\" attr.type=\"string\" for=\"all\"/>")
        .contains("<key id=\"networkCanvasSourceUUID\" attr.name=\"networkCanvasSourceUUID\" attr.type=\"string\""
            + " for=\"edge\"/>")
        .contains("<key id=\"personName\" attr.name=\"personName\" attr.type=\"string\" for=\"graph\"/>")
        .contains("<key id=\"alive\" attr.name=\"alive\" attr.type=\"boolean\" for=\"node\"/>")
        .contains("<graph edgedefault=\"undirected\">\n    <data key=\"networkCanvasUUID\">p-1</data>")
        .contains("<node id=\"1\">\n      <data key=\"networkCanvasUUID\">m-1</data>\n"
            + "      <data key=\"networkCanvasType\">primaryMember</data>")
        .doesNotContain("<node id=\"p-1\"");
    // the ego-alter tie on the aunt's node, from her side
    assertThat(graphml).contains("<data key=\"egoTie1_id\">t-1</data>")
        .contains("<data key=\"egoTie1_support_EMOTIONAL\">TO_EGO</data>");
    // the alter-alter tie, then a parallel edge per support, in the supports' order: emotional mutual,
    // practical from the second end to the first
    assertThat(graphml).contains("<edge id=\"1\" source=\"1\" target=\"2\">")
        .contains("<edge id=\"2\" source=\"1\" target=\"2\" directed=\"false\">")
        .contains("<edge id=\"3\" source=\"2\" target=\"1\" directed=\"true\">")
        .contains("<data key=\"networkCanvasType\">support_PRACTICAL</data>");
    // a control character XML cannot hold is replaced, a carriage return kept as a reference
    assertThat(graphml).contains("<data key=\"name\">Jo\uFFFD&#13;</data>");
  }

  @Test
  void read_back_keeps_the_carriage_return() {
    // given the network written, when it is read back, then the name keeps its carriage return
    Network read = GraphmlReader.standard().read(GraphmlWriter.standard().toString(network())).network();
    assertThat(read.members().get(0).name()).contains("Jo\uFFFD\r");
  }
}
