package org.maillage.benchmarks;

import java.util.concurrent.TimeUnit;
import org.maillage.network.Network;
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
 * Costs of the network value itself (<i>valeur réseau</i>), apart from any validation: the time of one call of
 * {@link Network#hashCode()} on a {@link Networks#personCentred(int)} network of 10,000 members, in nanoseconds
 * per call. A case system that keeps networks in hash maps or sets asks for it again and again.
 *
 * <p>The network is built once per trial, outside the measurement, and its hash code asked for once before the
 * first iteration, so that the measurement is that of a value already hashed.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NetworkBenchmark {
  /** Members of the network, the focal person not counted. */
  @Param({"10000"})
  public int members;

  private Network network;

  /** Creates the benchmark; JMH does. */
  public NetworkBenchmark() {}

  /** Builds the network and asks for its hash code once, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    network = Networks.personCentred(members);
    network.hashCode();
  }

  /**
   * Asks the network for its hash code.
   *
   * @return the hash code
   */
  @Benchmark
  public int networkHashCode() {
    return network.hashCode();
  }
}
