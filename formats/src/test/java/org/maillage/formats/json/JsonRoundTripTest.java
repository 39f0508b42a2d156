package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.maillage.network.Network;

/** The network with every field filled, written and read back, in each form the writer and reader offer. */
class JsonRoundTripTest {

  @Test
  void the_full_network_is_read_back_equal_from_a_string() {
    // given
    Network network = FullNetwork.network();

    // when
    String json = NetworkJsonWriter.create().write(network);
    Network read = NetworkJsonReader.create().read(json);

    // then
    assertThat(read).isEqualTo(network);
    assertThat(json).startsWith("{\"format\":\"maillage/1\",\"network\":{\"id\":\"n-full\"");
  }

  @Test
  void bytes_readers_and_indented_output_give_the_same_network() {
    // given
    Network network = FullNetwork.network();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    NetworkJsonWriter.create().write(network, bytes);
    String indented = NetworkJsonWriter.create().indented().write(network);

    // then
    assertThat(NetworkJsonReader.create().read(bytes.toByteArray())).isEqualTo(network);
    assertThat(NetworkJsonReader.create().read(new java.io.ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(network);
    assertThat(NetworkJsonReader.create().read(new StringReader(indented))).isEqualTo(network);
    assertThat(indented).contains("\n  \"network\" : {").doesNotContain("\r");
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(NetworkJsonWriter.create().write(network));
  }

  @Test
  void the_output_is_stable_and_valid_against_the_schema() {
    // given
    Network network = FullNetwork.network();
    String first = NetworkJsonWriter.create().write(network);

    // when
    String again = NetworkJsonWriter.create().write(NetworkJsonReader.create().read(first));

    // then
    assertThat(again).isEqualTo(first);
    assertThat(SchemaCheck.errors(first)).isEmpty();
    assertThat(SchemaCheck.errors(NetworkJsonWriter.create().indented().write(network))).isEmpty();
  }
}
