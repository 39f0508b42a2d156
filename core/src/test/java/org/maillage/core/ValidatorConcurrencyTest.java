package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.Test;
import org.maillage.network.Network;
import org.maillage.testing.NetworkArbitraries;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/** One validator shared by 8 threads over 10,000 generated networks gives exactly the sequential reports. */
class ValidatorConcurrencyTest {
  private static final int NETWORKS = 10_000;
  private static final int THREADS = 8;

  @Test
  void eight_threads_sharing_one_validator_give_exactly_the_sequential_reports() throws Exception {
    // given
    List<Network> networks = NetworkArbitraries.networks().sampleStream().limit(NETWORKS)
        .collect(Collectors.toList());
    List<ValidationSettings> settings = Arbitraries.integers().between(-500, 500)
        .map(d -> ValidationSettings.asOf(NetworkArbitraries.REFERENCE_DATE.plusDays(d)))
        .sampleStream().limit(NETWORKS).collect(Collectors.toList());
    Validator validator = Validator.standard();
    List<ValidationReport> sequential = new ArrayList<>(NETWORKS);
    for (int i = 0; i < NETWORKS; i++) {
      sequential.add(validator.validate(networks.get(i), settings.get(i)));
    }

    // when
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<ValidationReport>> futures = new ArrayList<>(NETWORKS);
    try {
      for (int i = 0; i < NETWORKS; i++) {
        int index = i;
        futures.add(pool.submit(() -> validator.validate(networks.get(index), settings.get(index))));
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
