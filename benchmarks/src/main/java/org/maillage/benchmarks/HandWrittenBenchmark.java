package org.maillage.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.maillage.benchmarks.PlainRecords.NetworkRecord;
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
 * Throughput of a hand-written single pass over the same networks as plain records ({@link PlainRecords}),
 * making the same field checks as the bean constraints ({@link HandWrittenChecks}) and returning a violation
 * count: the floor for checking a network field by field, with no allocation when everything passes.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HandWrittenBenchmark {
  /** Members of the network, the focal person not counted. */
  @Param({"10", "60", "400", "10000"})
  public int members;

  private NetworkRecord network;
  private LocalDate asOf;

  /** Creates the benchmark; JMH does. */
  public HandWrittenBenchmark() {}

  /** Builds the records, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    network = PlainRecords.of(Networks.personCentred(members));
    asOf = Networks.AS_OF;
  }

  /**
   * Checks the records.
   *
   * @return the number of violations (0 on these networks)
   */
  @Benchmark
  public int validate() {
    return HandWrittenChecks.violations(network, asOf);
  }
}
