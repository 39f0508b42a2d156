package org.maillage.benchmarks;

import java.util.concurrent.TimeUnit;
import org.maillage.core.Validator;
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
 * What a case system pays: a network value built from its records and validated once. On
 * {@link Networks#personCentred(int)}, the network the two baselines use, at 10, 60, 400 and 10,000 members:
 * <ul>
 *   <li>{@link #firstValidation}: the first validation of a value never validated, the headline figure. Each
 *       invocation gets a value built afresh from the parts, as {@link #build} builds it (a new network value,
 *       its structural checks and indexes, never validated), by a setup run before the invocation and outside
 *       its timing ({@code Level.Invocation}); so the time is the validation's alone, while
 *       {@code gc.alloc.rate.norm} also counts the setup's allocation: the allocation of a first validation is
 *       {@link #buildAndFirstValidation} minus {@link #build}, in the same run. (Until run 2026-12-04-3 the setup
 *       drew the whole network from the random generator, whose 700 KB of garbage per invocation evicted the
 *       caches and made the figure that of a cold machine, four times the difference below.)</li>
 *   <li>{@link #build}: building the value alone from its parts, as a case system does once it has read its
 *       records: {@link Networks.Parts#build()}, the api's {@code Network.builder()} given the network's
 *       attributes and plain lists of member, tie, meeting, flow and other part values made in the trial
 *       set-up, then {@code build()}, structural checks and the network's indexes included. The part values
 *       are made once and shared by the values built (their own builders are not timed), and the random
 *       generator of {@link Networks} is not timed either.</li>
 *   <li>{@link #buildAndFirstValidation}: building it so and validating it once; its difference from
 *       {@link #build} is a second estimate of the first validation.</li>
 * </ul>
 * {@code ValidatorBenchmark.validate} remains the secondary figure: a value validated again, whose indexes an
 * earlier validation built.
 *
 * @since 0.1
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FirstValidationBenchmark {
  /** Creates the benchmark; JMH does. */
  public FirstValidationBenchmark() {}

  /**
   * The size under test, the validator and the settings, shared by the trial.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class Size {
    /** Members of the network, the focal person not counted. */
    @Param({"10", "60", "400", "10000"})
    public int members;

    Validator validator;
    ValidationSettings settings;
    Networks.Parts parts;

    /** Creates the state; JMH does. */
    public Size() {}

    /** Builds the validator, the settings and the parts of {@code personCentred(members)}, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
      parts = Networks.Parts.of(Networks.personCentred(members));
    }
  }

  /**
   * A network value built afresh before each invocation, never validated.
   *
   * @since 0.1
   */
  @State(Scope.Thread)
  public static class Fresh {
    Network network;

    /** Creates the state; JMH does. */
    public Fresh() {}

    /**
     * Builds a new value from the parts, as a case system builds it from its records, before each invocation,
     * outside its timing.
     *
     * @param size the size under test and its parts
     */
    @Setup(Level.Invocation)
    public void setUp(Size size) {
      network = size.parts.build();
    }
  }

  /**
   * Validates a value never validated before: the headline figure.
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
   * Builds a new value from the parts made in the set-up, with the api builder, structural checks included.
   *
   * @param size the size under test and its parts
   * @return the value
   */
  @Benchmark
  public Network build(Size size) {
    return size.parts.build();
  }

  /**
   * Builds a new value from the parts made in the set-up, as {@link #build}, and validates it once.
   *
   * @param size the size under test, its parts, the validator and settings
   * @return the report
   */
  @Benchmark
  public ValidationReport buildAndFirstValidation(Size size) {
    return size.validator.validate(size.parts.build(), size.settings);
  }
}
