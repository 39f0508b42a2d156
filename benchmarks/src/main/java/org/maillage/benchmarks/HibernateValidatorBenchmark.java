package org.maillage.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.maillage.benchmarks.PlainBeans.NetworkBean;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of Hibernate Validator (Jakarta Validation 3.0) on the same networks as a plain bean graph
 * ({@link PlainBeans}: field constraints and cascading {@code @Valid} only), the baseline the catalogue is
 * compared with. The validator is built once per trial and shared; its clock is fixed at {@link Networks#AS_OF}
 * so that {@code @PastOrPresent} judges as of the same date as the catalogue.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HibernateValidatorBenchmark {
  /** Members of the network, the focal person not counted. */
  @Param({"10", "60", "400", "10000"})
  public int members;

  private ValidatorFactory factory;
  private Validator validator;
  private NetworkBean network;

  /** Creates the benchmark; JMH does. */
  public HibernateValidatorBenchmark() {}

  /** Builds the bean graph and the validator, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    factory = validatorFactory();
    validator = factory.getValidator();
    network = PlainBeans.of(PlainRecords.of(Networks.personCentred(members)));
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /**
   * Validates the bean graph.
   *
   * @return the violations (none on these networks)
   */
  @Benchmark
  public Set<ConstraintViolation<NetworkBean>> validate() {
    return validator.validate(network);
  }

  /** The default provider's factory, with the clock fixed at {@link Networks#AS_OF}, midnight UTC. */
  static ValidatorFactory validatorFactory() {
    Clock asOf = Clock.fixed(Networks.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return Validation.byDefaultProvider().configure().clockProvider(() -> asOf).buildValidatorFactory();
  }
}
