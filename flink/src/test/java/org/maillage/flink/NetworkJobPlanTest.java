package org.maillage.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's plan, built and not run: no cluster. */
class NetworkJobPlanTest {
  @TempDir
  Path dir;

  @Test
  void readingCheckingAndWritingTheResultsAreChainedInOneTaskAndOnlyTheSumsAreShuffled() throws Exception {
    // given
    Path input = Files.createDirectories(dir.resolve("in"));
    NetworkLines.write(input.resolve("a.jsonl"), 2, 1);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    NetworkJob.configure(env);

    // when
    NetworkJob.check(NetworkJob.fromFiles(env, input.toString()), LocalDate.of(2026, 6, 1), dir.resolve("out")
        .toString());
    JobGraph graph = env.getStreamGraph().getJobGraph();
    List<String> tasks = new ArrayList<>();
    for (JobVertex vertex : graph.getVertices()) {
      tasks.add(vertex.getName());
    }

    // then
    assertThat(tasks).anySatisfy(task -> assertThat(task)
        .contains("read JSON Lines", "validate, classify, measure", "results", "bad lines"));
    assertThat(tasks).noneSatisfy(task -> assertThat(task).contains("aggregate").contains("validate"));
    assertThat(tasks).anySatisfy(task -> assertThat(task).startsWith("territory fold"))
        .noneSatisfy(task -> assertThat(task).contains("territory fold").contains("validate"));
  }
}
