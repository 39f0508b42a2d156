package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;

/** The example networks committed under examples/networks are what ExportExamples writes, and read back whole. */
class ExportExamplesTest {

  @Test
  void the_committed_example_files_are_the_scenarios_as_json() throws Exception {
    // given
    Path folder = Path.of("networks");

    for (Map.Entry<String, Network> e : ExportExamples.networks().entrySet()) {
      // when
      Path file = folder.resolve(e.getKey() + ".json");
      String committed = Files.readString(file, StandardCharsets.UTF_8);

      // then
      assertThat(committed).as("%s: regenerate with ExportExamples (see its Javadoc)", file)
          .isEqualTo(NetworkJsonWriter.create().indented().write(e.getValue()) + "\n");
      assertThat(NetworkJsonReader.create().read(committed)).isEqualTo(e.getValue());
    }
  }

  @Test
  void the_committed_json_lines_hold_every_example_in_order() throws Exception {
    // given
    Path file = Path.of("networks", "examples.jsonl");

    // when
    String committed = Files.readString(file, StandardCharsets.UTF_8);

    // then
    java.io.StringWriter expected = new java.io.StringWriter();
    org.maillage.formats.json.NetworkJsonLinesWriter.create().writeAll(ExportExamples.networks().values().iterator(),
        expected);
    assertThat(committed).as("%s: regenerate with ExportExamples (see its Javadoc)", file)
        .isEqualTo(expected.toString());
    assertThat(committed.lines()).hasSize(ExportExamples.networks().size());
  }
}
