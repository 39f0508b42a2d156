package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/** One validator shared by 8 threads over 10,000 generated networks gives exactly the sequential reports. */
class ValidatorConcurrencyTest {
  private static final int NETWORKS = 10_000;
  private static final int THREADS = 8;

  /** A network and the settings it is validated with. */
  record Job(Network network, ValidationSettings settings) {}

  /** The jobs of one run; its text stays short, since a failure prints it with the seed that replays it. */
  record Workload(List<Job> jobs) {
    @Override
    public String toString() {
      return jobs.size() + " networks";
    }
  }

  Gen<Workload> workloads() {
    Gen<ValidationSettings> settings = Gen.integers(-500, 500)
        .map(d -> ValidationSettings.asOf(NetworkGenerators.REFERENCE_DATE.plusDays(d)));
    return Gen.combine(NetworkGenerators.networks(), settings).as(Job::new).list().ofSize(NETWORKS)
        .map(Workload::new);
  }

  /** One try only: its 10,000 networks are the tries; a failure prints the seed that draws them again. */
  @Property(tries = 1)
  void eight_threads_sharing_one_validator_give_exactly_the_sequential_reports(
      @ForAll("workloads") Workload workload) throws Exception {
    // given
    List<Job> jobs = workload.jobs();
    Validator validator = Validator.standard();
    List<ValidationReport> sequential = new ArrayList<>(NETWORKS);
    for (Job job : jobs) {
      sequential.add(validator.validate(job.network(), job.settings()));
    }

    // when
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<ValidationReport>> futures = new ArrayList<>(NETWORKS);
    try {
      for (Job job : jobs) {
        futures.add(pool.submit(() -> validator.validate(job.network(), job.settings())));
      }
      List<ValidationReport> concurrent = new ArrayList<>(NETWORKS);
      for (Future<ValidationReport> f : futures) {
        concurrent.add(f.get());
      }

      // then
      assertThat(concurrent).isEqualTo(sequential);
      assertThat(sequential.stream().mapToInt(ValidationReport::count).sum()).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }
}
