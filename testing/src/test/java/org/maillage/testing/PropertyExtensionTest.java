package org.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The harness itself: fixture properties (nested classes, disabled unless run here) go through the Jupiter
 * engine with the engine test kit, and the tests read what a developer would see.
 */
class PropertyExtensionTest {

  private static final Pattern SEED = Pattern.compile("with seed (-?\\d+)");
  private static final Pattern ARGUMENTS = Pattern.compile("Arguments: (.*)");

  // ---- a failure reports its seed, and the seed replays it -------------------------------------------

  @Test
  void aFailingPropertyReportsTheTrysSeedAndHowToReplayIt() {
    // given a property that fails on about half its values
    Failing.DRAWN.clear();

    // when it runs with fresh seeds
    Throwable failure = onlyFailure(run(Failing.class, ""));

    // then the failure names the property, the try, its seed, the arguments, the replay switch and the cause
    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property Failing#belowFifty failed on try ")
        .hasMessageContaining(" of 50 with seed ")
        .hasMessageContaining("-Dmaillage.seed=" + seedOf(failure))
        .hasMessageContaining("MAILLAGE_SEED=" + seedOf(failure))
        .hasMessageContaining("-Dtest=Failing#belowFifty")
        .hasMessageContaining("Arguments: #0 ")
        .hasMessageContaining("Cause: ");
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("sum");
    int failingTry = Integer.parseInt(failure.getMessage().replaceAll("(?s).*failed on try (\\d+) of.*", "$1"));
    assertThat(Failing.DRAWN).hasSize(failingTry);
  }

  @Test
  void replayingTheSeedOfAFailureDrawsTheSameArgumentsInOneTry() {
    // given the seed of a failure and the arguments it drew
    Failing.DRAWN.clear();
    Throwable first = onlyFailure(run(Failing.class, ""));
    String seed = seedOf(first);
    List<Integer> failingValues = Failing.DRAWN.get(Failing.DRAWN.size() - 1);

    // when the property runs again with that seed set
    Failing.DRAWN.clear();
    Throwable replayed = onlyFailure(run(Failing.class, seed));

    // then it runs one try, with that seed, which draws the same arguments and fails the same way
    assertThat(replayed).hasMessageContaining("failed on try 1 of 1 with seed " + seed);
    assertThat(Failing.DRAWN).containsExactly(failingValues);
    assertThat(argumentsOf(replayed)).isEqualTo(argumentsOf(first));
  }

  // ---- tries ------------------------------------------------------------------------------------------

  @Test
  void aPropertyRunsItsTriesEachWithFreshArguments() {
    // given properties of 37 tries and of the default number
    Counting.COUNT.set(0);
    Counting.VALUES.clear();
    CountingByDefault.COUNT.set(0);

    // when they run
    EngineExecutionResults results = run(Counting.class, "");
    run(CountingByDefault.class, "");

    // then each ran as many times as asked, drawing many different values
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    assertThat(Counting.COUNT).hasValue(37);
    assertThat(new TreeSet<>(Counting.VALUES)).hasSizeGreaterThan(20);
    assertThat(CountingByDefault.COUNT).hasValue(Property.DEFAULT_TRIES);
  }

  @Test
  void aReplayedSeedRunsEveryPropertyOnce() {
    // given a property of 37 tries
    Counting.COUNT.set(0);

    // when it runs with a seed set
    run(Counting.class, "-4711");

    // then it ran once
    assertThat(Counting.COUNT).hasValue(1);
  }

  @Test
  void parametersOfOtherResolversKeepTheirValueOnEveryTry() {
    // given a property that takes a TestInfo besides a drawn value
    WithTestInfo.NAMES.clear();

    // when it runs
    EngineExecutionResults results = run(WithTestInfo.class, "");

    // then every try received the TestInfo
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    assertThat(WithTestInfo.NAMES).hasSize(10).containsOnly("withTestInfo(int, TestInfo)");
  }

  @Test
  void generatorsComeFromDefaultMethodsOfInterfacesAndFromTheParameterType() {
    // given a property whose generators come from an interface and from the parameters' types
    ByTypeAndInterface.SEEN.clear();

    // when it runs
    EngineExecutionResults results = run(ByTypeAndInterface.class, "");

    // then it succeeds, and the values by type reach both booleans, every constant and both signs
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    assertThat(ByTypeAndInterface.SEEN).contains("true", "false", "MIN", "MAX", "int<0", "int>0", "long<0",
        "long>0", "word");
  }

  @Test
  void anUnknownGeneratorMethodIsReportedByName() {
    // given a property naming a generator method that does not exist

    // when it runs
    Throwable failure = onlyFailure(run(UnknownGenerator.class, ""));

    // then the failure names the method and the test class
    assertThat(failure).isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("no method missing() returning a Gen")
        .hasMessageContaining(UnknownGenerator.class.getName());
  }

  // ---- statistics -------------------------------------------------------------------------------------

  @Test
  void anUnmetCoverageFailsThePropertyWhenTheTriesEnd() {
    // given a property that requires a value its generator never reaches
    UnmetCoverage.COUNT.set(0);

    // when it runs
    Throwable failure = onlyFailure(run(UnmetCoverage.class, ""));

    // then every try ran, and the property failed naming the label, the value, the share and the requirement
    assertThat(UnmetCoverage.COUNT).hasValue(20);
    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property UnmetCoverage#neverBig: the generators missed their coverage after 20 tries")
        .hasMessageContaining("coverage of 'big' = 'true' is 0.0%, below the 10.0% required");
  }

  @Test
  void anUnmetCoverageIsNotCheckedWhenASeedIsReplayed() {
    // given a property whose coverage is never met

    // when one seed is replayed
    EngineExecutionResults results = run(UnmetCoverage.class, "12345");

    // then the single try passes: one value proves nothing about coverage
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
  }

  @Test
  void metCoverageSucceedsAndPublishesTheStatistics() {
    // given a property whose generator reaches what it requires

    // when it runs
    EngineExecutionResults results = run(MetCoverage.class, "");

    // then it succeeds and publishes its statistics as a report entry
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    List<Map<String, String>> entries = results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
    assertThat(entries).anySatisfy(entry -> assertThat(entry.get("statistics parity"))
        .matches("even=\\d+\\.\\d% \\(\\d+\\), odd=\\d+\\.\\d% \\(\\d+\\)"));
  }

  // ---- generators that cannot draw --------------------------------------------------------------------

  @Test
  void aFilterThatRejectsEverythingFailsWithAClearMessage() {
    // given a property drawing from a filter that rejects every value

    // when it runs
    Throwable failure = onlyFailure(run(Impossible.class, ""));

    // then it fails before the first try, saying which filter gave up, with the seed and how to replay it
    assertThat(failure).isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("Property Impossible#impossible could not draw the arguments of try 1 of 5 with seed ")
        .hasMessageContaining("-Dmaillage.seed=")
        .hasMessageContaining("Gen.filter rejected " + Gen.FILTER_ATTEMPTS + " values in a row")
        .hasMessageContaining("build the condition into the generator");
    assertThat(failure).hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aGeneratorFailingOnALaterTryReportsThatTrysSeed() {
    // given a property whose generator fails on its third draw
    ThirdDrawFails.DRAWS.set(0);

    // when it runs
    Throwable failure = onlyFailure(run(ThirdDrawFails.class, ""));

    // then the failure names that try and its seed
    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("could not draw the arguments of try 3 of 5 with seed ")
        .hasMessageContaining("-Dmaillage.seed=" + seedOf(failure))
        .hasMessageContaining("third draw");
  }

  // ---- helpers ----------------------------------------------------------------------------------------

  /** Runs a fixture class with a seed set ({@code ""}: fresh seeds, whatever the environment says). */
  private static EngineExecutionResults run(Class<?> fixture, String seed) {
    String before = System.getProperty(Seeds.SEED_PROPERTY);
    System.setProperty(Seeds.SEED_PROPERTY, seed);
    try {
      return EngineTestKit.engine("junit-jupiter")
          .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
          .selectors(selectClass(fixture))
          .execute();
    } finally {
      if (before == null) {
        System.clearProperty(Seeds.SEED_PROPERTY);
      } else {
        System.setProperty(Seeds.SEED_PROPERTY, before);
      }
    }
  }

  private static Throwable onlyFailure(EngineExecutionResults results) {
    List<Event> failed = results.testEvents().failed().list();
    assertThat(failed).hasSize(1);
    return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }

  private static String seedOf(Throwable failure) {
    Matcher matcher = SEED.matcher(failure.getMessage());
    assertThat(matcher.find()).as("a seed in %s", failure.getMessage()).isTrue();
    return matcher.group(1);
  }

  private static String argumentsOf(Throwable failure) {
    Matcher matcher = ARGUMENTS.matcher(failure.getMessage());
    assertThat(matcher.find()).as("arguments in %s", failure.getMessage()).isTrue();
    return matcher.group(1);
  }

  // ---- fixtures: disabled, run only through the engine test kit above --------------------------------

  @Disabled("a fixture of PropertyExtensionTest")
  static class Failing {
    static final List<List<Integer>> DRAWN = Collections.synchronizedList(new ArrayList<>());

    @Property(tries = 50)
    void belowFifty(@ForAll("lists") List<Integer> values) {
      DRAWN.add(values);
      assertThat(values.stream().mapToInt(Integer::intValue).sum()).as("sum").isLessThan(50);
    }

    Gen<List<Integer>> lists() {
      return Gen.integers(0, 40).list().ofMinSize(1).ofMaxSize(3);
    }
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class Counting {
    static final AtomicInteger COUNT = new AtomicInteger();
    static final List<Integer> VALUES = Collections.synchronizedList(new ArrayList<>());

    @Property(tries = 37)
    void counts(@ForAll("numbers") int n) {
      COUNT.incrementAndGet();
      VALUES.add(n);
    }

    Gen<Integer> numbers() {
      return Gen.integers(0, 1_000_000);
    }
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class CountingByDefault {
    static final AtomicInteger COUNT = new AtomicInteger();

    @Property
    void counts() {
      COUNT.incrementAndGet();
    }
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class WithTestInfo {
    static final List<String> NAMES = Collections.synchronizedList(new ArrayList<>());

    @Property(tries = 10)
    void withTestInfo(@ForAll int n, TestInfo info) {
      NAMES.add(info.getDisplayName());
    }
  }

  /** Gives a generator from a default method, as a contract interface would. */
  interface Words {
    default Gen<String> words() {
      return Gen.of("word");
    }
  }

  enum Bound { MIN, MAX }

  @Disabled("a fixture of PropertyExtensionTest")
  static class ByTypeAndInterface implements Words {
    static final Set<String> SEEN = Collections.synchronizedSet(new TreeSet<>());

    @Property(tries = 300)
    void byType(@ForAll boolean flag, @ForAll Bound bound, @ForAll int i, @ForAll long l,
        @ForAll("words") String word) {
      SEEN.add(String.valueOf(flag));
      SEEN.add(bound.name());
      SEEN.add(i < 0 ? "int<0" : i > 0 ? "int>0" : "int=0");
      SEEN.add(l < 0 ? "long<0" : l > 0 ? "long>0" : "long=0");
      SEEN.add(word);
    }
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class UnknownGenerator {
    @Property(tries = 3)
    void unknown(@ForAll("missing") int n) {}
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class UnmetCoverage {
    static final AtomicInteger COUNT = new AtomicInteger();

    @Property(tries = 20)
    void neverBig(@ForAll("small") int n) {
      COUNT.incrementAndGet();
      Statistics.label("big").collect(n > 1000);
      Statistics.label("big").coverage(true, 10);
    }

    Gen<Integer> small() {
      return Gen.integers(0, 1000);
    }
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class MetCoverage {
    @Property(tries = 100)
    void parity(@ForAll("numbers") int n) {
      Statistics.label("parity").collect(n % 2 == 0 ? "even" : "odd");
      Statistics.label("parity").coverage("even", 20);
      Statistics.label("parity").coverage("odd", 20);
    }

    Gen<Integer> numbers() {
      return Gen.integers(0, 1000);
    }
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class Impossible {
    @Property(tries = 5)
    void impossible(@ForAll("nothing") int n) {}

    Gen<Integer> nothing() {
      return Gen.integers(0, 9).filter(i -> i > 9);
    }
  }

  @Disabled("a fixture of PropertyExtensionTest")
  static class ThirdDrawFails {
    static final AtomicInteger DRAWS = new AtomicInteger();

    @Property(tries = 5)
    void thirdDrawFails(@ForAll("failingOnThird") int n) {}

    Gen<Integer> failingOnThird() {
      return random -> {
        if (DRAWS.incrementAndGet() == 3) {
          throw new IllegalStateException("third draw");
        }
        return random.nextInt();
      };
    }
  }
}
