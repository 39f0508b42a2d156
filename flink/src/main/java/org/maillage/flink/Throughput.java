package org.maillage.flink;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * <p>With {@code --rounds R} (1 by default) the networks are split into R consecutive ranges and the two sides take
 * turns, the loop then the job on each range, every range a new local cluster; the times are summed per side, and
 * the job's is printed also as one job would pay it, its cluster started once (the first round's start, then each
 * round's time once started). On a
 * virtual machine whose speed drifts over minutes (the loop's CPU time a network moved from 0.70 to 0.91 ms between
 * two runs of the same code), taking turns gives both sides the same stretches of the machine, which one long run
 * of each does not.
 *
 * <p>With {@code --two-loops true}, each range is also checked by two plain loops at once on two threads, each on half
 * of it: what the machine gives two threads doing the loop's work, the limit of any job with parallelism 2 on it.
 *
 * <p>Each side is timed once, after a warm-up run by the loop ({@code --warm-up}, by default one tenth of the count,
 * at most 10,000 networks: the JIT compiler compiles the reader and the rules for tens of seconds of CPU, and a
 * loop timed before it is done runs partly on code not yet compiled, which flatters the job);
 * the job's time includes starting its local cluster, as a user pays it (the time once started is printed too).
 * Both sides do the same work: {@link NetworkCheck} on each line, results written to files, the aggregate and the
 * territory fold summed and written. The job's lines come from {@link NetworkJob#generated(StreamExecutionEnvironment,
 * long, NetworkLines.Sized)}: a parallel source that splits the range of indexes between its subtasks, each making
 * the lines of its own indexes, chained with the checking (no line is serialised). The program also prints the
 * machine's cores and load average, the JVM's heap, the CPU time a network costs on each side (all threads of the
 * JVM, garbage collection included), and each side's garbage-collection pauses and JIT compilation time: on a
 * loaded machine the ratio of wall times says little, the CPU times still say what the job adds. Not thread-safe: a
 * program.
 *
 * @since 0.2
 */
public final class Throughput {
  private Throughput() {}

  /**
   * Runs the comparison: {@code [--count N] [--members M] [--parallelism P] [--seed S] [--warm-up W]
   * [--rounds R] [--two-loops true] [--output DIR]}.
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
    int rounds = Integer.parseInt(a.get("rounds", "1"));
    if (rounds < 1 || rounds > count) {
      throw new IllegalArgumentException("--rounds " + rounds + ": give 1 to the count of networks (" + count + ")");
    }
    Configuration conf = new Configuration();
    conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
    conf.set(TaskManagerOptions.TASK_HEAP_MEMORY, MemorySize.parse(a.get("task-heap", "512m")));
    Meter loop = new Meter(os);
    Meter job = new Meter(os);
    double net = 0;
    double firstStart = 0;
    boolean twoLoops = Boolean.parseBoolean(a.get("two-loops", "false"));
    double pair = 0;
    int keys = 0;
    for (int r = 0; r < rounds; r++) {
      long from = count * r / rounds;
      long size = count * (r + 1) / rounds - from;
      loop.start();
      try (Writer results = Files.newBufferedWriter(output.resolve("loop-results-" + r + ".jsonl"), UTF_8);
          Writer bad = Files.newBufferedWriter(output.resolve("loop-bad-lines-" + r + ".jsonl"), UTF_8);
          Writer territory = Files.newBufferedWriter(output.resolve("loop-territory-" + r + ".jsonl"), UTF_8)) {
        keys = Math.max(keys, PlainLoop.run(lines(lines, from, size), check, results, bad, territory).size());
      }
      double roundLoop = loop.stop();

      job.start();
      StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
      NetworkJob.configure(env);
      NetworkJob.check(NetworkJob.generated(env, from, size, lines), date, output.resolve("job-" + r).toString());
      JobExecutionResult result = env.execute("maillage: throughput");
      double roundJob = job.stop();
      net += result.getNetRuntime() / 1e3;
      if (r == 0) {
        firstStart = roundJob - result.getNetRuntime() / 1e3;
      }
      double roundPair = twoLoops ? twoLoops(lines, from, size, date, output.resolve("pair-" + r)) : 0;
      pair += roundPair;
      if (rounds > 1) {
        System.out.printf("round %d: networks %d to %d, loop %.1f s, job %.1f s, ratio %.2f%s%n", r + 1, from + 1,
            from + size, roundLoop, roundJob, roundLoop / roundJob,
            twoLoops ? String.format(Locale.ROOT, "; two loops %.1f s, ratio %.2f", roundPair, roundLoop / roundPair)
                : "");
      }
    }
    System.out.printf("loop: %d networks in %.1f s, %.0f networks/s (%d aggregate keys); %.2f ms of CPU a network%n",
        count, loop.wall, count / loop.wall, keys, 1e3 * loop.cpu / count);
    System.out.printf("job (parallelism %d): %d networks in %.1f s, %.0f networks/s; %.1f s, %.0f networks/s once "
        + "the local cluster has started; %.2f ms of CPU a network%n", parallelism, count, job.wall, count / job.wall,
        net, count / net, 1e3 * job.cpu / count);
    System.out.printf("ratio job/loop: %.2f (goal 1.6 with parallelism 2); once started %.2f; CPU a network, "
        + "job/loop: %.2f; load average now %.2f%n", loop.wall / job.wall, loop.wall / net, job.cpu / loop.cpu,
        os.getSystemLoadAverage());
    System.out.printf("garbage collection (pauses, wall time): loop %.1f s, job %.1f s; JIT compilation (compiler "
        + "threads' time): loop %.1f s, job %.1f s%n", loop.gc, job.gc, loop.jit, job.jit);
    if (twoLoops) {
      System.out.printf("two plain loops on two threads, each on half the networks (this machine's limit for two "
          + "threads doing this work): %.1f s, %.0f networks/s, ratio to the loop %.2f; the job reaches %.0f%% of it "
          + "once started%n", pair, count / pair, loop.wall / pair, 100 * pair / net);
    }
    if (rounds > 1) {
      // one job over all the networks starts its cluster once: the first round's start, then the rounds' net times
      System.out.printf("with one cluster start (the first round's, %.1f s): job %.1f s, ratio job/loop %.2f%n",
          firstStart, net + firstStart, loop.wall / (net + firstStart));
    }
  }

  /**
   * Runs two plain loops at once on two threads, each on half of a range of networks with a check of its own, and
   * returns the wall time in seconds: what this machine gives two threads doing the loop's work, the limit of any
   * job with parallelism 2 on it.
   */
  private static double twoLoops(NetworkLines.Sized lines, long from, long count, LocalDate date, Path output)
      throws Exception {
    Files.createDirectories(output);
    long half = count / 2;
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      long start = System.nanoTime();
      List<Future<Map<String, Long>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        long first = t == 0 ? from : from + half;
        long size = t == 0 ? half : count - half;
        Path results = output.resolve("results-" + t + ".jsonl");
        runs.add(threads.submit(() -> {
          try (Writer out = Files.newBufferedWriter(results, UTF_8)) {
            return PlainLoop.run(lines(lines, first, size), NetworkCheck.asOf(date), out, Writer.nullWriter(),
                Writer.nullWriter());
          }
        }));
      }
      for (Future<Map<String, Long>> run : runs) {
        run.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      threads.shutdown();
    }
  }

  /**
   * What one side has cost, summed over the rounds: wall time, the JVM's CPU time (every thread: the side's own,
   * Flink's, the garbage collector's), collection pauses and JIT compilation, all in seconds.
   */
  private static final class Meter {
    private final OperatingSystemMXBean os;
    double wall;
    double cpu;
    double gc;
    double jit;
    private long wallStart;
    private long cpuStart;
    private long gcStart;
    private long jitStart;

    Meter(OperatingSystemMXBean os) {
      this.os = os;
    }

    void start() {
      cpuStart = cpuTime();
      gcStart = gcTime();
      jitStart = jitTime();
      wallStart = System.nanoTime();
    }

    /** Adds the time since {@link #start} and returns its wall time, in seconds. */
    double stop() {
      double round = (System.nanoTime() - wallStart) / 1e9;
      wall += round;
      cpu += (cpuTime() - cpuStart) / 1e9;
      gc += (gcTime() - gcStart) / 1e3;
      jit += (jitTime() - jitStart) / 1e3;
      return round;
    }

    /** The CPU time of the whole JVM in nanoseconds, or 0. */
    private long cpuTime() {
      return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The milliseconds the JVM's collectors have spent collecting, summed over collectors, or 0. */
    private static long gcTime() {
      long total = 0;
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        total += Math.max(0, collector.getCollectionTime());
      }
      return total;
    }

    /** The milliseconds the JIT compilers have spent compiling, or 0 when the JVM does not say. */
    private static long jitTime() {
      CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
      return compiler != null && compiler.isCompilationTimeMonitoringSupported()
          ? compiler.getTotalCompilationTime() : 0;
    }
  }

  private static long averageLength(NetworkLines.Sized lines) {
    long total = 0;
    for (String template : lines.templates()) {
      total += template.length();
    }
    return total / lines.templates().size();
  }

  private static Iterator<Line> lines(NetworkLines.Sized lines, long count) {
    return lines(lines, 0, count);
  }

  private static Iterator<Line> lines(NetworkLines.Sized lines, long from, long count) {
    return new Iterator<>() {
      private long index = from;

      @Override
      public boolean hasNext() {
        return index < from + count;
      }

      @Override
      public Line next() {
        if (index == from + count) {
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
