package org.maillage.benchmarks;

import java.util.concurrent.TimeUnit;
import org.maillage.core.Validator;
import org.maillage.formats.json.NetworkJsonLinesReader;
import org.maillage.formats.json.NetworkLines;
import org.maillage.network.Network;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON Lines in constant memory: {@code count} 60-member networks (100,000 by default, about 4 GB of text)
 * streamed from a generator ({@link GeneratedLines}, never a file) into {@link NetworkJsonLinesReader}, each read
 * and validated one by one, in a JVM of {@code -Xmx256m}; and, measured apart, the same stream only read, and the
 * same number of validations of a network already read. The issue asks the first at 80 percent or more of what the
 * other two predict: {@code 1 / (1/read + 1/validate)} in networks per second.
 *
 * <p>Each invocation is one whole stream (single-shot time); divide {@code count} by the time for networks per
 * second. A smoke run: {@code -p count=1000 -wi 0 -i 1 -f 1}.
 *
 * @since 0.1
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class JsonLinesBenchmark {
  /** Creates the benchmark; JMH does. */
  public JsonLinesBenchmark() {}

  /**
   * The stream's network, the validator and the settings, made once per trial.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class Stream {
    /** Networks in the stream. */
    @Param({"100000"})
    public long count;

    Network network;
    Validator validator;
    ValidationSettings settings;
    NetworkJsonLinesReader reader;

    /** Creates the state; JMH does. */
    public Stream() {}

    /** Builds the network, the validator and the settings, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      network = Networks.personCentred(60);
      validator = Validator.standard();
      settings = ValidationSettings.asOf(Networks.AS_OF);
      reader = NetworkJsonLinesReader.create();
    }
  }

  /**
   * Reads and validates every network of the stream, one by one.
   *
   * @param s the stream
   * @param bh the blackhole
   * @return the networks read
   */
  @Benchmark
  public long readAndValidate(Stream s, Blackhole bh) {
    long n = 0;
    try (NetworkLines lines = s.reader.open(new GeneratedLines(s.network, s.count))) {
      while (lines.hasNext()) {
        bh.consume(s.validator.validate(lines.next(), s.settings));
        n++;
      }
    }
    return n;
  }

  /**
   * Reads every network of the stream, without validating: the read apart.
   *
   * @param s the stream
   * @param bh the blackhole
   * @return the networks read
   */
  @Benchmark
  public long readOnly(Stream s, Blackhole bh) {
    long n = 0;
    try (NetworkLines lines = s.reader.open(new GeneratedLines(s.network, s.count))) {
      while (lines.hasNext()) {
        bh.consume(lines.next());
        n++;
      }
    }
    return n;
  }

  /**
   * Validates the network as many times as the stream holds networks: the validation apart. The first
   * validation of a value pays what a validation again does (the network's indexes are built with it), so
   * this measures what the stream's validations cost.
   *
   * @param s the stream
   * @param bh the blackhole
   * @return the validations
   */
  @Benchmark
  public long validateOnly(Stream s, Blackhole bh) {
    for (long i = 0; i < s.count; i++) {
      bh.consume(s.validator.validate(s.network, s.settings));
    }
    return s.count;
  }
}
