package org.maillage.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.network.Network;

class TerritoryLinesTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  @Test
  void thePartsOfEachNetworkSummedInAnyOrderAreCoresFoldOfTheTerritory() {
    // given
    List<Network> networks = new ArrayList<>();
    for (long i = 0; i < 60; i++) {
      networks.add(NetworkLines.network(5, i));
    }
    String territory = NetworkLines.TERRITORIES.get(0);
    TerritoryGraph expected = TerritoryAnalysis.fold(networks.stream(),
        TerritorySettings.builder().territory(territory).build());
    NetworkCheck check = NetworkCheck.asOf(DATE);
    List<TerritoryPart> parts = new ArrayList<>();
    for (long i = 0; i < networks.size(); i++) {
      parts.addAll(check.check(Line.of("generated", i + 1, NetworkLines.line(5, i))).territory());
    }
    Collections.reverse(parts);

    // when
    TerritoryLines.Sums firstHalf = new TerritoryLines.Sums();
    TerritoryLines.Sums secondHalf = new TerritoryLines.Sums();
    for (int i = 0; i < parts.size(); i++) {
      (i % 2 == 0 ? firstHalf : secondHalf).add(parts.get(i));
    }
    TerritoryLines.Sums all = new TerritoryLines.Sums();
    firstHalf.parts().forEach(all::add);
    secondHalf.parts().forEach(all::add);
    SortedMap<String, TerritoryGraph> graphs = TerritoryLines.graphs(all.parts());

    // then
    assertThat(expected.networkCount()).isPositive();
    assertThat(expected.tieCount()).isPositive();
    assertThat(graphs).containsKey(territory).hasSizeLessThanOrEqualTo(NetworkLines.TERRITORIES.size());
    assertThat(graphs.get(territory)).isEqualTo(expected);
  }

  @Test
  void everyKindOfPartReadsBackFromItsLine() {
    // given
    NetworkCheck check = NetworkCheck.asOf(DATE);
    List<TerritoryPart> parts = new ArrayList<>();
    for (long i = 0; parts.isEmpty() || i < 10; i++) {
      parts.addAll(check.check(Line.of("generated", i + 1, NetworkLines.line(8, i))).territory());
    }

    // when
    List<TerritoryPart> read = parts.stream().map(part -> TerritoryLines.parse(part.toJson())).toList();

    // then
    assertThat(parts).extracting(part -> part.kind).contains(TerritoryPart.TIE, TerritoryPart.ORGANISATION,
        TerritoryPart.INSTITUTION, TerritoryPart.TOTALS);
    assertThat(read).isEqualTo(parts);
    assertThat(read).extracting(part -> part.key()).isEqualTo(parts.stream().map(TerritoryPart::key).toList());
  }

  @Test
  void aLineThatIsNotATerritoryPartIsRejectedWithTheLine() {
    // given
    String line = "{\"territory\":\"nord\",\"colour\":\"blue\"}";

    // when, then
    assertThatThrownBy(() -> TerritoryLines.parse(line)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("colour").hasMessageContaining("territory/ directory");
  }
}
