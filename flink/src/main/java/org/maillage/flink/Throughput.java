package org.maillage.flink;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A timed comparison of the job with the plain loop (<i>banc de débit</i>): {@code --count} networks of
 * {@code --members} members, streamed from {@link NetworkLines#sized} and never stored, read, validated,
 * classified, measured and written as results, first by {@link PlainLoop} on one thread, then by the job on a
 * local cluster of {@code --parallelism} slots. Prints networks per second for both and their ratio; the goal
 * is 1.6 or more with parallelism 2 on 2 cores.
 *
 * <pre>{@code
 * mvn -q -B -pl flink -am compile exec:exec -Dexec.mainClass=org.maillage.flink.Throughput \
 *     -Dexec.jvmArgs=-Xmx512m -Dexec.args="--count 100000 --members 60 --parallelism 2"
 * }</pre>
 *
 * <p>Each side is timed once, after a warm-up run by the loop ({@code --warm-up}, by default one tenth of the count,
 * at most 10,000 networks: the JIT compiler compiles the reader and the rules for tens of seconds of CPU, and a
 * loop timed before it is done runs partly on code not yet compiled, which flatters the job);
 * the job's time includes starting its local cluster, as a user pays it (the time once started is printed too).
 * Both sides do the same work: {@link NetworkCheck} on each line, results written to files, the aggregate and the
 * territory fold summed and written. The job's lines come from {@link NetworkJob#generated(StreamExecutionEnvironment,
 * long, NetworkLines.Sized)}: a parallel source that splits the range of indexes between its subtasks, each making
 * the lines of its own indexes, chained with the checking (no line is serialised). The program also prints the
 * machine's cores and load average, the JVM's heap, and the CPU time a network costs on each side (all threads of the
 * JVM, garbage collection included): on a loaded machine the ratio of wall times says little, the CPU times still
 * say what the job adds. Not thread-safe: a program.
 *
 * @since 0.2
 */
public final class Throughput {
  private Throughput() {}

  /**
   * Runs the comparison: {@code [--count N] [--members M] [--parallelism P] [--seed S] [--warm-up W]
   * [--output DIR]}.
   *
   * @param args the arguments
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    Arguments a = Arguments.parse(args);
    long count = Long.parseLong(a.get("count", "100000"));
    int members = Integer.parseInt(a.get("members", "60"));
    int parallelism = Integer.parseInt(a.get("parallelism", "2"));
    long seed = Long.parseLong(a.get("seed", "42"));
    LocalDate date = LocalDate.parse(a.get("date", "2026-12-01"));
    Path output = Path.of(a.get("output", "target/throughput"));
    clear(output);
    Files.createDirectories(output);
    NetworkLines.Sized lines = NetworkLines.sized(seed, members);
    NetworkCheck check = NetworkCheck.asOf(date);

    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    System.out.printf("machine: %d cores, load average %.2f; JVM heap at most %d MB; %d networks of %d ± %d "
        + "members (%d KB of JSON each on average)%n", os.getAvailableProcessors(), os.getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20, count, members, Math.max(1, members / 10), averageLength(lines) >> 10);

    try (Writer none = Writer.nullWriter()) {
      PlainLoop.run(lines(lines, Long.parseLong(a.get("warm-up", Long.toString(Math.min(10_000, Math.max(1,
          count / 10)))))), check, none, none);
    }
    long cpu = cpuTime(os);
    long start = System.nanoTime();
    Map<String, Long> aggregate;
    try (Writer results = Files.newBufferedWriter(output.resolve("loop-results.jsonl"), StandardCharsets.UTF_8);
        Writer bad = Files.newBufferedWriter(output.resolve("loop-bad-lines.jsonl"), StandardCharsets.UTF_8);
        Writer territory = Files.newBufferedWriter(output.resolve("loop-territory.jsonl"), StandardCharsets.UTF_8)) {
      aggregate = PlainLoop.run(lines(lines, count), check, results, bad, territory);
    }
    double loop = (System.nanoTime() - start) / 1e9;
    double loopCpu = (cpuTime(os) - cpu) / 1e9;
    System.out.printf("loop: %d networks in %.1f s, %.0f networks/s (%d aggregate keys); %.2f ms of CPU a network%n",
        count, loop, count / loop, aggregate.size(), 1e3 * loopCpu / count);

    Configuration conf = new Configuration();
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
    conf.set(TaskManagerOptions.TASK_HEAP_MEMORY, MemorySize.parse(a.get("task-heap", "512m")));
    cpu = cpuTime(os);
    start = System.nanoTime();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
    NetworkJob.configure(env);
    NetworkJob.check(NetworkJob.generated(env, count, lines), date, output.resolve("job").toString());
    JobExecutionResult result = env.execute("maillage: throughput");
    double job = (System.nanoTime() - start) / 1e9;
    double jobCpu = (cpuTime(os) - cpu) / 1e9;
    double net = result.getNetRuntime() / 1e3;
    System.out.printf("job (parallelism %d): %d networks in %.1f s, %.0f networks/s; %.1f s, %.0f networks/s once "
        + "the local cluster has started; %.2f ms of CPU a network%n", parallelism, count, job, count / job, net,
        count / net, 1e3 * jobCpu / count);
    System.out.printf("ratio job/loop: %.2f (goal 1.6 with parallelism 2); once started %.2f; CPU a network, "
        + "job/loop: %.2f; load average now %.2f%n", loop / job, loop / net, jobCpu / loopCpu,
        os.getSystemLoadAverage());
  }

  /** The CPU time of the whole JVM (every thread: the loop, Flink's tasks, the garbage collector), or 0. */
  private static long cpuTime(OperatingSystemMXBean os) {
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static long averageLength(NetworkLines.Sized lines) {
    long total = 0;
    for (String template : lines.templates()) {
      total += template.length();
    }
    return total / lines.templates().size();
  }

  private static Iterator<Line> lines(NetworkLines.Sized lines, long count) {
    return new Iterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return index < count;
      }

      @Override
      public Line next() {
        if (index == count) {
          throw new NoSuchElementException();
        }
        long i = index++;
        return Line.of("generated", i + 1, lines.line(i));
      }
    };
  }

  private static void clear(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
