package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.NetworkId;
import org.maillage.core.Validator;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;
import org.maillage.testing.NetworkGenerators;
import org.maillage.validation.Severity;
import org.maillage.validation.ValidationSettings;

/** The command line on files, as a user runs it: every command, every exit code, help and version. */
class CliTest {
  private static final String DATE = "2026-06-01";

  @TempDir
  Path dir;

  /** The output of one run. */
  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    return runWithInput("", args);
  }

  private static Run runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return new Run(code, out.toString(), err.toString());
  }

  /** Networks drawn from the generators, the first ones with and without a finding at ERROR. */
  private static List<Network> networks(int count) {
    List<Network> networks = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(20261203L);
    for (int i = 0; i < count; i++) {
      Network n = NetworkGenerators.personCentredNetworks().next(random);
      networks.add(Network.builder().from(n).id(NetworkId.of("n-" + i)).build());
    }
    return networks;
  }

  private static boolean hasError(Network network) {
    return Validator.standard().validate(network, ValidationSettings.asOf(LocalDate.parse(DATE)))
        .count(Severity.ERROR) > 0;
  }

  /** A network with no finding at ERROR: an empty network, built on the date. */
  private static Network clean() {
    return Network.builder().id(NetworkId.of("n-clean")).created(LocalDate.parse(DATE)).build();
  }

  private Path json(Network network) throws Exception {
    Path file = dir.resolve(network.id().value() + ".json");
    Files.writeString(file, NetworkJsonWriter.create().write(network));
    return file;
  }

  private Path jsonl(List<Network> networks, String... extraLines) throws Exception {
    StringBuilder b = new StringBuilder();
    for (Network n : networks) {
      b.append(NetworkJsonWriter.create().write(n)).append('\n');
    }
    for (String line : extraLines) {
      b.append(line).append('\n');
    }
    Path file = dir.resolve("networks.jsonl");
    Files.writeString(file, b);
    return file;
  }

  @Test
  void validate_exits_0_on_a_clean_network_and_1_on_one_with_an_error() throws Exception {
    // given
    Network withError = networks(40).stream().filter(CliTest::hasError).findFirst().orElseThrow();
    assertThat(hasError(clean())).isFalse();

    // when
    Run ok = run("validate", "--date", DATE, json(clean()).toString());
    Run failing = run("validate", "--date", DATE, "--lang", "fr", json(withError).toString());

    // then
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).startsWith("maillage validate, as of " + DATE);
    assertThat(failing.code()).isEqualTo(Main.FINDINGS);
    assertThat(failing.out()).contains("[ERREUR]", "au " + DATE).doesNotContain("[ERROR]");
  }

  @Test
  void json_lines_in_give_one_result_per_network_and_a_summary() throws Exception {
    // given
    List<Network> networks = networks(5);

    // when
    Run result = run("validate", "--date", DATE, "--format", "json", jsonl(networks).toString());

    // then
    assertThat(result.out().lines()).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"network\":\"n-"));
    assertThat(result.err()).contains("5 network(s) read");
  }

  @Test
  void a_bad_line_is_named_with_its_line_and_the_rest_is_read() throws Exception {
    // given two good networks and a bad line
    Path file = jsonl(networks(2), "{\"format\":\"maillage/1\",\"network\":{\"id\":3}}");

    // when
    Run result = run("classify", "--date", DATE, file.toString());

    // then
    assertThat(result.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(result.out()).contains("== network n-0", "== network n-1");
    assertThat(result.err()).contains(file + ": line 3", "1 bad input(s)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "classify", "metrics", "decide", "render", "report", "convert"})
  void every_command_refuses_a_malformed_file_and_a_missing_one_with_exit_2(String command) throws Exception {
    // given
    Path malformed = dir.resolve("bad.json");
    Files.writeString(malformed, "{\"format\": \"maillage/1\", \"network\": {");
    String[] extra = command.equals("convert") ? new String[] {"--to", "jsonl"} : new String[0];

    // when
    Run bad = run(concat(new String[] {command, "--date", DATE}, extra, new String[] {malformed.toString()}));
    Run missing = run(concat(new String[] {command, "--date", DATE}, extra,
        new String[] {dir.resolve("none.json").toString()}));

    // then
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains(malformed.toString()).contains("line 1");
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("no such file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "classify", "metrics", "decide", "render", "report", "convert", "pseudonymise"})
  void every_command_has_its_help(String command) {
    // when
    Run help = run(command, "--help");

    // then
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: maillage " + command, "FILE|-");
  }

  @Test
  void the_top_command_has_help_version_and_completion() {
    // when
    Run help = run("--help");
    Run version = run("--version");
    Run completion = run("generate-completion");

    // then
    assertThat(help.out()).contains("validate", "classify", "metrics", "decide", "render", "report", "convert",
        "Exit codes:");
    assertThat(version.out()).startsWith("maillage ");
    assertThat(completion.out()).contains("complete");
  }

  @Test
  void classify_metrics_and_decide_print_text_and_json() throws Exception {
    // given
    Path file = json(networks(3).get(2));

    // when
    Run classify = run("classify", "--date", DATE, "--format", "json", file.toString());
    Run metrics = run("metrics", "--date", DATE, "--lang", "nl", file.toString());
    Run decide = run("decide", "--date", DATE, "--format", "json", file.toString());

    // then
    assertThat(classify.code()).isZero();
    assertThat(classify.out()).startsWith("{\"network\":\"n-2\"").contains("\"forms\":[");
    assertThat(metrics.out()).contains("== netwerk n-2", "dichtheid");
    assertThat(decide.out()).startsWith("{\"network\":\"n-2\"").contains("\"decisions\":[");
  }

  @Test
  void render_and_report_write_one_file_per_network_into_a_folder() throws Exception {
    // given
    Path file = jsonl(networks(3));
    Path pictures = dir.resolve("pictures/");
    Path reports = dir.resolve("reports/");
    Files.createDirectories(pictures);
    Files.createDirectories(reports);

    // when
    Run render = run("render", "--date", DATE, "--out", pictures.toString(), file.toString());
    Run report = run("report", "--date", DATE, "--lang", "fr", "--out", reports.toString(), file.toString());

    // then
    assertThat(render.code()).isIn(0, Main.FINDINGS);
    assertThat(pictures.resolve("n-0.svg")).exists().content().startsWith("<?xml").contains("<svg");
    assertThat(report.code()).isIn(0, Main.FINDINGS);
    assertThat(reports.resolve("n-2.html")).exists().content().startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"fr\">", "<svg", "Écocarte").doesNotContain("<script", "src=", "href=", "url(http");
  }

  @Test
  void several_networks_go_into_a_folder_made_for_them_even_without_a_trailing_separator() throws Exception {
    // given: JSON Lines of three networks, and a folder that does not exist yet, named without a final "/"
    Path file = jsonl(networks(3));
    Path pictures = dir.resolve("made-for-them");

    // when
    Run render = run("render", "--date", DATE, "--out", pictures.toString(), file.toString());

    // then: one picture per network, none written over another
    assertThat(render.code()).isIn(0, Main.FINDINGS);
    assertThat(pictures).isDirectory();
    for (int i = 0; i < 3; i++) {
      assertThat(pictures.resolve("n-" + i + ".svg")).exists();
    }
  }

  @Test
  void render_marks_the_findings_and_exits_with_one_on_an_error() throws Exception {
    // given: the flawed pairing, whose validation finds errors
    Path flawed = Path.of("..", "examples", "networks", "flawed-pairing.json");

    // when
    Run render = run("render", "--date", "2026-12-01", flawed.toString());

    // then
    assertThat(render.code()).isEqualTo(Main.FINDINGS);
    assertThat(render.out()).contains("<svg");
  }

  @Test
  void convert_goes_from_json_lines_to_json_and_back_losing_nothing() throws Exception {
    // given
    List<Network> networks = networks(3);
    Path file = jsonl(networks);
    Path one = dir.resolve("one.json");

    // when
    Run toLines = run("convert", "--to", "jsonl", file.toString());
    Run toJson = run("convert", "--to", "json", "--out", one.toString(), json(networks.get(1)).toString());
    Run fromStdin = runWithInput(Files.readString(one), "convert", "--to", "jsonl", "-");

    // then
    assertThat(toLines.out()).isEqualTo(Files.readString(file));
    assertThat(toJson.code()).isZero();
    assertThat(fromStdin.out()).isEqualTo(NetworkJsonWriter.create().write(networks.get(1)) + "\n");
  }

  @Test
  void every_command_runs_on_every_example_network() throws Exception {
    // given the example networks committed with the project
    List<Path> examples;
    try (var files = Files.list(Path.of("..", "examples", "networks"))) {
      examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(7);

    for (Path example : examples) {
      for (String command : List.of("validate", "classify", "metrics", "decide", "render", "report", "convert")) {
        // when
        List<String> args = new ArrayList<>(List.of(command, "--date", "2026-12-01", "--lang", "fr"));
        if (command.equals("convert")) {
          args.addAll(List.of("--to", "jsonl"));
        }
        if (command.equals("render") || command.equals("report")) {
          args.addAll(List.of("--out", dir.resolve(command + "-" + example.getFileName() + ".out").toString()));
        }
        args.add(example.toString());
        Run result = run(args.toArray(new String[0]));

        // then: read and handled; only the validating commands may find an error (the flawed pairing does)
        assertThat(result.code()).as("%s %s: %s", command, example, result.err())
            .isIn(0, List.of("validate", "render", "report").contains(command) ? Main.FINDINGS : 0);
        assertThat(result.err().lines()).as("%s %s", command, example).allMatch(l -> l.startsWith("écrit : "));
      }
    }
  }

  @Test
  void pseudonymise_reads_its_key_from_a_file_and_writes_no_name() throws Exception {
    // given a network with names and a key of 32 bytes in a file
    Network named = NetworkGenerators.withNamesAndNotes().next(new SplittableRandom(11));
    Path key = dir.resolve("key");
    Files.write(key, "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    // when
    Run pseudonymised = run("pseudonymise", "--key-file", key.toString(), "--dates", "shift", "--date", DATE,
        json(named).toString());
    Run withoutKey = run("pseudonymise", json(named).toString());

    // then: one JSON line with no name nor note (codes and labels, such as a theme, stay), the date to validate as
    // of said; no key is a usage error
    assertThat(pseudonymised.code()).isZero();
    assertThat(NetworkJsonWriter.create().write(named)).contains("name~", "note~");
    assertThat(pseudonymised.out().lines()).hasSize(1)
        .allSatisfy(l -> assertThat(l).doesNotContain("name~", "note~", "lifechoice~"));
    assertThat(pseudonymised.err()).contains("validate the pseudonymised network as of");
    assertThat(withoutKey.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(withoutKey.err()).contains("--key-file");
  }

  @Test
  void convert_writes_graphml_dot_and_egor_and_reads_graphml_and_egor_back() throws Exception {
    // given
    List<Network> networks = networks(3);
    Path lines = jsonl(networks);
    Path graphml = dir.resolve("one.graphml");
    Path tables = dir.resolve("tables");

    // when
    Run toGraphml = run("convert", "--to", "graphml", "--out", graphml.toString(), json(networks.get(0)).toString());
    Run toDot = run("convert", "--to", "dot", json(networks.get(0)).toString());
    Run toEgor = run("convert", "--to", "egor", "--out", tables.toString(), lines.toString());
    Run fromGraphml = run("validate", "--date", DATE, "--format", "json", graphml.toString());
    Run fromEgor = run("classify", "--date", DATE, "--format", "json", tables.toString());

    // then
    assertThat(toGraphml.code()).isZero();
    assertThat(graphml).content().contains("<graphml", "http://schema.networkcanvas.com/xmlns");
    assertThat(toDot.out()).contains("graph");
    assertThat(toEgor.code()).isZero();
    assertThat(tables.resolve("egos.csv")).content().startsWith("egoID");
    assertThat(fromGraphml.code()).isIn(0, Main.FINDINGS);
    assertThat(fromGraphml.out()).startsWith("{\"network\":\"n-0\"");
    assertThat(fromEgor.code()).isZero();
    assertThat(fromEgor.out().lines()).hasSize(3);
  }

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] part : parts) {
      all.addAll(List.of(part));
    }
    return all.toArray(new String[0]);
  }
}
