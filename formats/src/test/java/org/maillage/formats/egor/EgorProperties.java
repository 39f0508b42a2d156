package org.maillage.formats.egor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.maillage.formats.CarriedProjection;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/** egor's tables written from generated networks, many in one set, and read back without loss. */
class EgorProperties {

  Gen<List<Network>> networkSets() {
    return NetworkGenerators.networks().list().ofMinSize(1).ofMaxSize(4).map(EgorProperties::distinctIds);
  }

  /** Networks of one set need distinct ids: egoID tells them apart. */
  private static List<Network> distinctIds(List<Network> networks) {
    List<Network> out = new ArrayList<>();
    for (int i = 0; i < networks.size(); i++) {
      Network n = networks.get(i);
      out.add(Network.builder().from(n).id(org.maillage.NetworkId.of("n" + i + "-" + n.id().value().substring(
          0, Math.min(40, n.id().value().length())))).build());
    }
    return out;
  }

  @Property(tries = 100)
  void read_back_loses_nothing_the_tables_carry(@ForAll("networkSets") List<Network> networks) {
    // given networks written as one set of egor's tables
    EgorTables tables = EgorWriter.standard().toTables(networks);

    // when they are read back
    EgorImport read = EgorReader.standard().read(tables);

    // then each equals what the tables carry of it, in order, and every column was read
    List<Network> expected = new ArrayList<>();
    networks.forEach(n -> expected.add(CarriedProjection.of(n)));
    assertThat(read.networks()).isEqualTo(expected);
    assertThat(read.ignoredColumns()).isEmpty();
    Statistics.label("networks per set").collect(networks.size() > 1 ? "many" : "one");
    Statistics.label("networks per set").coverage("many", 30);
  }
}
