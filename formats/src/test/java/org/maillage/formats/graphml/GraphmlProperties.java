package org.maillage.formats.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.maillage.formats.CarriedProjection;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** GraphML written from generated networks: valid against the XSD, and read back without loss. */
class GraphmlProperties {

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  @Property(tries = 100)
  void every_document_is_valid_against_the_graphml_xsd(@ForAll("networks") Network network) {
    // given a network written as GraphML
    String document = GraphmlWriter.standard().toString(network);

    // when it is validated against the XSD, then it passes
    assertThatCode(() -> GraphmlSchema.validate(document)).doesNotThrowAnyException();
    Statistics.label("members").collect(network.members().size() > 10 ? "> 10" : "<= 10");
    Statistics.label("members").coverage("> 10", 10);
  }

  @Property(tries = 100)
  void read_back_loses_nothing_graphml_carries(@ForAll("networks") Network network) {
    // given a network written as GraphML
    String document = GraphmlWriter.standard().toString(network);

    // when it is read back with the writer's own mapping
    GraphmlImport read = GraphmlReader.standard().read(document);

    // then it equals what GraphML carries of the network, and nothing was left out
    assertThat(read.network()).isEqualTo(CarriedProjection.of(network));
    assertThat(read.unmapped()).isEmpty();
    Statistics.label("multiplex ties").collect(network.ties().stream().anyMatch(t -> t.multiplexity() > 1)
        ? "some" : "none");
    Statistics.label("multiplex ties").coverage("some", 20);
    Statistics.label("focal person").collect(network.focalPerson().isPresent() ? "yes" : "no");
    Statistics.label("focal person").coverage("yes", 20);
  }
}
