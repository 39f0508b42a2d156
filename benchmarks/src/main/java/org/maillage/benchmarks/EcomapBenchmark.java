package org.maillage.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.core.Validator;
import org.maillage.formats.ecomap.Ecomap;
import org.maillage.formats.ecomap.EcomapOptions;
import org.maillage.network.Network;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ecomap's cost against what a case system already pays (issue 14's goal: laying out and writing the
 * 60-member network's ecomap at most the time of its first validation): {@link #ecomap}, the layout and the SVG of
 * {@link Networks#personCentred(int)}, against {@link #firstValidation}, the same network built afresh before each
 * invocation from its parts and validated once (as {@link FirstValidationBenchmark#firstValidation}), in the same
 * run. Run with {@code -prof gc} for the allocation of each.
 *
 * <p>{@link #writingFloor} is the least any writer of the same picture pays: the finished SVG, cut once in the
 * set-up into its literal runs and its numbers, written again into a new string, each run appended whole and each
 * number formatted with one decimal as the ecomap writes it, with no layout, no lookup and no decision. The
 * 60-member picture is 83 KB with about 4,600 numbers; when this floor alone costs more than the first validation,
 * the goal cannot be met by any faster layout or writer, only by drawing less.
 *
 * @since 0.2
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EcomapBenchmark {
  /** Creates the benchmark; JMH does. */
  public EcomapBenchmark() {}

  /**
   * The network, the options, the validator and the settings, shared by the trial.
   *
   * @since 0.2
   */
  @State(Scope.Benchmark)
  public static class Size {
    /** Members of the network, the focal person not counted. */
    @Param({"20", "60", "80"})
    public int members;

    Network network;
    Networks.Parts parts;
    EcomapOptions options;
    Validator validator;
    ValidationSettings settings;
    /** The finished SVG's literal runs; number i comes after run i. */
    List<String> runs;
    /** The finished SVG's numbers with one decimal, in tenths, in order. */
    long[] tenths;
    int length;

    /** Creates the state; JMH does. */
    public Size() {}

    /** Builds the network, its parts, the options and the floor's runs and numbers, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      network = Networks.personCentred(members);
      parts = Networks.Parts.of(network);
      options = EcomapOptions.of(Networks.AS_OF);
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
      String svg = Ecomap.svg(network, options);
      length = svg.length();
      runs = new ArrayList<>();
      List<Long> numbers = new ArrayList<>();
      Matcher m = NUMBER.matcher(svg);
      int from = 0;
      while (m.find()) {
        runs.add(svg.substring(from, m.start()));
        numbers.add(Long.parseLong(m.group(1) + m.group(2)));
        from = m.end();
      }
      runs.add(svg.substring(from));
      tenths = numbers.stream().mapToLong(Long::longValue).toArray();
    }
  }

  /** A number with one decimal as the ecomap writes it: the integer part (with its sign) and the tenth. */
  private static final Pattern NUMBER = Pattern.compile("(-?[0-9]+)\\.([0-9])(?![0-9])");

  /**
   * A network value built afresh before each invocation, never validated.
   *
   * @since 0.2
   */
  @State(Scope.Thread)
  public static class Fresh {
    Network network;

    /** Creates the state; JMH does. */
    public Fresh() {}

    /**
     * Builds a new value from the parts made in the trial set-up before each invocation, outside its timing, as
     * {@link FirstValidationBenchmark.Fresh} does.
     *
     * @param size the size under test and its parts
     */
    @Setup(Level.Invocation)
    public void setUp(Size size) {
      network = size.parts.build();
    }
  }

  /**
   * Lays out and writes the ecomap.
   *
   * @param size the network and options
   * @return the SVG
   */
  @Benchmark
  public String ecomap(Size size) {
    return Ecomap.svg(size.network, size.options);
  }

  /**
   * Validates a value never validated before: the baseline.
   *
   * @param size the validator and settings
   * @param fresh the new value
   * @return the report
   */
  @Benchmark
  public ValidationReport firstValidation(Size size, Fresh fresh) {
    return size.validator.validate(fresh.network, size.settings);
  }

  /**
   * The floor: the finished picture's literal runs and numbers written again into a new string, nothing else.
   *
   * @param size the runs and numbers of the picture
   * @return the same SVG
   */
  @Benchmark
  public String writingFloor(Size size) {
    StringBuilder b = new StringBuilder(size.length);
    List<String> runs = size.runs;
    long[] tenths = size.tenths;
    for (int i = 0; i < tenths.length; i++) {
      b.append(runs.get(i));
      long t = tenths[i];
      if (t < 0) {
        b.append('-');
      }
      long abs = Math.abs(t);
      b.append(abs / 10).append('.').append(abs % 10);
    }
    return b.append(runs.get(tenths.length)).toString();
  }
}
