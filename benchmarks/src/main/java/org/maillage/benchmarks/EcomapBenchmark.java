package org.maillage.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * invocation and validated once (as {@link FirstValidationBenchmark#firstValidation}), in the same run. Run with
 * {@code -prof gc} for the allocation of each.
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
    EcomapOptions options;
    Validator validator;
    ValidationSettings settings;

    /** Creates the state; JMH does. */
    public Size() {}

    /** Builds the network and the options once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      network = Networks.personCentred(members);
      options = EcomapOptions.of(Networks.AS_OF);
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
    }
  }

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
     * Builds a new value before each invocation, outside its timing.
     *
     * @param size the size under test
     */
    @Setup(Level.Invocation)
    public void setUp(Size size) {
      network = Networks.personCentred(size.members);
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
}
