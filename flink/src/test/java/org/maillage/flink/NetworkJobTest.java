package org.maillage.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.analysis.TerritoryGraph;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.network.Network;

/** The job on Flink's MiniCluster, one for the whole module: every test that runs the job is here. */
class NetworkJobTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1)
      .setNumberSlotsPerTaskManager(2)
      .build());

  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);

  @TempDir
  Path dir;

  @Test
  void theJobGivesWhatThePlainLoopGivesOverTheSameFiles() throws Exception {
    // given
    Path input = Files.createDirectories(dir.resolve("in"));
    NetworkLines.write(input.resolve("a.jsonl"), 30, 7);
    NetworkLines.write(input.resolve("b.jsonl.gz"), 20, 8);
    Loop loop = loop(input.toString());

    // when
    Path output = dir.resolve("out");
    JobExecutionResult result = runJob(input.toString(), output);

    // then
    assertThat(result.isJobExecutionResult()).isTrue();
    assertThat(loop.results).hasSize(50);
    assertThat(loop.bad).isEmpty();
    assertThat(lines(output.resolve("results"))).containsExactlyInAnyOrderElementsOf(loop.results);
    assertThat(lines(output.resolve("bad-lines"))).isEmpty();
    assertThat(aggregate(output)).isEqualTo(loop.aggregate);
    assertThat(loop.aggregate).containsEntry("\"aggregate\":\"networks\"", 50L)
        .containsKey("\"aggregate\":\"territory\",\"territory\":\"quartier sud\"");
    assertThat(loop.aggregate.keySet()).anyMatch(key -> key.startsWith("\"aggregate\":\"rule\""));
  }

  @Test
  void theTerritoryOutputIsCoresTerritoryFoldOfEachTerritorysNetworks() throws Exception {
    // given
    Path input = Files.createDirectories(dir.resolve("in"));
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (long i = 0; i < 70; i++) {
      (i < 40 ? first : second).add(NetworkLines.line(21, i)); // ids unique across files, as the fold expects
    }
    Files.write(input.resolve("a.jsonl"), first, StandardCharsets.UTF_8);
    Files.write(input.resolve("b.jsonl"), second, StandardCharsets.UTF_8);
    List<Network> networks = new ArrayList<>();
    FileLines.list(input.toString()).forEach(file -> FileLines.read(file,
        line -> networks.add(NetworkJsonReader.create().read(line.text))));
    SortedMap<String, TerritoryGraph> expected = new TreeMap<>();
    networks.stream().flatMap(n -> n.territory().stream()).distinct().forEach(territory -> expected.put(territory,
        TerritoryAnalysis.fold(networks.stream(), TerritorySettings.builder().territory(territory).build())));

    // when
    Path output = dir.resolve("out");
    runJob(input.toString(), output);
    List<String> written = lines(output.resolve("territory"));
    SortedMap<String, TerritoryGraph> graphs = TerritoryLines.read(output.resolve("territory").toString());

    // then
    assertThat(expected).hasSizeGreaterThan(1);
    assertThat(expected.values()).anySatisfy(graph -> assertThat(graph.tieCount()).isPositive());
    assertThat(graphs).isEqualTo(expected);
    assertThat(written).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(split(loop(input.toString()).territory));
  }

  @Test
  void badLinesGoToTheSideOutputWithTheirFileAndLineAndTheJobCompletes() throws Exception {
    // given
    Path input = Files.createDirectories(dir.resolve("in"));
    Path file = input.resolve("mixed.jsonl");
    List<String> text = new ArrayList<>();
    text.add(NetworkLines.line(3, 0));
    text.add(NetworkLines.line(3, 1));
    text.add("{\"format\":");
    text.add(NetworkLines.line(3, 2));
    text.add("");
    text.add("[1, 2]");
    text.add(NetworkLines.line(3, 3));
    Files.write(file, text, StandardCharsets.UTF_8);
    Loop loop = loop(input.toString());

    // when
    Path output = dir.resolve("out");
    runJob(input.toString(), output);

    // then
    List<String> bad = lines(output.resolve("bad-lines"));
    assertThat(bad).hasSize(2).containsExactlyInAnyOrderElementsOf(loop.bad);
    String listed = FileLines.list(input.toString()).get(0);
    assertThat(listed).endsWith("/mixed.jsonl");
    String prefix = "{\"file\":" + Json.string(listed) + ",\"line\":";
    assertThat(bad).anySatisfy(line -> assertThat(line).startsWith(prefix + "3,"));
    assertThat(bad).anySatisfy(line -> assertThat(line).startsWith(prefix + "6,"));
    assertThat(bad).allSatisfy(line -> assertThat(line).contains("mixed.jsonl").contains("\"error\":"));
    assertThat(lines(output.resolve("results"))).hasSize(4).containsExactlyInAnyOrderElementsOf(loop.results);
    assertThat(aggregate(output)).containsEntry(NetworkCheck.Outcome.BAD_LINES, 2L).isEqualTo(loop.aggregate);
  }

  private static JobExecutionResult runJob(String input, Path output) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    return NetworkJob.run(env, input, 0, 0, DATE, output.toString());
  }

  private record Loop(List<String> results, List<String> bad, Map<String, Long> aggregate, String territory) {}

  private static Loop loop(String input) {
    List<Line> lines = new ArrayList<>();
    FileLines.list(input).forEach(file -> FileLines.read(file, lines::add));
    StringWriter results = new StringWriter();
    StringWriter bad = new StringWriter();
    StringWriter territory = new StringWriter();
    Map<String, Long> aggregate = PlainLoop.run(lines.iterator(), NetworkCheck.asOf(DATE), results, bad, territory);
    return new Loop(split(results.toString()), split(bad.toString()), aggregate, territory.toString());
  }

  private static List<String> split(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  /** The lines of every finished part file of a sink's directory. */
  private static List<String> lines(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
      return lines;
    }
  }

  private static Map<String, Long> aggregate(Path output) throws IOException {
    return lines(output.resolve("aggregate")).stream().collect(Collectors.toMap(
        line -> line.substring(1, line.lastIndexOf(",\"count\":")),
        line -> Long.parseLong(line.substring(line.lastIndexOf(':') + 1, line.length() - 1)),
        Long::sum, TreeMap::new));
  }
}
