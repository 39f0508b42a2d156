package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** Every generated network, written and read, is equal to itself, in JSON and in JSON Lines, and valid. */
class JsonRoundTripProperties {

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<List<Network>> streams() {
    return NetworkGenerators.networks().list().ofMaxSize(6);
  }

  @Property(tries = 300)
  void a_network_written_and_read_is_equal_to_itself(@ForAll("networks") Network network) {
    // given
    String json = NetworkJsonWriter.create().write(network);

    // when
    Network read = NetworkJsonReader.create().read(json);

    // then
    assertThat(read).isEqualTo(network);
    assertThat(NetworkJsonWriter.create().write(read)).isEqualTo(json);
    Statistics.label("focal person").collect(network.focalPerson().isPresent());
    Statistics.label("focal person").coverage(true, 20);
    Statistics.label("flows").collect(!network.flows().isEmpty());
    Statistics.label("flows").coverage(true, 10);
    Statistics.label("members").collect(network.members().size() > 50 ? "over 50" : "up to 50");
    Statistics.label("members").coverage("over 50", 2);
  }

  @Property(tries = 100)
  void every_writer_output_is_valid_against_the_schema(@ForAll("networks") Network network) {
    // given
    String json = NetworkJsonWriter.create().write(network);

    // when
    List<String> errors = SchemaCheck.errors(json);

    // then
    assertThat(errors).isEmpty();
  }

  @Property(tries = 100)
  void networks_written_as_json_lines_are_read_back_one_by_one(@ForAll("streams") List<Network> networks) {
    // given
    StringWriter out = new StringWriter();
    NetworkJsonLinesWriter.create().writeAll(networks.iterator(), out);

    // when
    List<Network> read = new ArrayList<>();
    try (NetworkLines lines = NetworkJsonLinesReader.create().open(new StringReader(out.toString()))) {
      lines.forEachRemaining(read::add);
    }

    // then
    assertThat(read).isEqualTo(networks);
    assertThat(out.toString().lines()).hasSize(networks.size());
  }
}
