package org.maillage.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.concurrent.TimeUnit;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the JSON of {@link Networks#personCentred(int) the 60-member network}, against the
 * baseline of Jackson databind reading the same document into plain records ({@link JsonRecords}) and writing
 * them back.
 *
 * <p>{@link #readNetwork} parses, builds the immutable network and runs its structural checks (what
 * {@link NetworkJsonReader} does); {@link #readRecords} only binds. {@link #writeNetwork} writes the network with
 * {@link NetworkJsonWriter}; {@link #writeRecords} writes the records, empty values left out as the writer does.
 * The issue asks a read within 3 times of the baseline and a write within 2 times. Bytes in and out, UTF-8.
 *
 * @since 0.1
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {
  /** Creates the benchmark; JMH does. */
  public JsonBenchmark() {}

  /**
   * The network, its document and its records, made once per trial.
   *
   * @since 0.1
   */
  @State(Scope.Benchmark)
  public static class Document {
    Network network;
    byte[] json;
    JsonMapper mapper;
    JsonRecords.DocumentRecord records;
    NetworkJsonReader reader;
    NetworkJsonWriter writer;

    /** Creates the state; JMH does. */
    public Document() {}

    /** Writes the 60-member network and reads it into records, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      network = Networks.personCentred(60);
      writer = NetworkJsonWriter.create();
      reader = NetworkJsonReader.create();
      json = writer.write(network).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      mapper = mapper();
      records = mapper.readValue(json, JsonRecords.DocumentRecord.class);
    }
  }

  /** The baseline's mapper: records bound by their canonical constructors, empty values not written. */
  static JsonMapper mapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .build();
  }

  /**
   * Reads the network: parse, build, structural checks.
   *
   * @param d the document
   * @return the network
   */
  @Benchmark
  public Network readNetwork(Document d) {
    return d.reader.read(d.json);
  }

  /**
   * Reads the document into plain records with Jackson databind: the baseline.
   *
   * @param d the document
   * @return the records
   */
  @Benchmark
  public JsonRecords.DocumentRecord readRecords(Document d) {
    return d.mapper.readValue(d.json, JsonRecords.DocumentRecord.class);
  }

  /**
   * Writes the network.
   *
   * @param d the document
   * @return the bytes
   */
  @Benchmark
  public byte[] writeNetwork(Document d) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(d.json.length + 64);
    d.writer.write(d.network, out);
    return out.toByteArray();
  }

  /**
   * Writes the records with Jackson databind: the baseline.
   *
   * @param d the document
   * @return the bytes
   */
  @Benchmark
  public byte[] writeRecords(Document d) {
    return d.mapper.writeValueAsBytes(d.records);
  }
}
