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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the standard catalogue: {@code Validator.standard().validate(network, asOf(AS_OF))}, on
 * {@link Networks#personCentred(int)} networks of 10, 60 and 400 members, by one thread and by two threads
 * sharing one validator, on the {@link Networks#clean(int) clean} 60-member network (no finding), whose
 * {@code gc.alloc.rate.norm} under {@code -prof gc} is the allocation of a validation with nothing to report,
 * on {@link Networks#referents(int)} networks of 1,000, 4,000 and 16,000 référents in force, and on
 * {@link Networks#flows(int)} networks of 2,000 and 8,000 flows, each with an objection and a consent.
 *
 * <p>The network, the settings and the validator are built once per trial, outside the measurement; the
 * returned report is consumed by JMH's blackhole.
 *
 * @since 0.1
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidatorBenchmark {
  /** Creates the benchmark; JMH does. */
  public ValidatorBenchmark() {}

  /**
   * The person-centred network of the size under test, shared by every thread of a trial.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class PersonCentred {
    /** Members of the network, the focal person not counted. */
    @Param({"10", "60", "400", "10000"})
    public int members;

    Validator validator;
    ValidationSettings settings;
    Network network;

    /** Creates the state; JMH does. */
    public PersonCentred() {}

    /** Builds the network, the settings and the validator, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
      network = Networks.personCentred(members);
    }
  }

  /**
   * The clean 60-member network, on which no rule fires.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class Clean {
    Validator validator;
    ValidationSettings settings;
    Network network;

    /** Creates the state; JMH does. */
    public Clean() {}

    /** Builds the network, the settings and the validator, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
      network = Networks.clean(60);
    }
  }

  /**
   * The network of {@link Networks#referents(int)} whose professionals, of the number under test, are all
   * référents in force.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class Referents {
    /** Professionals of the network, each designated référent and in force on {@link Networks#AS_OF}. */
    @Param({"1000", "4000", "16000"})
    public int referents;

    Validator validator;
    ValidationSettings settings;
    Network network;

    /** Creates the state; JMH does. */
    public Referents() {}

    /** Builds the network, the settings and the validator, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
      network = Networks.referents(referents);
    }
  }

  /**
   * The network of {@link Networks#flows(int)}: information flows of the number under test, each with one
   * objection and one consent by the person.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class Flows {
    /** Information flows of the network, each adding one objection and one consent by the person. */
    @Param({"2000", "8000"})
    public int flows;

    Validator validator;
    ValidationSettings settings;
    Network network;

    /** Creates the state; JMH does. */
    public Flows() {}

    /** Builds the network, the settings and the validator, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
      network = Networks.flows(flows);
    }
  }

  /**
   * Validates the person-centred network on one thread.
   *
   * @param state the network under test
   * @return the report
   */
  @Benchmark
  public ValidationReport validate(PersonCentred state) {
    return state.validator.validate(state.network, state.settings);
  }

  /**
   * Validates the person-centred network on two threads at once, sharing one validator and one network; JMH
   * reports the two threads' summed throughput.
   *
   * @param state the network under test, shared
   * @return the report
   */
  @Benchmark
  @Threads(2)
  public ValidationReport validateTwoThreads(PersonCentred state) {
    return state.validator.validate(state.network, state.settings);
  }

  /**
   * Validates the clean 60-member network, which has no finding.
   *
   * @param state the clean network
   * @return the (empty) report
   */
  @Benchmark
  public ValidationReport validateClean(Clean state) {
    return state.validator.validate(state.network, state.settings);
  }

  /**
   * Validates the network whose professionals are all référents in force, with the whole catalogue: the time
   * per référent, 1 ÷ (score × référents), is to stay flat as the référents grow.
   *
   * @param state the network under test
   * @return the report
   */
  @Benchmark
  public ValidationReport referents(Referents state) {
    return state.validator.validate(state.network, state.settings);
  }

  /**
   * Validates the network of many flows, each with an objection and a consent, with the whole catalogue: the
   * time per flow, 1 ÷ (score × flows), is to stay flat as the flows grow.
   *
   * @param state the network under test
   * @return the report
   */
  @Benchmark
  public ValidationReport flows(Flows state) {
    return state.validator.validate(state.network, state.settings);
  }

  /**
   * Builds a new value of the clean network from the same members, ties, flows and other parts: the cost of
   * the structural checks a case system pays on each save, before validating (informative, no goal).
   *
   * @param state the clean network
   * @return the new value
   */
  @Benchmark
  public Network rebuildClean(Clean state) {
    return Network.builder().from(state.network).build();
  }

  /**
   * Builds a new value of the clean network, as {@link #rebuildClean}, and validates it: a network value
   * validated for the first time, whose indexes (members by id, ties by member, institutions...) are computed
   * by this validation, where {@link #validateClean} finds them already made (informative, no goal).
   *
   * @param state the clean network
   * @return the (empty) report
   */
  @Benchmark
  public ValidationReport rebuildAndValidateClean(Clean state) {
    return state.validator.validate(Network.builder().from(state.network).build(), state.settings);
  }
}
