package org.maillage.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Runs a {@link Property}: resolves its {@link ForAll} parameters for the first try, then runs every try with
 * its own seed, and reports a failure with the seed that replays it. Registered by {@link Property}; not used
 * directly.
 *
 * <p>Try {@code i} of a run with base seed {@code s} draws with seed {@code s + i * 0x9E3779B97F4A7C15L}, so each
 * try is replayed alone by its own seed. A generator that fails to draw (a {@link Gen#filter} that rejects
 * everything, say) fails the property with that seed too. Parameters without {@link ForAll} are resolved once by
 * JUnit and keep their values on every try. Stateless; the run's state lives in JUnit's extension store.
 *
 * @since 0.1
 */
public final class PropertyExtension implements ParameterResolver, InvocationInterceptor {

  private static final long GAMMA = 0x9E3779B97F4A7C15L;
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PropertyExtension.class);
  private static final int MAX_ARGUMENT_TEXT = 2_000;

  /** Creates the extension (JUnit does). */
  public PropertyExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(ForAll.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Run run = run(context);
    try {
      return run.first()[parameter.getIndex()];
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(run.drawFailure(0, e), e);
    }
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context) throws Throwable {
    Run run = run(context);
    Method method = invocationContext.getExecutable();
    Object target = invocationContext.getTarget().orElse(null);
    // the parameters that other resolvers gave (TestInfo, say) keep their values on every try
    List<Object> resolved = invocationContext.getArguments();
    Statistics statistics = Statistics.start();
    try {
      attempt(run, 0, resolved.toArray(), invocation::proceed);
      for (int i = 1; i < run.tries; i++) {
        Object[] arguments = run.arguments(i, resolved);
        attempt(run, i, arguments, () -> invoke(method, target, arguments));
      }
    } finally {
      Statistics.stop();
    }
    statistics.entries().forEach(context::publishReportEntry);
    String unmet = run.replayed ? "" : statistics.unmetCoverage();
    if (!unmet.isEmpty()) {
      throw new AssertionError("Property " + run.name + ": the generators missed their coverage after " + run.tries
          + " tries (base seed " + run.base + ")" + unmet);
    }
  }

  private interface Body {
    void run() throws Throwable;
  }

  private static void attempt(Run run, int index, Object[] arguments, Body body) {
    try {
      body.run();
    } catch (Throwable failure) {
      if (failure instanceof VirtualMachineError error) {
        throw error;
      }
      throw new AssertionError(String.format("Property %s failed on try %d of %d with seed %d.%n  %s%n  Arguments: %s%n"
          + "  Cause: %s", run.name, index + 1, run.tries, run.seed(index), run.replay(index), describe(arguments),
          shorten(String.valueOf(failure))), failure);
    }
  }

  private static void invoke(Method method, Object target, Object[] arguments) throws Throwable {
    try {
      ReflectionSupport.invokeMethod(method, target, arguments);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause instanceof InvocationTargetException || cause instanceof UndeclaredThrowableException) {
        cause = cause.getCause();
      }
      throw cause;
    }
  }

  private static String describe(Object[] arguments) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < arguments.length; i++) {
      text.append(i == 0 ? "" : "; ").append('#').append(i).append(' ').append(arguments[i]);
    }
    return shorten(text.toString());
  }

  /** Cuts a long text: the whole of it is in the cause, or in the values themselves. */
  private static String shorten(String text) {
    return text.length() <= MAX_ARGUMENT_TEXT ? text
        : text.substring(0, MAX_ARGUMENT_TEXT) + "... (" + text.length() + " characters)";
  }

  private static Run run(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent("run", key -> new Run(context), Run.class);
  }

  /** One run of a property: its seeds, its generators, the first try's arguments. */
  private static final class Run {
    final String name;
    final String testClass;
    final String methodName;
    final long base;
    final boolean replayed;
    final int tries;
    final List<Gen<?>> generators = new ArrayList<>();
    private Object[] first;

    Run(ExtensionContext context) {
      Method method = context.getRequiredTestMethod();
      this.testClass = context.getRequiredTestClass().getSimpleName();
      this.methodName = method.getName();
      this.name = testClass + "#" + methodName;
      Property property = AnnotationSupport.findAnnotation(method, Property.class)
          .orElseThrow(() -> new ParameterResolutionException(name + " is not a @Property"));
      if (property.tries() < 1) {
        throw new ParameterResolutionException(name + ": tries must be at least 1, got " + property.tries());
      }
      OptionalLong replay = Seeds.replayed();
      this.replayed = replay.isPresent();
      this.base = replay.orElseGet(Seeds::fresh);
      this.tries = replayed ? 1 : property.tries();
      for (Parameter parameter : method.getParameters()) {
        ForAll forAll = parameter.getAnnotation(ForAll.class);
        generators.add(forAll == null ? null : generator(context, parameter, forAll));
      }
    }

    long seed(int index) {
      return base + index * GAMMA;
    }

    /** How to replay one try. */
    String replay(int index) {
      long seed = seed(index);
      return String.format("Replay it with -D%s=%d (or the environment variable %s=%d), e.g. "
          + "mvn -B verify -D%s=%d -Dtest=%s#%s -Dsurefire.failIfNoSpecifiedTests=false", Seeds.SEED_PROPERTY, seed,
          Seeds.SEED_VARIABLE, seed, Seeds.SEED_PROPERTY, seed, testClass, methodName);
    }

    /** Describes a generator that failed to draw the arguments of a try. */
    String drawFailure(int index, RuntimeException failure) {
      return String.format("Property %s could not draw the arguments of try %d of %d with seed %d.%n  %s%n  Cause: %s",
          name, index + 1, tries, seed(index), replay(index), shorten(String.valueOf(failure)));
    }

    /** The first try's arguments, drawn once; null for the parameters that other resolvers give. */
    Object[] first() {
      if (first == null) {
        first = draw(seed(0));
      }
      return first;
    }

    /**
     * Draws the arguments of a later try, keeping the values other resolvers gave.
     *
     * @throws AssertionError when a generator fails, with the seed that replays it
     */
    Object[] arguments(int index, List<Object> resolved) {
      Object[] arguments;
      try {
        arguments = draw(seed(index));
      } catch (RuntimeException e) {
        throw new AssertionError(drawFailure(index, e), e);
      }
      for (int i = 0; i < arguments.length; i++) {
        if (generators.get(i) == null) {
          arguments[i] = resolved.get(i);
        }
      }
      return arguments;
    }

    private Object[] draw(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      Object[] arguments = new Object[generators.size()];
      for (int i = 0; i < arguments.length; i++) {
        Gen<?> generator = generators.get(i);
        if (generator != null) {
          arguments[i] = generator.next(random);
        }
      }
      return arguments;
    }

    private Gen<?> generator(ExtensionContext context, Parameter parameter, ForAll forAll) {
      if (forAll.value().isEmpty()) {
        return byType(parameter.getType());
      }
      Class<?> owner = context.getRequiredTestClass();
      List<Method> candidates = ReflectionSupport.findMethods(owner,
          m -> m.getName().equals(forAll.value()) && m.getParameterCount() == 0 && Gen.class.isAssignableFrom(m.getReturnType()),
          HierarchyTraversalMode.TOP_DOWN);
      if (candidates.isEmpty()) {
        throw new ParameterResolutionException(name + ": no method " + forAll.value() + "() returning a Gen in "
            + owner.getName() + " or its interfaces, for parameter " + parameter.getName());
      }
      Object target = context.getTestInstance().orElse(null);
      try {
        return (Gen<?>) ReflectionSupport.invokeMethod(candidates.get(candidates.size() - 1), target);
      } catch (RuntimeException e) {
        throw new ParameterResolutionException(name + ": the generator method " + forAll.value()
            + "() failed for parameter " + parameter.getName() + ": " + e, e);
      }
    }

    private Gen<?> byType(Class<?> type) {
      if (type.isEnum()) {
        return Gen.of(List.of(type.getEnumConstants()));
      }
      if (type == boolean.class || type == Boolean.class) {
        return Gen.booleans();
      }
      if (type == long.class || type == Long.class) {
        return Gen.longs();
      }
      if (type == int.class || type == Integer.class) {
        return Gen.ints();
      }
      throw new ParameterResolutionException(name + ": no default generator for " + type.getName()
          + "; name a method that returns a Gen, as @ForAll(\"method\")");
    }
  }
}
