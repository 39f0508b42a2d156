package org.maillage.flink;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.jspecify.annotations.Nullable;

/**
 * The Flink job: reads JSON Lines of networks, validates, classifies and measures each
 * ({@link NetworkCheck}), and writes JSON Lines of results, of bad lines and of the aggregate, in three
 * directories of the output: {@code results/}, {@code bad-lines/} and {@code aggregate/}.
 *
 * <p>The plan: the files are listed on the client and spread over the readers ({@link FileLines}); reading and
 * checking are chained in one task, so that a line is a {@link Line} record handed from one operator to the next
 * and the model values never leave the checking operator; results and bad lines are written by chained sinks.
 * Only the counts of the aggregate are shuffled, keyed by what they count, and summed. The job runs in batch
 * mode: the input is bounded, so the sums are emitted once, at the end. Generic types are disabled: no record
 * falls back to Kryo.
 *
 * <p>Run locally (see README, "When one machine is not enough"):
 * <pre>{@code
 * mvn -q -B -pl flink -am compile exec:exec \
 *     -Dexec.args="--input target/networks --output target/out --date 2026-12-01 --parallelism 2"
 * }</pre>
 * or {@code --generate N --seed S} instead of {@code --input} to check generated networks without storing them.
 *
 * <p>Stateless: each method builds a new plan.
 *
 * @since 0.2
 */
public final class NetworkJob {
  private NetworkJob() {}

  /**
   * Returns the lines of the files of an input (a file, or a directory of files, gzip ones included), read in
   * parallel file by file.
   *
   * @param env the environment
   * @param input a file or a directory
   * @return the lines
   */
  public static DataStream<Line> fromFiles(StreamExecutionEnvironment env, String input) {
    List<String> files = FileLines.list(input);
    return env.fromData(files, Types.STRING).name("files")
        .rebalance()
        .flatMap(new FileLines(), TypeInformation.of(Line.class)).name("read JSON Lines");
  }

  /**
   * Returns the lines of {@code count} generated networks (see {@link NetworkLines#line}), made in parallel and
   * never stored: file {@code generated}, line {@code index + 1}.
   *
   * @param env the environment
   * @param count how many networks
   * @param seed the seed of the run
   * @return the lines
   */
  public static DataStream<Line> generated(StreamExecutionEnvironment env, long count, long seed) {
    return env.fromSequence(0, count - 1).name("indexes")
        .map(new Generate(seed, null), TypeInformation.of(Line.class)).name("generate JSON Lines");
  }

  /**
   * Returns the lines of a throughput run (see {@link NetworkLines#sized}), made in parallel and never stored: file
   * {@code generated}, line {@code index + 1}. The templates are drawn once, by the caller, and shipped with the
   * plan.
   *
   * @param env the environment
   * @param count how many networks
   * @param sized the templates
   * @return the lines
   */
  public static DataStream<Line> generated(StreamExecutionEnvironment env, long count, NetworkLines.Sized sized) {
    return env.fromSequence(0, count - 1).name("indexes")
        .map(new Generate(0, Objects.requireNonNull(sized, "sized")), TypeInformation.of(Line.class))
        .name("generate JSON Lines");
  }

  /**
   * Adds the checking and the three sinks to a plan.
   *
   * @param lines the lines to check
   * @param date the date the networks are judged as of
   * @param output the output directory
   * @return the result lines, for a caller that wants more sinks
   */
  public static SingleOutputStreamOperator<String> check(DataStream<Line> lines, LocalDate date, String output) {
    Objects.requireNonNull(output, "output");
    SingleOutputStreamOperator<String> results =
        lines.transform("validate, classify, measure", Types.STRING, new CheckLines(date));
    results.sinkTo(sink(output, "results")).name("results");
    results.getSideOutput(CheckLines.BAD_LINES).sinkTo(sink(output, "bad-lines")).name("bad lines");
    results.getSideOutput(CheckLines.COUNTS)
        .keyBy(new ByKey(), Types.STRING)
        .reduce(new Sum()).name("aggregate")
        .map(new ToJson(), Types.STRING)
        .sinkTo(sink(output, "aggregate")).name("aggregate lines");
    results.getSideOutput(CheckLines.TERRITORY)
        .keyBy(new ByPart(), Types.STRING)
        .reduce(new Merge()).name("territory fold")
        .map(new PartToJson(), Types.STRING)
        .sinkTo(sink(output, "territory")).name("territory lines");
    return results;
  }

  /**
   * Builds and runs the job in batch mode on the environment's cluster (a local one from an IDE or
   * {@code exec:exec}, the cluster's when submitted with {@code flink run}).
   *
   * @param env the environment; its parallelism is the job's
   * @param input a file or directory of JSON Lines, or null with {@code generate} above 0
   * @param generate how many networks to generate instead of reading files
   * @param seed the generator's seed
   * @param date the date the networks are judged as of
   * @param output the output directory
   * @return the job's result
   * @throws Exception if the job fails (a bad line does not make it fail)
   */
  public static JobExecutionResult run(StreamExecutionEnvironment env, @Nullable String input, long generate,
      long seed, LocalDate date, String output) throws Exception {
    configure(env);
    DataStream<Line> lines = input != null ? fromFiles(env, input) : generated(env, generate, seed);
    check(lines, date, output);
    return env.execute("maillage: validate and analyse networks");
  }

  /**
   * Runs the job: {@code --input PATH} or {@code --generate N [--seed S]}, then {@code --output DIR}
   * {@code [--date YYYY-MM-DD] [--parallelism N]}; the date is today's by default.
   *
   * @param args the arguments
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    Arguments a = Arguments.parse(args);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (a.has("parallelism")) {
      env.setParallelism(Integer.parseInt(a.get("parallelism", "1")));
    }
    String input = a.has("input") ? a.required("input") : null;
    long generate = input == null ? Long.parseLong(a.required("generate")) : 0;
    LocalDate date = LocalDate.parse(a.get("date", LocalDate.now().toString()));
    String output = a.required("output");
    long start = System.nanoTime();
    JobExecutionResult result = run(env, input, generate, Long.parseLong(a.get("seed", "42")), date, output);
    System.out.printf("NetworkJob: done in %.1f s (Flink: %d ms), results in %s%n", (System.nanoTime() - start) / 1e9,
        result.getNetRuntime(), output);
  }

  /**
   * Sets what the job needs of an environment: batch mode (the input is bounded); no generic types, so that a
   * type that would fall back to Kryo fails the plan instead of slowing it down; and object reuse, so that a record
   * passes from one chained operator to the next without a copy. Reuse is safe here: every operator makes a new
   * record for what it emits and never changes one it received after passing it on, and the sums keep a part they
   * received only while no one else holds it (see {@link TerritoryLines.Sums}).
   *
   * @param env the environment
   */
  public static void configure(StreamExecutionEnvironment env) {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.configure(Configuration.fromMap(Map.of(PipelineOptions.GENERIC_TYPES.key(), "false",
        PipelineOptions.OBJECT_REUSE.key(), "true")));
  }

  /** A file sink of rows, one directory, files named {@code part-…jsonl}. */
  static FileSink<String> sink(String output, String directory) {
    return FileSink.forRowFormat(new Path(output, directory), new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(OutputFileConfig.builder().withPartSuffix(".jsonl").build())
        .build();
  }

  /** Makes the line of an index with {@link NetworkLines}. */
  static final class Generate implements MapFunction<Long, Line> {
    private static final long serialVersionUID = 1L;
    private final long seed;
    private final NetworkLines.@Nullable Sized sized;

    Generate(long seed, NetworkLines.@Nullable Sized sized) {
      this.seed = seed;
      this.sized = sized;
    }

    @Override
    public Line map(Long index) {
      NetworkLines.Sized s = sized;
      String text = s != null ? s.line(index) : NetworkLines.line(seed, index);
      return Line.of("generated", index + 1, text);
    }
  }

  /** The key of a count. */
  static final class ByKey implements KeySelector<Count, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(Count count) {
      return count.key;
    }
  }

  /** The key of a territory part: territory, kind and ids. */
  static final class ByPart implements KeySelector<TerritoryPart, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(TerritoryPart part) {
      return part.key();
    }
  }

  /** The sum of two territory parts of one key. */
  static final class Merge implements ReduceFunction<TerritoryPart> {
    private static final long serialVersionUID = 1L;

    @Override
    public TerritoryPart reduce(TerritoryPart a, TerritoryPart b) {
      return TerritoryPart.merge(a, b);
    }
  }

  /** A territory part as a territory line. */
  static final class PartToJson implements MapFunction<TerritoryPart, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String map(TerritoryPart part) {
      return part.toJson();
    }
  }

  /** The sum of two counts of one key. */
  static final class Sum implements ReduceFunction<Count> {
    private static final long serialVersionUID = 1L;

    @Override
    public Count reduce(Count a, Count b) {
      return Count.of(a.key, a.count + b.count);
    }
  }

  /** A count as an aggregate line. */
  static final class ToJson implements MapFunction<Count, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String map(Count count) {
      return count.toJson();
    }
  }
}
