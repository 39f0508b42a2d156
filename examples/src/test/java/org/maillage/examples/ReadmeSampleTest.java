package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the code samples of README.md, so that they cannot rot. */
class ReadmeSampleTest {

  private static final String IMPORTS = String.join("\n",
      "import java.time.LocalDate;",
      "import java.util.Locale;",
      "import org.maillage.*;",
      "import org.maillage.member.*;",
      "import org.maillage.network.*;",
      "import org.maillage.person.*;",
      "import org.maillage.core.*;",
      "import org.maillage.validation.*;",
      "import org.maillage.analysis.*;",
      "import java.util.ArrayList;",
      "import java.util.List;",
      "import java.util.Optional;",
      "import java.util.Set;",
      "import java.util.SplittableRandom;",
      "import java.util.TreeSet;",
      "import java.io.StringWriter;",
      "import org.maillage.formats.graphml.*;");

  @Test
  void readmeSampleCompilesRunsAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String sample = between(readme, "<!-- sample:start -->", "<!-- sample:end -->");

    // when
    String printed = run(dir, between(sample, "```java", "```")).trim();

    // then
    String promised = between(readme.substring(readme.indexOf("<!-- sample:end -->")), "It prints `", "`");
    assertThat(List.of(printed)).containsExactly(promised);
  }

  @Test
  void readmeMetricsSampleCompilesRunsAndPrintsTheTablesTheReadmeShows(@TempDir Path dir) throws Exception {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String sample = between(readme, "<!-- metrics-sample:start -->", "<!-- metrics-sample:end -->");

    // when
    String printed = run(dir, between(sample, "```java", "```"));

    // then
    String shown = between(between(readme, "<!-- metrics-output:start -->", "<!-- metrics-output:end -->"),
        "```text\n", "```");
    assertThat(printed).isEqualTo(shown);
  }

  @Test
  void readmeTerritorySampleCompilesRunsAndPrintsTheAnalysisTheReadmeShows(@TempDir Path dir) throws Exception {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String sample = between(readme, "<!-- territory-sample:start -->", "<!-- territory-sample:end -->");

    // when
    String printed = run(dir, between(sample, "```java", "```"));

    // then
    String shown = between(between(readme, "<!-- territory-output:start -->", "<!-- territory-output:end -->"),
        "```text\n", "```");
    assertThat(printed).isEqualTo(shown);
  }

  /** Compiles a sample as the body of a main method, runs it, and returns what it printed. */
  private String run(Path dir, String code) throws Exception {
    Path source = dir.resolve("ReadmeSample.java");
    Files.writeString(source, IMPORTS + "\npublic class ReadmeSample {\n  public static void main(String[] args) {\n"
        + code + "\n  }\n}\n", StandardCharsets.UTF_8);
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, null, diagnostics, "-classpath", classPath, "-d", dir.toString(),
        source.toString());
    assertThat(status).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("ReadmeSample").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("README marker %s", start).isNotNegative();
    from += start.length();
    int to = text.indexOf(end, from);
    assertThat(to).as("README marker %s", end).isPositive();
    return text.substring(from, to);
  }
}
