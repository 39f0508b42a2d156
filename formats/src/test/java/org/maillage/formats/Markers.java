package org.maillage.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.Disclosure;
import org.maillage.network.Network;
import org.maillage.testing.ModelTypes;

/**
 * Puts a distinct marker in every personal and free-text attribute of a network, found by its
 * {@link Disclosure} at run time, so that a test can look for the markers in every output: an attribute added
 * to the model later is marked without a change here. Every model value reached from the network is rebuilt
 * with its generated builder (tests run on the class path, where the generated classes can be reached).
 *
 * <p>Test scope; not thread-safe (a filler counts its markers).
 */
public final class Markers {
  private final Map<String, String> markers = new LinkedHashMap<>();
  private final Set<String> filled = new LinkedHashSet<>();

  private Markers() {}

  /**
   * A network with markers, and what was marked.
   *
   * @param network the marked network
   * @param markers each marker, with the attribute it was put in ({@code Type.accessor})
   * @param filled the attributes that received a marker
   */
  public record Marked(Network network, Map<String, String> markers, Set<String> filled) {

    /**
     * Asserts that an output holds no marker.
     *
     * @param channel the output's name, for the failure message
     * @param text the output
     */
    public void assertNoMarkerIn(String channel, String text) {
      for (Map.Entry<String, String> marker : markers.entrySet()) {
        assertThat(text).as("%s leaks %s (%s)", channel, marker.getValue(), marker.getKey())
            .doesNotContain(marker.getKey());
      }
    }
  }

  /**
   * Returns a copy of a network with a distinct marker in every personal and free-text attribute.
   *
   * @param network a valid network
   * @return the marked network and its markers
   */
  public static Marked fill(Network network) {
    Markers filler = new Markers();
    Network marked = (Network) filler.mark(network);
    return new Marked(marked, Map.copyOf(filler.markers), Set.copyOf(filler.filled));
  }

  private Object mark(Object value) {
    Class<?> type = modelType(value.getClass());
    if (type == null) {
      return value;
    }
    Object builder = builderOf(type);
    call(builder, "from", value);
    for (Method accessor : attributes(type)) {
      if (!hasSetter(builder, accessor.getName())) {
        continue;
      }
      Object current = invoke(accessor, value);
      if (ModelTypes.isText(accessor.getGenericReturnType())) {
        Optional<Disclosure.Kind> kind = ModelTypes.kindOf(accessor);
        if (kind.isPresent() && kind.get().isWithheld()) {
          String field = type.getSimpleName() + "." + accessor.getName();
          String marker = "Zq" + kind.get().name().charAt(0) + (markers.size() + 1) + "qZ";
          markers.put(marker, field);
          filled.add(field);
          if (current instanceof Collection<?>) {
            List<Object> texts = new ArrayList<>((Collection<?>) current);
            texts.add(marker);
            call(builder, accessor.getName(), texts);
          } else {
            call(builder, accessor.getName(), marker);
          }
        }
        continue;
      }
      if (current instanceof Optional<?> && ((Optional<?>) current).isPresent()
          && modelType(((Optional<?>) current).get().getClass()) != null) {
        call(builder, accessor.getName(), mark(((Optional<?>) current).get()));
      } else if (current instanceof Collection<?> && !((Collection<?>) current).isEmpty()
          && ((Collection<?>) current).stream().anyMatch(e -> modelType(e.getClass()) != null)) {
        List<Object> marked = new ArrayList<>();
        ((Collection<?>) current).forEach(e -> marked.add(mark(e)));
        call(builder, accessor.getName(), marked);
      } else if (current != null && modelType(current.getClass()) != null) {
        call(builder, accessor.getName(), mark(current));
      }
    }
    return call(builder, "build");
  }

  /** The abstract model type of a generated value, or null for anything else (ids, dates, enums). */
  private static Class<?> modelType(Class<?> runtime) {
    if (!runtime.getSimpleName().startsWith("Immutable")) {
      return null;
    }
    for (Class<?> c = runtime.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isAbstract(c.getModifiers()) && c.getPackageName().startsWith("org.maillage")) {
        return c;
      }
    }
    return null;
  }

  private static List<Method> attributes(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class && m.getReturnType() != void.class) {
        accessors.add(m);
      }
    }
    accessors.sort(java.util.Comparator.comparing(Method::getName));
    return accessors;
  }

  private static Object builderOf(Class<?> type) {
    try {
      Method builder;
      try {
        builder = type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        builder = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName())
            .getDeclaredMethod("builder");
      }
      builder.setAccessible(true);
      return builder.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no generated builder for " + type, e);
    }
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(accessor + " failed", e.getCause());
    }
  }

  private static Object call(Object builder, String name, Object... arguments) {
    for (Method m : builder.getClass().getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != arguments.length) {
        continue;
      }
      if (arguments.length == 1 && !accepts(m.getParameterTypes()[0], arguments[0])) {
        continue;
      }
      try {
        m.setAccessible(true);
        return m.invoke(builder, arguments);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new IllegalStateException(e.getCause());
      }
    }
    throw new IllegalStateException("no builder method " + name + " on " + builder.getClass().getName());
  }

  private static boolean hasSetter(Object builder, String name) {
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean accepts(Class<?> parameter, Object argument) {
    if (argument instanceof Collection<?>) {
      return parameter == Iterable.class;
    }
    return parameter.isInstance(argument) && parameter != Object.class;
  }
}
