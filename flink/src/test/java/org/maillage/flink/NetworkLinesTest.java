package org.maillage.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.network.Network;

class NetworkLinesTest {
  @TempDir
  Path dir;

  @Test
  void theSameSeedAndIndexGiveTheSameLineAndAnotherSeedAnother() {
    // given
    long seed = 11;

    // when
    String once = NetworkLines.line(seed, 5);
    String again = NetworkLines.line(seed, 5);
    String otherSeed = NetworkLines.line(seed + 1, 5);

    // then
    assertThat(once).isEqualTo(again).isNotEqualTo(otherSeed).doesNotContain("\n");
    assertThat(NetworkJsonReader.create().read(once).id().value()).isEqualTo("n-5");
  }

  @Test
  void aGzipFileReadsBackLineByLineWithItsNumbers() {
    // given
    Path file = dir.resolve("networks.jsonl.gz");

    // when
    NetworkLines.write(file, 12, 4);
    List<Line> lines = new ArrayList<>();
    FileLines.read(file.toString(), lines::add);

    // then
    assertThat(lines).hasSize(12);
    assertThat(lines).extracting(line -> line.number).startsWith(1L, 2L).endsWith(12L);
    assertThat(lines.get(11).text).isEqualTo(NetworkLines.line(4, 11));
    assertThat(lines).extracting(line -> NetworkJsonReader.create().read(line.text))
        .allMatch(Network::isPersonCentred)
        .anyMatch(network -> network.territory().isPresent())
        .anyMatch(network -> network.territory().isEmpty());
  }

  @Test
  void sizedLinesHaveAboutTheMembersAskedAndAnIdOfTheirOwn() {
    // given
    NetworkLines.Sized sized = NetworkLines.sized(42, 20);

    // when
    Network first = NetworkJsonReader.create().read(sized.line(0));
    Network ninth = NetworkJsonReader.create().read(sized.line(8));

    // then
    assertThat(sized.templates()).hasSize(NetworkLines.TEMPLATES);
    assertThat(first.members().size()).isBetween(18, 22);
    assertThat(first.id().value()).isEqualTo("n-0");
    assertThat(ninth.id().value()).isEqualTo("n-8");
    assertThat(ninth.members()).isEqualTo(first.members());
  }
}
