package org.maillage.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.maillage.Disclosure;
import org.maillage.network.Network;

/**
 * Puts a distinct marker in every personal and free-text attribute of a network ({@link Disclosure}), by
 * reflection on the classification, so that a test can look for the markers in every text Maillage writes.
 *
 * <p>Every model value reached from the network is rebuilt with its generated builder: each attribute
 * classified {@link Disclosure.Kind#PERSONAL} or {@link Disclosure.Kind#FREE_TEXT} gets a new marker (an empty
 * optional one gets one too, a list of texts gets one more), each attribute holding model values gets its
 * values marked in turn. A new personal attribute is marked without any change here. Test-scope and public,
 * for the privacy tests of any module, hand-built or generated networks alike; not thread-safe (a filler
 * counts its markers).
 */
public final class PrivacyMarkers {
  private final Map<String, String> markers = new LinkedHashMap<>();
  private final Set<String> filled = new LinkedHashSet<>();

  private PrivacyMarkers() {}

  /**
   * A network with markers, and what was marked.
   *
   * @param network the marked network
   * @param markers each marker, with the attribute it was put in ({@code Type.accessor})
   * @param filled the attributes that received at least one marker ({@code Type.accessor})
   */
  public record Marked(Network network, Map<String, String> markers, Set<String> filled) {

    /**
     * Asserts that a text written by Maillage holds no marker.
     *
     * @param channel where the text comes from, for the failure message
     * @param text the text
     */
    public void assertNoMarkerIn(String channel, String text) {
      for (Map.Entry<String, String> marker : markers.entrySet()) {
        if (text.contains(marker.getKey())) {
          throw new AssertionError(channel + " leaks " + marker.getValue() + " (" + marker.getKey() + ") in: " + text);
        }
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
    PrivacyMarkers filler = new PrivacyMarkers();
    Network marked = (Network) filler.mark(network);
    return new Marked(marked, Map.copyOf(filler.markers), Set.copyOf(filler.filled));
  }

  /**
   * Visits every model value reachable from a root (the root included), each once.
   *
   * @param root a model value
   * @param visitor called with each value
   */
  public static void forEachValue(Object root, Consumer<Object> visitor) {
    walk(root, visitor, new IdentityHashMap<>());
  }

  private static void walk(Object value, Consumer<Object> visitor, Map<Object, Boolean> seen) {
    Class<?> type = modelType(value.getClass());
    if (type == null || seen.put(value, true) != null) {
      return;
    }
    visitor.accept(value);
    for (Method accessor : attributes(type)) {
      for (Object child : children(invoke(accessor, value))) {
        walk(child, visitor, seen);
      }
    }
  }

  private Object mark(Object value) {
    Class<?> type = modelType(value.getClass());
    if (type == null) {
      return value;
    }
    Object builder = builderOf(type);
    call(builder, "from", value);
    for (Method accessor : attributes(type)) {
      Object current = invoke(accessor, value);
      Optional<Disclosure.Kind> kind = ModelTypes.isText(accessor.getGenericReturnType())
          ? ModelTypes.kindOf(accessor) : Optional.empty();
      if (kind.isPresent()) {
        if (kind.get().isWithheld()) {
          fillText(builder, type, accessor, current, kind.get());
        }
        continue;
      }
      if (!hasSetter(builder, accessor.getName())) {
        continue; // a derived view, such as Network.professionals(): rebuilt from the attributes
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

  private void fillText(Object builder, Class<?> type, Method accessor, Object current, Disclosure.Kind kind) {
    String field = type.getSimpleName() + "." + accessor.getName();
    String marker = (kind == Disclosure.Kind.PERSONAL ? "ZqPersonal" : "ZqFreeText") + (markers.size() + 1) + "qZ";
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

  /** The abstract model type a value's class implements, or null for anything else (ids, dates, enums). */
  private static Class<?> modelType(Class<?> runtime) {
    for (Class<?> c = runtime; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isAbstract(c.getModifiers()) && c.getPackageName().startsWith("org.maillage")
          && !c.getSimpleName().startsWith("Immutable") && !c.isInterface()) {
        return runtime.getSimpleName().startsWith("Immutable") ? c : null;
      }
    }
    return null;
  }

  /** The public accessors without parameters of a model type: its attributes, and derived views. */
  private static List<Method> attributes(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
          && m.getReturnType() != void.class && m.getReturnType() != boolean.class) {
        accessors.add(m);
      }
    }
    accessors.sort(java.util.Comparator.comparing(Method::getName));
    return accessors;
  }

  private static Collection<?> children(Object value) {
    if (value instanceof Optional<?>) {
      return ((Optional<?>) value).map(List::of).orElse(List.of());
    }
    if (value instanceof Map<?, ?>) {
      return ((Map<?, ?>) value).values();
    }
    if (value instanceof Collection<?>) {
      return (Collection<?>) value;
    }
    return value == null ? List.of() : List.of(value);
  }

  /** The type's public builder, or, for a value made only with {@code of(...)}, its generated one. */
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

  /** Calls the builder's method of that name taking one argument of the argument's kind (or none). */
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
    throw new IllegalStateException("no builder method " + name + " on " + builder.getClass().getName()
        + " for " + java.util.Arrays.toString(arguments));
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
