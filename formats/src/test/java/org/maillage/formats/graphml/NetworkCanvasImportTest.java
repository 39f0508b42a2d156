package org.maillage.formats.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.formats.FormatException;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Professional;
import org.maillage.member.Relation;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.network.TieNature;

/** GraphML as Network Canvas exports a session, read with a caller's mapping; what is not mapped is named. */
class NetworkCanvasImportTest {

  private static String fixture() {
    try (InputStream in = NetworkCanvasImportTest.class.getResourceAsStream("network-canvas-session.graphml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GraphmlMapping protocol() {
    return GraphmlMapping.builder()
        .nodeType("person", MemberKind.PRIMARY_MEMBER)
        .nodeType("service_provider", MemberKind.PROFESSIONAL)
        .edgeType("friend", TieNature.AFFECTIVE)
        .edgeType("helps", TieNature.SUPPORT)
        .graphAttribute("name", "personName")
        .defaultValue("relation", "FRIEND")
        .defaultValue("horizon", "MIDDLE")
        .defaultValue("sector", "SOCIAL")
        .defaultValue("involvements", "2026-03-04/")
        .build();
  }

  @Test
  void a_session_is_read_with_the_callers_mapping() {
    // given a session exported by Network Canvas and a mapping for its protocol
    // when it is read
    GraphmlImport read = GraphmlReader.builder().mapping(protocol()).build().read(fixture());

    // then the ego is the focal person, persons are primary members, the service provider a professional,
    // friend and helps edges are ties, and the session's id and export date make the network's
    Network network = read.network();
    assertThat(network.id()).isEqualTo(NetworkId.of("b2f4c1e0-6a6b-4f0e-9a51-3c2d1e0f9a8b"));
    assertThat(network.created()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(network.focalPerson()).hasValueSatisfying(p -> {
      assertThat(p.id()).isEqualTo(MemberId.of("7d1a0c3e-ego"));
      assertThat(p.name()).contains("Ego Example");
    });
    assertThat(network.members()).extracting(m -> m.id().value(), m -> m.getClass().getSuperclass())
        .containsExactly(tuple("c0a8-0001", PrimaryMember.class), tuple("c0a8-0002", PrimaryMember.class),
            tuple("c0a8-0003", Professional.class));
    assertThat(((PrimaryMember) network.members().get(0)).relation()).isEqualTo(Relation.FRIEND);
    assertThat(network.members().get(0).horizon()).isEqualTo(Horizon.MIDDLE);
    assertThat(network.members().get(2).sector()).isEqualTo(Sector.SOCIAL);
    assertThat(network.ties()).extracting(t -> t.id().value(), t -> t.nature())
        .containsExactly(tuple("e0e0-0001", TieNature.AFFECTIVE), tuple("e0e0-0002", TieNature.SUPPORT));
  }

  @Test
  void whatever_the_mapping_does_not_name_is_reported_by_name_with_its_count() {
    // given the session and the protocol's mapping
    // when it is read
    GraphmlImport read = GraphmlReader.builder().mapping(protocol()).build().read(fixture());

    // then the venue node, the edge to it, the unmapped variables and the session's other attributes are named
    assertThat(read.unmapped()).extracting(Unmapped::kind, Unmapped::name, Unmapped::count).containsExactlyInAnyOrder(
        tuple(Unmapped.Kind.NODE_TYPE, "venue", 1),
        tuple(Unmapped.Kind.EDGE_TO_NODE_LEFT_OUT, "friend", 1),
        tuple(Unmapped.Kind.GRAPH_ATTRIBUTE, "age", 1),
        tuple(Unmapped.Kind.GRAPH_ATTRIBUTE, "nc:caseId", 1),
        tuple(Unmapped.Kind.GRAPH_ATTRIBUTE, "nc:protocolName", 1),
        tuple(Unmapped.Kind.GRAPH_ATTRIBUTE, "nc:remoteProtocolID", 1),
        tuple(Unmapped.Kind.NODE_ATTRIBUTE, "close", 2),
        tuple(Unmapped.Kind.NODE_ATTRIBUTE, "role_family", 1),
        tuple(Unmapped.Kind.NODE_ATTRIBUTE, "role_friend", 1),
        tuple(Unmapped.Kind.EDGE_ATTRIBUTE, "strength", 1));
  }

  @Test
  void without_a_mapping_every_node_type_is_reported_and_the_required_fields_are_named() {
    // given the session and the writer's own mapping, which knows none of the protocol's types
    // when it is read, then nothing is guessed: the import fails naming the missing field, never a value
    assertThatThrownBy(() -> GraphmlReader.standard().read(
        fixture().replace("nc:sessionExportTime=\"2026-03-04T10:15:00.000Z\"", "")))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("the field created is required and missing")
        .hasMessageNotContaining("Ego Example");
  }
}
